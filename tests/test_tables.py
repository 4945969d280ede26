"""The rule-table loader: strict validation, values in force, overlays."""

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from entitlements import NoRowInForce, RuleTableError, Tables, UnknownTable
from entitlements.tables import shipped_rules_dir

GOOD = """\
id = "uc.carer_element"
title = "Universal Credit: carer element"
unit = "GBP/month"
applies = "assessment_period"
legal_basis = "SI 2013/376 reg 29"
until = 2027-04-05

[[rows]]
from = 2025-04-07
value = 201.68
source = "SI 2025/295 art 32, Sch 13"

[[rows]]
from = 2026-04-06
value = 209.34
source = "SI 2026/148 art 32, Sch 13"
"""


def make_rules(tmp_path: Path, text: str, name: str = "uc/carer_element.toml") -> Path:
    root = tmp_path / "rules"
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / "release.toml").write_text('release = "test"\n')
    (root / name).write_text(text)
    return root


def test_good_table_answers_value_in_force(tmp_path):
    t = Tables.load(make_rules(tmp_path, GOOD))
    # The 2025/26 amount runs up to the day before the 2026 row starts.
    assert t.at("uc.carer_element", dt.date(2026, 4, 5)) == 20168
    assert t.at("uc.carer_element", dt.date(2026, 4, 6)) == 20934
    assert t.source("uc.carer_element", dt.date(2025, 4, 7)) == "SI 2025/295 art 32, Sch 13"


def test_array_of_dates_answers_one_value_per_date(tmp_path):
    t = Tables.load(make_rules(tmp_path, GOOD))
    on = np.array(["2025-04-07", "2026-04-05", "2026-04-06", "2027-04-05"], dtype="datetime64[D]")
    assert t.at("uc.carer_element", on).tolist() == [20168, 20168, 20934, 20934]


@pytest.mark.parametrize(
    "change, message",
    [
        (("unit = \"GBP/month\"", "unit = \"pounds\""), "unit 'pounds' is not known"),
        (("value = 201.68", "value = 201.685"), "fraction of a penny"),
        (("source = \"SI 2025/295 art 32, Sch 13\"\n", ""), "row 1: missing `source`"),
        (("from = 2026-04-06", "from = 2025-04-01"), "row 2: `from` 2025-04-01 is not after"),
        (("value = 209.34", "value = 209.34\namount = 1"), "row 2: unknown key(s) ['amount']"),
        (("legal_basis", "legal_basis_x"), "unknown key(s) ['legal_basis_x']"),
        (("id = \"uc.carer_element\"", "id = \"uc.carer\""), "does not match its path"),
        (("until = 2027-04-05", "until = 2026-01-01"), "until 2026-01-01 is before the last row"),
        (("value = 201.68", "value = \"201.68\""), "must be a number"),
        (("source = \"SI 2026/148 art 32, Sch 13\"", "source = \"SI 2026/148\"\nverified = false"), "unverified row needs a `note`"),
    ],
)
def test_bad_table_is_rejected_naming_file_row_and_fix(tmp_path, change, message):
    root = make_rules(tmp_path, GOOD.replace(*change))
    with pytest.raises(RuleTableError) as e:
        Tables.load(root)
    assert message in str(e.value)
    assert "carer_element.toml" in str(e.value)


def test_keyed_table_needs_every_key(tmp_path):
    text = GOOD.replace('until = 2027-04-05', 'until = 2027-04-05\nkeys = ["a", "b"]').replace(
        "value = 201.68", "values = { a = 1 }"
    )
    with pytest.raises(RuleTableError, match=r"row 1: values must have exactly the keys \['a', 'b'\] \(missing \['b'\]"):
        Tables.load(make_rules(tmp_path, text))


def test_date_before_first_row_is_an_error_not_a_guess(tmp_path):
    t = Tables.load(make_rules(tmp_path, GOOD))
    with pytest.raises(NoRowInForce, match=r"no row in force on 2019-06-01 \(earliest 2025-04-07\)"):
        t.at("uc.carer_element", dt.date(2019, 6, 1))


def test_date_after_until_is_an_error_not_an_uprating(tmp_path):
    t = Tables.load(make_rules(tmp_path, GOOD))
    with pytest.raises(NoRowInForce, match="Rates after that are not yet known"):
        t.at("uc.carer_element", dt.date(2027, 4, 6))
    with pytest.raises(NoRowInForce):
        t.at("uc.carer_element", np.array(["2026-05-01", "2027-05-01"], dtype="datetime64[D]"))


def test_unknown_table_id_names_the_group(tmp_path):
    t = Tables.load(make_rules(tmp_path, GOOD))
    with pytest.raises(UnknownTable, match="Tables in that group: uc.carer_element"):
        t.at("uc.carers_element", dt.date(2026, 5, 1))


