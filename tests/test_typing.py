"""The public API type-checks for a client under ``mypy --strict``.

``tests/typing_client.py`` uses every name in ``entitlements.__all__`` the
way the README and the docs do. mypy is in the ``test`` extra: a missing mypy
is a failure here, not a skip, so CI keeps the API typed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import entitlements

ROOT = Path(__file__).resolve().parents[1]
CLIENT = ROOT / "tests" / "typing_client.py"


def mypy(path: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    assert importlib.util.find_spec("mypy") is not None, "mypy is not installed: pip install -e '.[test]'"
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache), str(path)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )


def test_the_package_says_it_is_typed():
    assert (Path(entitlements.__file__).parent / "py.typed").exists()


def test_a_client_type_checks_strictly(tmp_path):
    r = mypy(CLIENT, tmp_path / "cache")
    assert r.returncode == 0, f"mypy --strict found problems in the client:\n{r.stdout}{r.stderr}"


def test_the_client_uses_every_public_name():
    text = CLIENT.read_text("utf-8")
    unused = [n for n in entitlements.__all__ if n not in text]
    assert not unused, f"tests/typing_client.py does not use: {unused}"


def test_the_client_runs():
    r = subprocess.run([sys.executable, str(CLIENT)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr


def test_lazily_loaded_names_are_typed_not_any(tmp_path):
    # Were the lazy names typed only through the module's __getattr__, they
    # would be Any and this wrong client would pass: it must fail.
    bad = tmp_path / "bad_client.py"
    bad.write_text(
        "from entitlements import caseload_gains, income_gain, write_report\n"
        "x: int = income_gain\n"
        "y: str = caseload_gains\n"
        "z: bytes = write_report\n"
    )
    r = mypy(bad, tmp_path / "cache")
    assert r.returncode == 1
    assert r.stdout.count("Incompatible types in assignment") == 3, r.stdout


def test_the_readme_children_example_is_the_client_s():
    # The README's own example (children= a tuple) is the one the client checks.
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "children=(Child(date_of_birth=dt.date(2019, 5, 1)),))" in readme
    assert "children=(Child(date_of_birth=dt.date(2019, 5, 1)),))" in CLIENT.read_text("utf-8")


def test_the_version_is_written_in_one_place():
    import tomllib
    from importlib.metadata import version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert version("entitlements") == entitlements.__version__


HJP_CLIENT = ROOT / "tests" / "typing_client_hjp.py"


def test_a_health_justice_partnership_client_type_checks_with_exact_results(tmp_path):
    # assert_type in the client fails where a result is typed "X | Any" (as
    # estimate_caseload and caseload_gains were) or a DataFrame or a Series
    # of dates is refused where the function takes one (check_caseload).
    r = mypy(HJP_CLIENT, tmp_path / "cache")
    assert r.returncode == 0, f"mypy --strict found problems in the client:\n{r.stdout}{r.stderr}"


def test_the_health_justice_partnership_client_runs():
    r = subprocess.run([sys.executable, str(HJP_CLIENT)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr


def test_a_path_may_give_a_dask_frame_and_says_so(tmp_path):
    # A path may name Parquet files: the type says so, rather than "| Any".
    client = tmp_path / "path_client.py"
    client.write_text(
        "from entitlements import CaseloadEstimate, CaseloadGains, caseload_gains, estimate_caseload\n"
        "import datetime as dt\n"
        "a: CaseloadGains = caseload_gains('cases.csv')\n"
        "b: CaseloadEstimate = estimate_caseload('cases.csv', on=dt.date(2026, 5, 1))\n"
        "c: CaseloadEstimate = estimate_caseload([], on='2026-05-01')\n"
    )
    r = mypy(client, tmp_path / "cache")
    assert r.returncode == 1
    assert r.stdout.count("Incompatible types in assignment") == 2, r.stdout
    assert 'Argument "on" to "estimate_caseload" has incompatible type "str"' in r.stdout, r.stdout
