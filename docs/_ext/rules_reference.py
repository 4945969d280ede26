"""Sphinx extension: the rules reference, generated from ``rules/`` at build time.

When the builder starts, this loads the shipped rule tables with
:meth:`entitlements.tables.Tables.load`, the WCA and PIP descriptor schedules
with :meth:`entitlements.assessments.Schedules.load`, and the State Pension
age schedule (``rules/schedules/state_pension_age.toml``, read with
``tomllib``), and writes one reStructuredText page,
``docs/_generated/rules-reference.rst``, listing every table with every row:
its date, value(s), source, and whether it was verified (with the note).

Nothing is fetched from the network. The page is rewritten only when its text
changes, so an unchanged build stays incremental. ``docs/_generated/`` is
git-ignored: the rules are the source of truth.

Run it on its own to write the page without Sphinx::

    python docs/_ext/rules_reference.py
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1]
OUT_DIR = DOCS / "_generated"
OUT_NAME = "rules-reference.rst"

#: Headings for the folders of rules/, in the order they appear.
GROUPS = {
    "uc": "Universal Credit",
    "child_benefit": "Child Benefit",
    "carers_allowance": "Carer's Allowance",
    "guardians_allowance": "Guardian's Allowance",
    "pip": "Personal Independence Payment",
    "dla": "Disability Living Allowance",
    "aa": "Attendance Allowance",
    "esa": "Employment and Support Allowance (new style)",
    "jsa": "Jobseeker's Allowance (new style)",
    "pension_credit": "Pension Credit",
    "state_pension": "State Pension",
    "scotland": "Scottish benefits",
    "tax": "Income tax",
    "ni": "National Insurance",
    "passports": "Passported help (NHS costs, food, school meals, energy, TV licence, social tariffs)",
    "backdating": "Backdating of a new claim",
    "housing_benefit": "Housing Benefit",
    "council_tax": "Council tax",
    "ctr": "Council Tax Reduction (national schemes)",
    "gain": "Income gain: chances of success and GP appointments",
}

UNIT_WORDS = {
    "GBP": "pounds",
    "GBP/week": "pounds a week",
    "GBP/month": "pounds a month",
    "GBP/year": "pounds a year",
    "GBP/hour": "pounds an hour",
    "percent": "per cent",
    "count": "a number",
    "points": "points",
    "hours": "hours",
    "days": "days",
    "weeks": "weeks",
    "months": "months",
    "years": "years",
    "date": "a date",
}

_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")


# -- formatting ----------------------------------------------------------------


def esc(text: object) -> str:
    """Text made literal for reStructuredText: every ASCII punctuation mark
    backslash-escaped, line breaks folded into spaces."""
    s = " ".join(str(text).split())
    return _PUNCT.sub(r"\\\1", s)


def uk_date(d: dt.date) -> str:
    """``6 April 2026``."""
    return f"{d.day} {d:%B %Y}"


def pounds(pence: int) -> str:
    """``£1,234.56`` (``-£1.00`` for negatives)."""
    sign = "-" if pence < 0 else ""
    p = abs(int(pence))
    return f"{sign}£{p // 100:,}.{p % 100:02d}"


def percent(value: Fraction) -> str:
    """``55%``, ``0.5%``; a percentage that is not a finite decimal as a fraction."""
    f = Fraction(value)
    den = f.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    if den != 1:
        return f"{f.numerator}/{f.denominator}%"
    d = Decimal(f.numerator) / Decimal(f.denominator)
    text = format(d.normalize(), "f")
    return f"{text}%"


def show(value: object, unit: str) -> str:
    """One value as a person reads it, from its unit (plain text, unescaped)."""
    if unit.startswith("GBP"):
        return pounds(value)  # type: ignore[arg-type]
    if unit == "percent":
        return percent(value)  # type: ignore[arg-type]
    if unit == "date":
        return uk_date(value)  # type: ignore[arg-type]
    if unit == "count":
        return str(value)
    word = unit[:-1] if value == 1 and unit.endswith("s") else unit
    return f"{value} {word}"


# -- reStructuredText building blocks -------------------------------------------


def heading(text: str, char: str) -> list[str]:
    """A section title (already escaped) with its underline."""
    return [text, char * max(len(text), 4), ""]


def field_list(fields: Iterable[tuple[str, str | None]]) -> list[str]:
    """``:Name: value`` lines (values already escaped); empty values left out."""
    out = [f":{name}: {value}" for name, value in fields if value]
    return out + [""] if out else []


def list_table(header: list[str], rows: list[list[list[str]]], widths: list[int]) -> list[str]:
    """A ``list-table``: each cell is a list of lines of reStructuredText."""
    out = [
        ".. list-table::",
        "   :header-rows: 1",
        "   :widths: " + " ".join(str(w) for w in widths),
        "   :class: rules-table",
        "",
    ]
    for r, row in enumerate([[[h] for h in header], *rows]):
        for c, cell in enumerate(row):
            lines = cell or [""]
            lead = "   * - " if c == 0 else "     - "
            out.append(lead + lines[0])
            out.extend(("       " + line) if line else "" for line in lines[1:])
    return out + [""]


def status_cell(verified: bool, note: str | None, status: str = "in_force") -> list[str]:
    """Verified, or a clear unverified mark with the note; an announced row
    (not yet law) says so first."""
    lead = "**Announced, not yet law.** " if status == "announced" else ""
    if not verified:
        return [lead + "**Unverified.** " + esc(note or "")]
    return [lead + "Verified." + ((" " + esc(note)) if note else "")]


# -- the rule tables --------------------------------------------------------------


def label(item_id: str) -> str:
    """The cross-reference label of a table or schedule: ``rules-uc-carer-element``."""
    return "rules-" + re.sub(r"[._]", "-", item_id)


def _group_of(table_id: str) -> str:
    return table_id.split(".", 1)[0]


def _group_title(group: str) -> str:
    return GROUPS.get(group, group.replace("_", " ").capitalize())


def table_section(table, applies_text: str) -> list[str]:
    """One rule table: its header fields and a row for each date."""
    out = [f".. _{label(table.id)}:", ""]
    out += heading(esc(table.id), "~")
    out += [f"**{esc(table.title)}**", ""]
    unverified = sum(not r.verified for r in table.rows)
    announced = sum(r.status == "announced" for r in table.rows)
    counts = ", ".join(
        f"{n} {what}" for n, what in ((unverified, "unverified"), (announced, "announced (not yet law)")) if n
    )
    frozen = "; ".join(
        f"{', '.join(f.keys) if f.keys else 'every value'}, {uk_date(f.start)} to {uk_date(f.until)} ({f.source})"
        for f in table.frozen
    )
    out += field_list(
        [
            ("Unit", esc(f"{table.unit} ({UNIT_WORDS.get(table.unit, table.unit)})")),
            ("Legal basis", esc(table.legal_basis)),
            ("A row's date is", esc(applies_text)),
            ("Covers", esc(f"{uk_date(table.earliest)} to {uk_date(table.until)}")),
            ("Keys", esc(", ".join(table.keys)) if table.keys else None),
            ("Rows", esc(f"{len(table.rows)}, of which {counts}") if counts else str(len(table.rows))),
            ("Frozen by law", esc(frozen) if frozen else None),
            ("File", f"``rules/{table.id.replace('.', '/')}.toml``"),
        ]
    )
    if table.note:
        out += [".. note::", "", "   " + esc(table.note), ""]
    rows = []
    for r in table.rows:
        if isinstance(r.value, dict):
            value = [f"- ``{k}``: {esc(show(v, table.unit))}" for k, v in r.value.items()]
        else:
            value = [esc(show(r.value, table.unit))]
        rows.append([[esc(uk_date(r.start))], value, [esc(r.source)], status_cell(r.verified, r.note, r.status)])
    out += list_table(["From", "Value" if table.keys is None else "Values", "Source", "Status"], rows, [12, 24, 34, 30])
    return out


def tables_part(tables) -> list[str]:
    from entitlements.tables import APPLIES

    out = heading("Rule tables", "-")
    out += [
        esc(f"{len(tables)} tables, {tables.version}."),
        "",
    ]
    by_group: dict[str, list] = {}
    for t in tables:
        by_group.setdefault(_group_of(t.id), []).append(t)
    order = [g for g in GROUPS if g in by_group] + sorted(g for g in by_group if g not in GROUPS)
    for g in order:
        out += heading(esc(_group_title(g)), "^")
        out += [", ".join(f":ref:`{t.id} <{label(t.id)}>`" for t in by_group[g]), ""]
        for t in by_group[g]:
            out += table_section(t, APPLIES.get(t.applies, t.applies))
    return out


# -- the descriptor schedules ------------------------------------------------------


def descriptor_status(d, a) -> list[str]:
    """A descriptor's mark. A descriptor of an unverified activity is
    unverified too; the activity's note says why."""
    if not a.verified:
        return ["**Unverified** (see the activity)." + ((" " + esc(d.note)) if d.note else "")]
    return status_cell(d.verified, d.note)