def test_overlay_replaces_rows_from_its_date_and_is_named_in_the_version(tmp_path):
    t = Tables.load(make_rules(tmp_path, GOOD))
    reform = tmp_path / "reform"
    reform.mkdir()
    (reform / "carer.toml").write_text(
        GOOD.split("[[rows]]")[0]
        + '[[rows]]\nfrom = 2026-10-01\nvalue = 250.00\nsource = "A reform"\n'
    )
    r = t.with_overlay(reform)
    assert r.at("uc.carer_element", dt.date(2026, 9, 30)) == 20934  # shipped row still in force
    assert r.at("uc.carer_element", dt.date(2026, 10, 1)) == 25000
    assert r.row("uc.carer_element", dt.date(2026, 10, 1)).origin.endswith("carer.toml")
    assert "overlay reform" in str(r.version)
    assert t.at("uc.carer_element", dt.date(2026, 10, 1)) == 20934  # the original is unchanged


def test_overlay_must_keep_the_unit(tmp_path):
    t = Tables.load(make_rules(tmp_path, GOOD))
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("GBP/month", "GBP/week"))
    with pytest.raises(RuleTableError, match="must keep the unit 'GBP/month'"):
        t.with_overlay(bad)


def test_content_hash_changes_when_a_value_changes(tmp_path):
    a = Tables.load(make_rules(tmp_path / "a", GOOD)).version
    b = Tables.load(make_rules(tmp_path / "b", GOOD.replace("209.34", "209.35"))).version
    assert a.release == b.release == "test"
    assert a.content_hash != b.content_hash


# -- the shipped tables --------------------------------------------------------


def test_shipped_tables_load():
    t = Tables.load()
    assert len(t) >= 14
    assert (shipped_rules_dir() / "release.toml").exists()


def test_every_shipped_table_has_exactly_one_row_in_force_on_every_day_it_covers():
    # Rows are sorted with distinct start dates, so each day from the first
    # row to `until` falls in exactly one [start, next start) interval; check
    # the lookup agrees with a brute-force scan on every day.
    for table in Tables.load():
        starts = [r.start for r in table.rows]
        day = table.earliest
        days = []
        while day <= table.until:
            days.append(day)
            day += dt.timedelta(days=30 if day.year < 2023 else 1)
        for d in days:
            in_force = [r for i, r in enumerate(table.rows) if r.start <= d and (i + 1 == len(starts) or d < starts[i + 1])]
            assert len(in_force) == 1, (table.id, d)
            assert table.row_at(d) is in_force[0]


def test_every_shipped_row_has_a_source_and_unverified_rows_say_why():
    for table in Tables.load():
        for r in table.rows:
            assert r.source.strip(), table.id
            assert r.verified or r.note, table.id


# -- rows with a status, and [[frozen]] entries ------------------------------------------------

ANNOUNCED = GOOD + '''
[[rows]]
from = 2027-04-12
value = 217.00
status = "announced"
source = "DWP, 'Benefit and pension rates 2027 to 2028', 26 November 2026"
'''


def announced_rules(tmp_path, text=None):
    return make_rules(tmp_path, (text or ANNOUNCED).replace("until = 2027-04-05", "until = 2028-04-09"))


def test_announced_row_is_kept_with_its_status_and_answers_its_value(tmp_path):
    t = Tables.load(announced_rules(tmp_path))
    row = t.row("uc.carer_element", dt.date(2027, 4, 12))
    assert (row.status, row.announced, row.value) == ("announced", True, 21700)
    assert t.at("uc.carer_element", dt.date(2027, 4, 12)) == 21700
    # The rows before it are in force (the default), and say so.
    assert t.row("uc.carer_element", dt.date(2027, 4, 11)).status == "in_force"


def test_announced_answers_for_a_date_and_for_an_array_of_dates(tmp_path):
    t = Tables.load(announced_rules(tmp_path))
    assert t.announced("uc.carer_element", dt.date(2027, 4, 11)) is False
    assert t.announced("uc.carer_element", dt.date(2027, 4, 12)) is True
    on = np.array(["2025-04-07", "2027-04-11", "2027-04-12", "2028-04-09"], dtype="datetime64[D]")
    assert t.announced("uc.carer_element", on).tolist() == [False, False, True, True]
    # Outside the table, the same error as Tables.at: never a guess.
    with pytest.raises(NoRowInForce):
        t.announced("uc.carer_element", dt.date(2028, 4, 10))
    with pytest.raises(NoRowInForce):
        t.announced("uc.carer_element", np.array(["2028-04-10"], dtype="datetime64[D]"))


def test_explicit_in_force_status_is_the_default(tmp_path):
    text = GOOD.replace('source = "SI 2025/295 art 32, Sch 13"', 'source = "SI 2025/295 art 32, Sch 13"\nstatus = "in_force"')
    t = Tables.load(make_rules(tmp_path, text))
    assert not t.announced("uc.carer_element", dt.date(2025, 4, 7))


def test_status_is_part_of_the_row_and_of_the_rules_hash(tmp_path):
    a = Tables.load(announced_rules(tmp_path / "a"))
    b = Tables.load(announced_rules(tmp_path / "b", ANNOUNCED.replace('status = "announced"\n', "")))
    ra, rb = a.row("uc.carer_element", dt.date(2027, 4, 12)), b.row("uc.carer_element", dt.date(2027, 4, 12))
    assert ra != rb and ra.value == rb.value
    assert a.version.content_hash != b.version.content_hash


