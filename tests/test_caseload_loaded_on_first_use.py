"""``import entitlements`` and the commands that estimate one household
(``estimate``, ``check``) do not load the caseload machinery (the CSV and
workbook readers, the writers): it loads on first use of a caseload name,
and the public API is the same as before (every ``__all__`` name resolves,
and is the very object its home module holds)."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import entitlements

ROOT = Path(__file__).resolve().parents[1]

#: Modules only a caseload needs: none is loaded to estimate one household.
CASELOAD_MODULES = ("entitlements.caseload", "entitlements.caseload_csv", "entitlements.cli_caseload",
                    "entitlements.io.caseloads", "entitlements.io.workbooks", "entitlements.io.writers")

PROBE = textwrap.dedent("""
    import sys
    {code}
    loaded = [m for m in {modules!r} if m in sys.modules]
    print("loaded:", loaded)
""")


def _loaded(code: str) -> str:
    r = subprocess.run([sys.executable, "-c", PROBE.format(code=code, modules=CASELOAD_MODULES)], capture_output=True,
                       text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout.strip().splitlines()[-1]


def test_importing_the_package_loads_no_caseload_machinery():
    assert _loaded("import entitlements") == "loaded: []"


def test_importing_the_command_loads_no_caseload_machinery():
    assert _loaded("import entitlements.cli") == "loaded: []"


@pytest.mark.parametrize("argv", [["estimate", "examples/household.toml"], ["check", "examples/household.toml"],
                                  ["estimate", "--age", "30", "--json"]])
def test_estimating_one_household_loads_no_caseload_machinery(argv):
    code = f"from entitlements.cli import main\nstatus = main({argv!r})\nassert status == 0, status"
    assert _loaded(code) == "loaded: []"


def test_a_caseload_name_loads_it_on_first_use():
    code = "import entitlements\nentitlements.estimate_caseload"
    assert "entitlements.caseload" in _loaded(code)
    assert "entitlements.caseload" in _loaded("from entitlements import Caseload")


def test_the_caseload_command_still_runs(tmp_path, capsys):
    from entitlements.cli import main

    f = tmp_path / "cases.csv"
    f.write_text("case_id,adult1_age\na,30\nb,22\n", "utf-8")
    assert main(["caseload", str(f), "--on", "2026-05-01", "--quiet"]) == 0
    assert "2 cases read" in capsys.readouterr().out


# -- the public API is unchanged --------------------------------------------------------------------------------

#: Where each caseload name lives (the same object is served from the package).
HOMES = {"Caseload": "entitlements.caseload", "CaseloadEstimate": "entitlements.caseload",
         "estimate_caseload": "entitlements.caseload", "RowError": "entitlements.io.caseloads"}


def test_every_public_name_resolves_to_its_home_module_s_object():
    for name in entitlements.__all__:
        value = getattr(entitlements, name)
        home = HOMES.get(name) or getattr(value, "__module__", None)
        if name == "__version__" or not isinstance(home, str) or not home.startswith("entitlements"):
            continue  # a constant (OUTCOME_KINDS, ...): checked below through its lazy home
        assert getattr(importlib.import_module(home), name) is value, name
    for name, home in {**entitlements._LAZY, **HOMES}.items():
        assert getattr(entitlements, name) is getattr(importlib.import_module(home), name), name


def test_the_names_listed_are_unchanged():
    names = set(entitlements.__all__)
    assert {"Caseload", "CaseloadEstimate", "RowError", "estimate_caseload"} <= names
    assert names <= set(dir(entitlements))
    assert len(entitlements.__all__) == len(names) == 41


def test_star_import_and_from_import_give_every_name():
    scope: dict[str, object] = {}
    exec("from entitlements import *", scope)
    assert set(entitlements.__all__) <= set(scope)
    from entitlements import Caseload, CaseloadEstimate, RowError, estimate_caseload  # noqa: F401
    assert scope["Caseload"] is Caseload and scope["RowError"] is RowError


def test_an_unknown_name_is_still_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        entitlements.nothing_here  # noqa: B018