def _rules_relative(path: str) -> str:
    """A schedule's file as a path under ``rules/`` (``schedules/wca/schedule6.toml``)."""
    posix = Path(path).as_posix()
    return posix[posix.rindex("schedules/"):] if "schedules/" in posix else posix


def schedule_section(s) -> list[str]:
    """One WCA or PIP schedule: header fields, then its activities or circumstances."""
    out = [f".. _{label(s.id)}:", ""]
    out += heading(esc(s.id), "~")
    out += [f"**{esc(s.title)}**", ""]
    out += field_list(
        [
            ("Legal basis", esc(s.legal_basis)),
            ("Applies from", esc(uk_date(s.start))),
            ("Source", esc(s.source)),
            ("File", f"``rules/{_rules_relative(s.path)}``" if getattr(s, "path", None) else None),
            ("Kind", esc(s.kind)),
            ("Decides", esc(s.gives)),
            ("Thresholds", esc(", ".join(f"{k} {v} points" for k, v in s.thresholds)) if s.thresholds else None),
        ]
    )
    if s.note:
        out += [".. note::", "", "   " + esc(s.note), ""]
    if s.circumstances:
        rows = [
            [
                [f"``{c.code}``"],
                [esc(c.paragraph)],
                [esc(c.text) + (" *(substantial risk route)*" if c.substantial_risk else "")],
                status_cell(c.verified, c.note),
            ]
            for c in s.circumstances
        ]
        out += list_table(["Code", "Paragraph", "Circumstance (paraphrase)", "Status"], rows, [16, 14, 40, 30])
    for a in s.activities:
        out += heading(esc(f"Activity {a.number}: {a.name}"), "'")
        out += field_list([("Code", f"``{a.code}``"), ("Part", esc(a.descriptors[0].part) if a.descriptors and a.descriptors[0].part and all(d.part == a.descriptors[0].part for d in a.descriptors) else None)])
        if not a.verified:
            out += ["**Unverified.** " + esc(a.note or ""), ""]
        elif a.note:
            out += [esc(a.note), ""]
        rows = []
        for d in a.descriptors:
            text = esc(d.text)
            if d.part and not all(x.part == a.descriptors[0].part for x in a.descriptors):
                text += esc(f" ({d.part})")
            points = [str(d.points)] if d.points is not None else ["(no points)"]
            rows.append([[f"``{d.code}``"], [text], points, descriptor_status(d, a)])
        out += list_table(["Code", "Descriptor (paraphrase)", "Points", "Status"], rows, [12, 50, 8, 30])
    return out