@pytest.mark.parametrize(
    "change, message",
    [
        (('status = "announced"', 'status = "proposed"'), "row 3: status must be one of 'in_force', 'announced' (got 'proposed')"),
        (('status = "announced"', "status = true"), "row 3: status must be one of"),
        (("26 November 2026", "November"), "row 3: an announced row's `source` must name the announcement and its date"),
        (("source = \"DWP, 'Benefit and pension rates 2027 to 2028', 26 November 2026\"\n", ""), "row 3: missing `source`"),
    ],
)
def test_bad_status_is_rejected_naming_file_row_and_fix(tmp_path, change, message):
    with pytest.raises(RuleTableError) as e:
        Tables.load(announced_rules(tmp_path, ANNOUNCED.replace(*change)))
    assert message in str(e.value)
    assert "carer_element.toml" in str(e.value)


def test_an_iso_date_also_dates_an_announcement(tmp_path):
    text = ANNOUNCED.replace("26 November 2026", "2026-11-26")
    assert Tables.load(announced_rules(tmp_path, text)).announced("uc.carer_element", dt.date(2027, 5, 1))


KEYED = GOOD.replace("until = 2027-04-05", 'until = 2027-04-05\nkeys = ["protected", "new_claimant"]').replace(
    "value = 201.68", "values = { protected = 423.27, new_claimant = 423.27 }"
).replace("value = 209.34", "values = { protected = 429.80, new_claimant = 217.26 }")
FROZEN = KEYED + '''
[[frozen]]
keys = ["new_claimant"]
from = 2026-04-06
until = 2030-04-07
source = "UC Act 2025 s 3(1)"
'''


def test_frozen_entry_is_information_and_does_not_extend_the_table(tmp_path):
    t = Tables.load(make_rules(tmp_path, FROZEN)).table("uc.carer_element")
    (f,) = t.frozen
    assert (f.keys, f.start, f.until, f.source) == (("new_claimant",), dt.date(2026, 4, 6), dt.date(2030, 4, 7), "UC Act 2025 s 3(1)")
    assert t.frozen_on(dt.date(2029, 5, 1), "new_claimant") is f
    assert t.frozen_on(dt.date(2029, 5, 1), "protected") is None
    assert t.frozen_on(dt.date(2030, 4, 8), "new_claimant") is None
    assert t.frozen_on(dt.date(2026, 4, 5), "new_claimant") is None
    with pytest.raises(NoRowInForce):  # the freeze says what the law keeps; the table still ends on `until`
        t.at(dt.date(2027, 4, 6), "new_claimant")


@pytest.mark.parametrize(
    "change, message",
    [
        (('keys = ["new_claimant"]', 'keys = ["newclaimant"]'), "[[frozen]] entry 1: keys must be a non-empty list drawn from"),
        (("until = 2030-04-07", "until = 2025-04-07"), "[[frozen]] entry 1: until 2025-04-07 is before from 2026-04-06"),
        (("from = 2026-04-06\nuntil = 2030", "from = 2020-04-06\nuntil = 2030"), "[[frozen]] entry 1: from 2020-04-06 is before the first row"),
        (('source = "UC Act 2025 s 3(1)"', 'note = "x"'), "[[frozen]] entry 1: missing `source`"),
        (('source = "UC Act 2025 s 3(1)"', 'source = "UC Act 2025 s 3(1)"\nvalue = 1'), "[[frozen]] entry 1: unknown key(s) ['value']"),
        (("until = 2030-04-07", 'until = "2030"'), "[[frozen]] entry 1: `until` must be a date"),
    ],
)
def test_bad_frozen_entry_is_rejected_naming_file_and_entry(tmp_path, change, message):
    with pytest.raises(RuleTableError) as e:
        Tables.load(make_rules(tmp_path, FROZEN.replace(*change)))
    assert message in str(e.value)
    assert "carer_element.toml" in str(e.value)


def test_frozen_keys_need_a_keyed_table(tmp_path):
    text = GOOD + '\n[[frozen]]\nkeys = ["a"]\nfrom = 2026-04-06\nuntil = 2027-04-05\nsource = "s 3"\n'
    with pytest.raises(RuleTableError, match="`keys` given but the table declares no keys"):
        Tables.load(make_rules(tmp_path, text))


def test_overlay_stops_a_shipped_freeze_where_its_rows_begin(tmp_path):
    t = Tables.load(make_rules(tmp_path, FROZEN))
    reform = tmp_path / "reform.toml"
    reform.write_text(
        KEYED.split("[[rows]]")[0] + '[[rows]]\nfrom = 2026-10-01\nvalues = { protected = 450.00, new_claimant = 250.00 }\nsource = "A reform"\n'
    )
    (f,) = t.with_overlay(reform).table("uc.carer_element").frozen
    assert (f.start, f.until) == (dt.date(2026, 4, 6), dt.date(2026, 9, 30))
