"""The documentation builds with warnings as errors, its examples run, and the
rules reference lists every rule table.

The Sphinx builds run in a subprocess, as CI runs them (`python -m sphinx -W`),
into a temporary directory. They need the `docs` extra (sphinx, myst-parser,
myst-nb and ipykernel: docs/notebook.ipynb is run in the build) and are
skipped without it. The command-line examples pasted in the pages are
checked against what the command prints now; refresh them after a deliberate
change with `python docs/_ext/cli_examples.py --update`.
"""

from __future__ import annotations

import html
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def sphinx(builder: str, out: Path, doctrees: Path) -> subprocess.CompletedProcess:
    # -n (nitpicky): every reference to the project's own names must resolve
    # (names from other packages are listed in conf.py's nitpick_ignore_regex).
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-n", "--keep-going", "-q", "-b", builder, "-d", str(doctrees), str(DOCS), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The HTML build (shared by the tests below): its output directory."""
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    pytest.importorskip("myst_nb")  # the notebook runs in the build (and ipykernel with it)
    tmp = tmp_path_factory.mktemp("docs")
    r = sphinx("html", tmp / "html", tmp / "doctrees")
    assert r.returncode == 0, f"sphinx-build -W -b html failed:\n{r.stdout}\n{r.stderr}"
    return tmp


def page_text(path: Path) -> str:
    """The visible text of an HTML page, entities decoded."""
    raw = path.read_text("utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def test_html_builds_with_warnings_as_errors(built):
    for page in ("index", "getting-started", "advisers", "analysts", "at-scale", "developers", "how-it-works", "glossary"):
        assert (built / "html" / f"{page}.html").exists(), page


def test_rules_reference_lists_every_table(built):
    from entitlements.assessments import Schedules
    from entitlements.tables import Tables

    text = page_text(built / "html" / "_generated" / "rules-reference.html")
    tables = Tables.load()
    missing = [tid for tid in tables.ids() if tid not in text]
    assert not missing, f"rules reference does not mention: {missing}"
    missing = [sid for sid in Schedules.load().ids() if sid not in text]
    assert not missing, f"rules reference does not mention the schedules: {missing}"
    assert "State Pension age" in text
    # Every table's title is there, and every unverified row is marked.
    assert all(" ".join(t.title.split()) in " ".join(text.split()) for t in tables)
    unverified_rows = sum(not r.verified for t in tables for r in t.rows)
    assert unverified_rows > 0
    assert text.count("Unverified") >= unverified_rows


def test_rules_reference_shows_every_data_file(built):
    # Every file under rules/ that is not a rule table (LHA schedules, Band D,
    # local schemes, the WCA and PIP schedules, ...) is in the reference.
    from entitlements.tables import NOT_TABLES, shipped_rules_dir

    text = page_text(built / "html" / "_generated" / "rules-reference.html")
    root = shipped_rules_dir()
    files = [p.relative_to(root).as_posix() for sub in NOT_TABLES for p in (root / sub.rstrip("/")).rglob("*.toml")]
    assert len(files) >= 3 + 6 + 2 + 18
    missing = [f for f in files if f"rules/{f}" not in text]
    assert not missing, f"rules reference does not show: {missing}"
    # The LHA rates themselves: Coventry, 2 bedrooms, a month (UC) and a week (HB).
    assert "Coventry" in text and "Broad Rental Market Areas" in text


def test_rules_reference_formats_money_and_percentages(built):
    text = page_text(built / "html" / "_generated" / "rules-reference.html")
    # uc.carer_element from 6 April 2026, and the 55% taper.
    assert "£209.34" in text
    assert "55%" in text
    # £16,000 capital limit, with the thousands separator.
    assert "£16,000.00" in text


def test_doctests_in_the_docs_pass(built):
    r = sphinx("doctest", built / "doctest", built / "doctrees")
    assert r.returncode == 0, f"sphinx-build -W -b doctest failed:\n{r.stdout}\n{r.stderr}"
    report = (built / "doctest" / "output.txt").read_text("utf-8")
    assert "0 failures in tests" in report
    # The analysts' guide really ran (it is the page most likely to be skipped).
    assert "Document: analysts" in report
    if importlib.util.find_spec("dask") is not None:
        assert "Document: at-scale" in report   # the Parquet example ran


def _cli_examples():
    spec = importlib.util.spec_from_file_location("cli_examples", DOCS / "_ext" / "cli_examples.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_command_examples_in_the_docs_show_real_output():
    mod = _cli_examples()
    commands = [c for p in mod.pages() for _, _, cs in mod.blocks(p.read_text("utf-8")) for c, _ in cs]
    assert len(commands) >= 6, commands  # the adviser's four tasks, rates, and getting started
    problems = mod.check()
    assert not problems, (
        "The docs show command output that the command no longer prints. If the change is "
        "intended, run `python docs/_ext/cli_examples.py --update` and read the diff.\n\n" + "\n".join(problems)
    )


def test_the_notebook_ran_in_the_build(built):
    # docs/notebook.ipynb is run top to bottom at every build (myst-nb, a fresh
    # kernel): its outputs are in the page, so it can never go stale.
    text = page_text(built / "html" / "notebook.html")
    # The caseload's display (_repr_html_), a printed headline, the chart, the estimate's lines.
    assert "Income gain of a caseload" in text and "Predicted: annual income gain, weighted by the chance of success" in text
    assert "Confirmed: 789 cases" in text
    assert "Standard allowance" in text and "SI 2013/376" in text
    assert "data:image/png" in (built / "html" / "notebook.html").read_text("utf-8") or list((built / "html" / "_images").glob("*.png"))


def test_notebooks_are_kept_without_outputs():
    # What a notebook shows comes from the build, never from a run saved in git.
    import json

    books = sorted(DOCS.glob("*.ipynb"))
    assert books, "docs/ holds the analysts' notebook"
    for nb in books:
        cells = json.loads(nb.read_text("utf-8"))["cells"]
        code = [c for c in cells if c["cell_type"] == "code"]
        assert code and all(not c["outputs"] and c["execution_count"] is None for c in code), nb.name
