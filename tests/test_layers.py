"""The package's imports run one way: from reading towards rendering.

Every module of ``entitlements`` belongs to one layer (below, lowest first),
and imports only from its own layer or lower ones: the ground floor
imports nothing of ours, the engine nothing that reads files, nothing below
the commands imports the command line. Read from the AST (every import,
at the top of a module or inside a function), so it cannot regress
unnoticed. ``docs/developers.md`` draws the same map.
"""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "entitlements"

#: Lowest first. A module's layer is that of the longest prefix that names it.
LAYERS = (
    ("ground floor", ("errors", "digits", "money", "dates", "arrays", "wrapping", "display", "_forward", "_starting", "suppression")),
    ("rule tables", ("rule_table", "rule_files", "tables")),
    ("the household model", ("household", "household_checks", "household_values")),
    ("the engine", ("columns", "benefits", "assessments", "rates_policy", "rate_assumptions")),
    ("the outcome model", ("gain.outcomes", "gain.held_already", "gain.overlapping", "gain.calendar", "gain.cases")),
    ("reading and writing", ("io",)),
    ("results", ("explain", "explain_hb_ctr", "ctr_applicant", "explain_estimate", "estimate", "caseload", "caseload_csv", "audit",
                 "partitions", "grouping")),
    ("income gain", ("gain",)),
    ("the benefit check", ("check",)),
    ("result schemas", ("result_schema",)),
    ("scenario sweeps", ("sweep",)),
    ("rendering", ("report",)),
    ("commands", ("cli", "cli_common", "cli_gain", "cli_caseload", "cli_rules", "cli_areas", "cli_check", "cli_sweep", "cli_household", "cli_interactive", "__init__", "__main__", "report.__main__")),
    ("deprecated paths (nothing imports them)", ("records", "flat_columns", "lha", "pension_age")),
)


def layer_of(module: str) -> int:
    best, rank = -1, None
    for i, (_, prefixes) in enumerate(LAYERS):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best:
                best, rank = len(p), i
    assert rank is not None, f"entitlements.{module} is in no layer: add it to LAYERS (and to docs/developers.md)"
    return rank


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module imported) for every import of ``entitlements`` in the file."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" and name != "__init__" else name.split(".")[:-1]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                names = [a.name for a in node.names] if not node.module else []
            elif node.module and node.module.split(".")[0] == "entitlements":
                target, names = node.module.removeprefix("entitlements").lstrip("."), [a.name for a in node.names]
            else:
                continue
            # ``from . import uc`` names a module: an import of its own.
            for t in ([f"{target}.{n}".lstrip(".") for n in names] if names else [target]):
                out.append((node.lineno, existing(t)))
        elif isinstance(node, ast.Import):
            out += [(node.lineno, existing(a.name.removeprefix("entitlements"))) for a in node.names
                    if a.name.split(".")[0] == "entitlements"]
    return out


def existing(dotted: str) -> str:
    """The module a dotted name is, or is in (``__init__`` for the package)."""
    parts = [p for p in dotted.split(".") if p]
    while parts and not ((PACKAGE.joinpath(*parts).with_suffix(".py")).exists() or PACKAGE.joinpath(*parts).is_dir()):
        parts.pop()
    return ".".join(parts) or "__init__"


def modules():
    return sorted(PACKAGE.rglob("*.py"))


def test_every_module_imports_only_from_its_layer_or_below():
    wrong = []
    for path in modules():
        me = module_name(path)
        for line, target in imports_of(path):
            if layer_of(target) > layer_of(me):
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {me} ({LAYERS[layer_of(me)][0]}) imports "
                             f"{target} ({LAYERS[layer_of(target)][0]})")
    assert not wrong, "imports that run upwards:\n" + "\n".join(wrong)


def test_the_check_sees_an_upward_import(tmp_path):
    # The engine reading a file would be caught (the check can fail).
    path = PACKAGE / "benefits" / "uc.py"
    found = imports_of(path)
    assert any(t == "tables" for _, t in found)
    assert layer_of("io.households") > layer_of("benefits.uc") > layer_of("household")
    assert layer_of("gain.outcomes") < layer_of("io.outcomes") < layer_of("gain.caseload") < layer_of("report.write")


def test_every_module_says_its_job_in_its_first_line():
    missing = [str(p.relative_to(PACKAGE)) for p in modules()
               if not (ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) or "").strip()]
    assert not missing, f"modules without an opening docstring: {missing}"


# -- the old import paths: they still work, and warn -----------------------------------

MOVED = [
    ("entitlements.records", "household_from_flat", "entitlements.io.households"),
    ("entitlements.records", "parse_pounds", "entitlements.io.households"),
    ("entitlements.flat_columns", "households_from_flat_columns", "entitlements.io.household_columns"),
    ("entitlements.flat_columns", "pandas_if_installed", "entitlements.io.cells"),
    ("entitlements.lha", "brma_names", "entitlements.benefits.lha"),
    ("entitlements.pension_age", "state_pension_age_date", "entitlements.benefits.pension_age"),
    ("entitlements.report", "caseload_gains", "entitlements.gain.caseload"),
    ("entitlements.report", "CaseloadGains", "entitlements.gain.caseload"),
    ("entitlements.report", "OUTCOME_COLUMNS", "entitlements.io.outcomes"),
    ("entitlements.report", "scenario_from_record", "entitlements.io.outcomes"),
    ("entitlements.report", "outcome_from_record", "entitlements.io.outcomes"),
    ("entitlements.report", "cases_from_scenarios", "entitlements.io.outcome_columns"),
    ("entitlements.report", "cases_from_columns", "entitlements.io.outcome_columns"),
    ("entitlements.caseload", "spreadsheet_safe", "entitlements.io.writers"),
    ("entitlements.caseload", "read_csv_columns", "entitlements.io.csv"),
]


@pytest.mark.parametrize("old, name, new", MOVED)
def test_a_moved_name_still_works_from_its_old_path_with_a_deprecation_warning(old, name, new):
    import importlib

    module = importlib.import_module(old)
    with pytest.warns(DeprecationWarning, match=rf"{old}\.{name} has moved to {new}\.{name}"):
        value = getattr(module, name)
    assert value is getattr(importlib.import_module(new), name)


def test_from_import_of_an_old_path_warns_at_the_line_that_uses_it():
    with pytest.warns(DeprecationWarning) as caught:
        from entitlements.records import parse_pounds  # noqa: F401
    assert caught[0].filename == __file__


def test_names_that_stayed_do_not_warn():
    import entitlements
    from entitlements import gain, report

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name in entitlements.__all__:
            getattr(entitlements, name)
        for name in gain.__all__:
            getattr(gain, name)
        for name in report.__all__:
            getattr(report, name)
        from entitlements.gain import Outcome, caseload_gains, income_gain, line_specs  # noqa: F401
        from entitlements.report import main, render_html, render_markdown, write_report  # noqa: F401


def test_an_unknown_name_is_an_attribute_error_naming_the_module():
    import entitlements.records

    with pytest.raises(AttributeError, match="entitlements.records.*no_such_name"):
        entitlements.records.no_such_name  # noqa: B018
