"""What a developer installing the package relies on: the licence, one
version, a dated changelog, and no dependency the code does not use."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def test_a_licence_file_matches_the_declared_licence():
    assert PROJECT["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License")


def test_every_changelog_entry_of_the_unreleased_section_is_dated():
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    top = text.split("\n## ")[1]  # the first (unreleased) section
    assert "unreleased" in top.splitlines()[0]
    undated = [line[:60] for line in top.splitlines() if line.startswith("- ") and not re.match(r"- \(\d{4}-\d{2}-\d{2}[,)]", line)]
    assert not undated, f"CHANGELOG entries without a (YYYY-MM-DD) date: {undated}"


def test_every_core_dependency_is_imported_by_the_package():
    sources = "\n".join(p.read_text("utf-8") for p in (ROOT / "src" / "entitlements").rglob("*.py"))
    imports = {"attrs": "attrs", "numpy": "numpy", "python-dateutil": "dateutil"}
    for dep in PROJECT["dependencies"]:
        name = re.split(r"[<>=!~ \[;]", dep, maxsplit=1)[0]
        module = imports.get(name, name.replace("-", "_"))
        assert re.search(rf"^\s*(import|from) {module}\b", sources, re.M), f"{name} is a dependency but nothing imports {module}"


def test_ci_runs_the_readme_first_command_word_for_word():
    # The README's first command sets up and runs the main job (the income
    # gain of the bundled caseload, with its report); CI runs the same line.
    import re

    readme = (ROOT / "README.md").read_text("utf-8")
    first = re.search(r"```sh\n(.*?)\n```", readme, re.S).group(1).strip()
    assert first.startswith("python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]' && .venv/bin/entitlements caseload ")
    assert "--report report.html" in first
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert first in ci
    assert ".venv/bin/python -m pytest" in readme and ".venv/bin/python -m pytest" in ci