def schedules_part(schedules) -> list[str]:
    out = heading("Assessment schedules: WCA and PIP", "-")
    out += [
        "The descriptors of the work capability assessment (Universal Credit Regulations 2013 "
        "Schedules 6 to 9) and the PIP assessment (PIP Regulations 2013 Schedule 1), from "
        "``rules/schedules/wca`` and ``rules/schedules/pip``. The descriptor text is a short "
        "paraphrase: read the Schedule before relying on the exact words. The points are the law's.",
        "",
    ]
    groups = {"wca": "Work capability assessment", "pip": "Personal Independence Payment assessment"}
    by_group: dict[str, list] = {}
    for s in schedules:
        by_group.setdefault(s.id.split(".", 1)[0], []).append(s)
    for g in [g for g in groups if g in by_group] + sorted(g for g in by_group if g not in groups):
        out += heading(esc(groups.get(g, g)), "^")
        for s in by_group[g]:
            out += schedule_section(s)
    return out


# -- State Pension age --------------------------------------------------------------


def _age(years: int, months: int) -> str:
    s = f"{years} years"
    if months:
        s += f" {months} month" + ("s" if months != 1 else "")
    return s


def state_pension_age_part(path: Path) -> list[str]:
    data = tomllib.loads(path.read_text("utf-8"))
    out = [".. _rules-schedules-state-pension-age:", ""]
    out += heading("State Pension age", "-")
    out += [f"**{esc(data.get('title', 'State Pension age'))}**", ""]
    out += field_list(
        [
            ("Id", esc(data.get("id", ""))),
            ("Legal basis", esc(data.get("legal_basis", ""))),
            ("File", "``rules/schedules/state_pension_age.toml``"),
        ]
    )
    if data.get("note"):
        out += [".. note::", "", "   " + esc(data["note"]), ""]
    cohorts = data.get("cohorts", [])
    exceptions = data.get("exceptions", [])
    # The file has no verified flags unless an entry carries one; show the
    # column only then, rather than claim a check the file does not record.
    marked = any("verified" in e or "note" in e for e in [*cohorts, *exceptions])
    rows = []
    for c in cohorts:
        row = [
            [esc(uk_date(c["born_from"]))],
            [esc(uk_date(c["born_to"]))],
            [esc(_age(c["years"], c.get("months", 0)))],
            [esc(c["source"])],
        ]
        if marked:
            row.append(status_cell(c.get("verified", True), c.get("note")))
        rows.append(row)
    out += heading("By date of birth", "^")
    out += ["Pensionable age is reached on the day the person reaches that age.", ""]
    if marked:
        out += list_table(["Born from", "Born to", "State Pension age", "Source", "Status"], rows, [12, 12, 12, 40, 24])
    else:
        out += list_table(["Born from", "Born to", "State Pension age", "Source"], rows, [14, 14, 14, 58])
    if exceptions:
        out += heading("Dates fixed by the Act", "^")
        out += ["Where the same day does not exist in the month reached, the Act fixes the day.", ""]
        rows = []
        for e in exceptions:
            row = [[esc(uk_date(e["born_on"]))], [esc(uk_date(e["attains_pensionable_age_on"]))], [esc(e["source"])]]
            if marked:
                row.append(status_cell(e.get("verified", True), e.get("note")))
            rows.append(row)
        if marked:
            out += list_table(["Born on", "State Pension age reached on", "Source", "Status"], rows, [14, 16, 46, 24])
        else:
            out += list_table(["Born on", "State Pension age reached on", "Source"], rows, [18, 20, 62])
    return out


# -- the other data files: LHA rates, Band D, local schemes, and any new kind ---------------


def _cell(value: object) -> str:
    """A data file's value as a person reads it (plain text, unescaped)."""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items()) or "(none)"
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value) or "(none)"
    if isinstance(value, dt.date):
        return uk_date(value)
    return str(value)


def _scalars(data: dict) -> list[tuple[str, str | None]]:
    return [(k.replace("_", " ").capitalize(), esc(_cell(v))) for k, v in data.items()
            if not isinstance(v, (dict, list)) or (isinstance(v, list) and not any(isinstance(x, dict) for x in v))]


def _records_table(records: list[dict]) -> list[str]:
    """An array of tables as a list-table: a column per key, in the order first met."""
    keys: list[str] = []
    for r in records:
        keys += [k for k in r if k not in keys]
    rows = [[[esc(_cell(r.get(k, "")))] for k in keys] for r in records]
    width = max(1, 100 // max(len(keys), 1))
    return list_table([k.replace("_", " ") for k in keys], rows, [width] * len(keys))


def generic_file_section(rel: str, data: dict) -> list[str]:
    """Any data file: its fields, each table's fields, and each array of tables as a table."""
    title = data.get("title") or " ".join(str(data[k]) for k in ("name", "year") if k in data) or rel
    out = [f".. _{label('file.' + rel)}:", ""] + heading(esc(title), "~")
    out += field_list([("File", f"``rules/{rel}``"), *[(k, v) for k, v in _scalars(data) if k != "Note"]])
    if data.get("note"):
        out += [".. note::", "", "   " + esc(data["note"]), ""]
    for key, value in data.items():
        if isinstance(value, dict):
            out += [f".. rubric:: {esc(key.replace('_', ' ').capitalize())}", ""] + field_list(_scalars(value))
        elif isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            out += [f".. rubric:: {esc(key.replace('_', ' ').capitalize())} ({len(value)})", ""] + _records_table(value)
    return out


def lha_file_section(rel: str, data: dict) -> list[str]:
    """A Local Housing Allowance schedule: the determinations in force, and each BRMA's rates."""
    out = [f".. _{label('file.' + rel)}:", ""] + heading(esc(data.get("title", rel)), "~")
    out += field_list([("Id", esc(data.get("id", ""))), ("Legal basis", esc(data.get("legal_basis", ""))),
                       ("File", f"``rules/{rel}``")])
    for part, what in (("monthly", "Universal Credit: monthly rates"), ("weekly", "Housing Benefit: weekly rates")):
        p = data.get(part, {})
        out += [f".. rubric:: {esc(what)}", ""]
        out += field_list([("Unit", esc(p.get("unit", ""))), ("Published", esc(p.get("publication", ""))),
                           ("Read in", esc(p.get("copy_read", ""))), ("Known to", esc(_cell(p.get("until", ""))))])
        if p.get("note"):
            out += [esc(p["note"]), ""]
        out += list_table(["In force from", "Source"], [[[esc(uk_date(r["from"]))], [esc(r["source"])]]
                                                        for r in p.get("in_force", [])], [16, 84])
    rows = []
    for b in data.get("brma", []):
        checks = b.get("checks", [])
        status = ("Checked: " + "; ".join(f"{c.get('period')} {_cell(c.get('categories'))} against {c.get('against')}"
                                          for c in checks)) if checks else "Unverified: no cell compared with an official page"
        name = b["name"] + (f" (also {', '.join(b['aliases'])})" if b.get("aliases") else "")
        rows.append([[esc(name)], [esc(" / ".join(pounds(round(v * 100)) for v in b.get("monthly", [])))],
                     [esc(" / ".join(pounds(round(v * 100)) for v in b.get("weekly", [])))], [esc(status)]])
    out += [f".. rubric:: {len(rows)} Broad Rental Market Areas: shared accommodation rate / 1 / 2 / 3 / 4 bedrooms", ""]
    out += list_table(["BRMA", "A month (UC)", "A week (HB)", "Status"], rows, [18, 30, 30, 22])
    return out


def data_files_part(root: Path, shown_elsewhere: set[str]) -> list[str]:
    """Every data file under ``rules/`` that is not a rule table (``tables.NOT_TABLES``) and not
    shown above: the LHA schedules in their own form, any other file by its fields."""
    from entitlements.tables import NOT_TABLES

    files = [p for sub in NOT_TABLES for p in sorted((root / sub.rstrip("/")).rglob("*.toml"))]
    files = [p for p in files if p.relative_to(root).as_posix() not in shown_elsewhere]
    out = heading("Other data files: LHA rates, council tax, local schemes", "-")
    out += [esc(f"{len(files)} files of their own shape, read by the calculators that use them (not effective-dated "
                "rule tables). Each shows its source and, where recorded, how it was checked."), ""]
    folder = None
    for path in files:
        rel = path.relative_to(root).as_posix()
        if path.parent != folder:
            folder = path.parent
            where = folder.relative_to(root).as_posix()
            names = {"schedules/lha": "Local Housing Allowance rates", "council_tax/band_d": "Council tax: Band D by area"}
            title = names.get(where) or (f"Council Tax Reduction: local scheme, {where.rsplit('/', 1)[-1].replace('_', ' ').title()}"
                                         if where.startswith("ctr/local/") else f"rules/{where}")
            out += heading(esc(title), "^")
        data = tomllib.loads(path.read_text("utf-8"))
        out += lha_file_section(rel, data) if rel.startswith("schedules/lha/") else generic_file_section(rel, data)
    return out


# -- the page -----------------------------------------------------------------------


def render(rules_dir: Path | None = None) -> str:
    """The whole rules reference page as reStructuredText."""
    from entitlements.assessments import Schedules
    from entitlements.tables import Tables, shipped_rules_dir

    root = Path(rules_dir) if rules_dir is not None else shipped_rules_dir()
    tables = Tables.load(root)
    out = [
        ".. This page is generated from rules/ by docs/_ext/rules_reference.py. Do not edit it.",
        "",
        ".. _rules-reference:",
        "",
    ]
    out += heading("Rules reference", "=")
    out += [
        "Every value the library uses, from the rule tables in ``rules/``, with the date each "
        "applies from and its legal source. Check any figure here against the instrument it cites.",
        "",
        "**Verified** means the figure, and the date it applies from, were read in the text of "
        "the instrument cited (or an official copy of it). A row that starts before April 2023 "
        "(the earliest date the library computes for) is verified when the text shows the figure in "
        "force then; its note says where the start date comes from. **Unverified** means no text "
        "confirming it could be read; the note says what it agrees with instead. Unverified figures "
        "are still the best available: treat them as unconfirmed, not as doubted "
        "(``entitlements tables --unverified`` lists them all with their reasons). **Announced** "
        "means the figure was published by the government (an uprating statement, a Budget) before "
        "the Order or Act that makes it law: results that use it say so. **Frozen by law** records "
        "a value the law keeps unchanged for a period; it does not extend what a table covers.",
        "",
        "Money is shown in pounds; the library holds it as whole pence. A table's *dates* say "
        "what the date of a row means: for Universal Credit, a row applies to assessment periods "
        "that **begin** on or after its date.",
        "",
        esc(f"Generated from {tables.version}."),
        "",
        ".. contents:: On this page",
        "   :local:",
        "   :depth: 2",
        "",
    ]
    out += tables_part(tables)
    out += schedules_part(Schedules.load(root))
    spa = root / "schedules" / "state_pension_age.toml"
    if spa.exists():
        out += state_pension_age_part(spa)
    shown = {p.relative_to(root).as_posix() for sub in ("schedules/wca", "schedules/pip") for p in (root / sub).rglob("*.toml")}
    out += data_files_part(root, shown | {"schedules/state_pension_age.toml"})
    return "\n".join(out).rstrip() + "\n"


def write(out_dir: Path = OUT_DIR, rules_dir: Path | None = None) -> Path:
    """Write the page if its text changed; return its path."""
    text = render(rules_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / OUT_NAME
    if not path.exists() or path.read_text("utf-8") != text:
        path.write_text(text, "utf-8")
    return path


def _on_builder_inited(app) -> None:
    write(Path(app.srcdir) / "_generated")


def setup(app):
    app.connect("builder-inited", _on_builder_inited)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.path.insert(0, str(DOCS.parent / "src"))
    print(write())
