"""PIP, DLA and AA rate tables, and the strict loader of the assessment schedules."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from entitlements.assessments import Schedules
from entitlements.errors import RuleTableError
from entitlements.tables import Tables

RULES = Path(__file__).resolve().parent.parent / "rules"
D = dt.date


@pytest.fixture(scope="module")
def tables():
    return Tables.load()


# -- Rates (pence a week) ------------------------------------------------------------------

@pytest.mark.parametrize("on, expected", [
    (D(2023, 4, 10), (6810, 10175, 2690, 7100)),
    (D(2024, 4, 8), (7265, 10855, 2870, 7575)),
    (D(2025, 4, 7), (7390, 11040, 2920, 7705)),
    (D(2026, 4, 6), (7670, 11460, 3030, 8000)),
    (D(2027, 4, 5), (7670, 11460, 3030, 8000)),
])
def test_pip_rates(tables, on, expected):
    v = tables.at("pip.rates", on)
    assert (v["daily_living_standard"], v["daily_living_enhanced"], v["mobility_standard"], v["mobility_enhanced"]) == expected


@pytest.mark.parametrize("on, expected", [
    (D(2023, 4, 10), (10175, 6810, 2690, 7100, 2690)),
    (D(2024, 4, 8), (10855, 7265, 2870, 7575, 2870)),
    (D(2025, 4, 7), (11040, 7390, 2920, 7705, 2920)),
    (D(2026, 4, 6), (11460, 7670, 3030, 8000, 3030)),
])
def test_dla_rates(tables, on, expected):
    v = tables.at("dla.rates", on)
    assert tuple(v[k] for k in ("care_highest", "care_middle", "care_lowest", "mobility_higher", "mobility_lower")) == expected


@pytest.mark.parametrize("on, higher, lower", [
    (D(2023, 4, 10), 10175, 6810),
    (D(2024, 4, 8), 10855, 7265),
    (D(2025, 4, 7), 11040, 7390),
    (D(2026, 4, 6), 11460, 7670),
])
def test_aa_rates(tables, on, higher, lower):
    assert (tables.at("aa.rates", on, "higher"), tables.at("aa.rates", on, "lower")) == (higher, lower)


def test_dla_rates_mirror_pip_and_aa_each_year(tables):
    # DLA care highest = AA higher = PIP daily living enhanced, and so on
    for on in (D(2023, 4, 10), D(2024, 4, 8), D(2025, 4, 7), D(2026, 4, 6)):
        pip, dla, aa = tables.at("pip.rates", on), tables.at("dla.rates", on), tables.at("aa.rates", on)
        assert dla["care_highest"] == aa["higher"] == pip["daily_living_enhanced"]
        assert dla["care_middle"] == aa["lower"] == pip["daily_living_standard"]
        assert dla["care_lowest"] == dla["mobility_lower"] == pip["mobility_standard"]
        assert dla["mobility_higher"] == pip["mobility_enhanced"]


@pytest.mark.parametrize("tid", ["pip.rates", "dla.rates", "aa.rates"])
def test_rate_tables_are_weekly_benefit_week_tables_to_2026_27(tables, tid):
    t = tables.table(tid)
    assert (t.unit, t.applies, t.until) == ("GBP/week", "benefit_week", D(2027, 4, 5))
    assert [r.start for r in t.rows] == [D(2023, 4, 10), D(2024, 4, 8), D(2025, 4, 7), D(2026, 4, 6)]
    assert all("SI 20" in r.source for r in t.rows)


# -- The shipped schedules -------------------------------------------------------------------

@pytest.fixture(scope="module")
def sch():
    return Schedules.load()


def test_schedule6_has_17_activities_10_physical_7_mental(sch):
    s6 = sch.schedule("wca.schedule6")
    parts = [a.descriptors[0].part for a in s6.activities]
    assert [a.number for a in s6.activities] == list(range(1, 18))
    assert parts == ["physical"] * 10 + ["mental"] * 7
    assert s6.threshold("lcw") == 15


def test_schedule6_points_per_activity(sch):
    # the points of every activity, highest first, as encoded (see the notes on verification)
    expected = {
        1: [15, 9, 9, 6, 0], 2: [15, 9, 6, 0], 3: [15, 9, 6, 0], 4: [15, 9, 6, 0], 5: [15, 15, 9, 9, 0],
        6: [15, 15, 6, 0], 7: [15, 15, 6, 0], 8: [15, 15, 9, 0], 9: [15, 6, 0], 10: [15, 6, 0],
        11: [15, 9, 6, 0], 12: [15, 9, 6, 0], 13: [15, 9, 6, 0], 14: [15, 9, 6, 0], 15: [15, 9, 6, 0],
        16: [15, 9, 6, 0], 17: [15, 15, 9, 0],
    }
    got = {a.number: [d.points for d in a.descriptors] for a in sch.schedule("wca.schedule6").activities}
    assert got == expected


def test_schedule7_parts_follow_reg_40_3(sch):
    parts = {d.code: d.part for a in sch.schedule("wca.schedule7").activities for d in a.descriptors}
    physical = {f"lcwra.{n}" for n in range(1, 9)} | {"lcwra.15a", "lcwra.15b", "lcwra.16a", "lcwra.16b"}
    assert {c for c, p in parts.items() if p == "physical"} == physical
    assert len(parts) == 22


def test_pip_points_per_activity(sch):
    dl = {a.number: [d.points for d in a.descriptors] for a in sch.schedule("pip.daily_living").activities}
    assert dl == {
        1: [0, 2, 2, 2, 4, 8], 2: [0, 2, 2, 4, 6, 10], 3: [0, 1, 2, 4, 6, 8], 4: [0, 2, 2, 2, 3, 4, 8],
        5: [0, 2, 2, 4, 6, 8], 6: [0, 2, 2, 2, 4, 8], 7: [0, 2, 4, 8, 12], 8: [0, 2, 2, 4, 8],
        9: [0, 2, 4, 8], 10: [0, 2, 4, 6],
    }
    mob = {a.number: [d.points for d in a.descriptors] for a in sch.schedule("pip.mobility").activities}
    assert mob == {1: [0, 4, 8, 10, 10, 12], 2: [0, 4, 8, 10, 12, 12]}
    for sid in ("pip.daily_living", "pip.mobility"):
        s = sch.schedule(sid)
        assert (s.threshold("standard"), s.threshold("enhanced")) == (8, 12)


def test_treated_as_circumstances(sch):
    assert sch.circumstance_codes("wca.schedule8") == [
        "sch8.treatment", "sch8.hospital", "sch8.prevented_by_law", "sch8.substantial_risk",
        "sch8.life_threatening_disease", "sch8.state_pension_age_dla_pip"]
    assert sch.circumstance_codes("wca.schedule9") == [
        "sch9.terminally_ill", "sch9.pregnancy_risk", "sch9.cancer_treatment", "sch9.substantial_risk",
        "sch9.state_pension_age_aa_dla_pip"]
    assert [c.code for s in ("wca.schedule8", "wca.schedule9") for c in sch.schedule(s).circumstances
            if c.substantial_risk] == ["sch8.substantial_risk", "sch9.substantial_risk"]


def test_every_unverified_entry_says_why(sch):
    for s in sch:
        for a in s.activities:
            for d in a.descriptors:
                if not d.verified:
                    assert (d.note or a.note)
        for c in s.circumstances:
            if not c.verified:
                assert c.note


def test_every_descriptor_text_is_a_short_paraphrase(sch):
    for s in sch:
        for a in s.activities:
            for d in a.descriptors:
                assert 5 <= len(d.text) <= 200, d.code


def test_the_schedules_count_towards_the_rules_hash(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    before = Tables.load(root).version.content_hash
    f = root / "schedules" / "wca" / "schedule6.toml"
    f.write_text(f.read_text() + "\n# a change\n")
    assert Tables.load(root).version.content_hash != before


# -- The loader is strict ---------------------------------------------------------------------

def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "rules"
    for sub in ("wca", "pip"):
        shutil.copytree(RULES / "schedules" / sub, root / "schedules" / sub)
    return root


def _edit(root: Path, rel: str, old: str, new: str) -> Path:
    f = root / "schedules" / rel
    text = f.read_text()
    assert old in text, old
    f.write_text(text.replace(old, new, 1))
    return f


def test_unknown_top_level_key(tmp_path):
    root = _copy(tmp_path)
    f = _edit(root, "wca/schedule6.toml", 'kind = "points"', 'kind = "points"\nthreshold = 15')
    with pytest.raises(RuleTableError, match=r"unknown key\(s\) \['threshold'\]") as e:
        Schedules.load(root)
    assert e.value.path == str(f)


def test_unknown_descriptor_key(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "pip/mobility.toml", '  points = 12\n', '  points = 12\n  score = 12\n')
    with pytest.raises(RuleTableError, match=r"descriptor mob.1f: unknown key\(s\) \['score'\]"):
        Schedules.load(root)


def test_duplicate_descriptor_code_in_a_file(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "wca/schedule6.toml", 'code = "lcw.1b"', 'code = "lcw.1a"')
    with pytest.raises(RuleTableError, match="descriptor lcw.1a: code used twice"):
        Schedules.load(root)


def test_duplicate_code_across_files(tmp_path):
    root = _copy(tmp_path)
    # give a Sch 9 circumstance the code of a Sch 8 one
    _edit(root, "wca/schedule9.toml", 'code = "sch9.pregnancy_risk"', 'code = "sch8.hospital"')
    with pytest.raises(RuleTableError, match="'sch8.hospital' is also used in .*schedule8.toml"):
        Schedules.load(root)


@pytest.mark.parametrize("bad", ["-6", "16", "9.0", "true", '"9"'])
def test_bad_points(tmp_path, bad):
    root = _copy(tmp_path)
    _edit(root, "wca/schedule6.toml", '  code = "lcw.1c"\n  text = "As (a), but for 100 metres"\n  points = 9',
          f'  code = "lcw.1c"\n  text = "As (a), but for 100 metres"\n  points = {bad}')
    with pytest.raises(RuleTableError, match="descriptor lcw.1c: points must be a whole number from 0 to 15"):
        Schedules.load(root)


def test_points_out_of_order_are_caught(tmp_path):
    # 8(b) = 5 between 15 and 9 (the disputed mirror reading) breaks the Schedule's order
    root = _copy(tmp_path)
    _edit(root, "wca/schedule6.toml",
          'crossing a road without another person"\n  points = 15',
          'crossing a road without another person"\n  points = 5')
    with pytest.raises(RuleTableError, match=r"activity lcw.8: descriptors must be listed in order of points.*\[15, 5, 9, 0\]"):
        Schedules.load(root)


def test_points_in_an_any_one_schedule(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "wca/schedule7.toml", '  code = "lcwra.9"\n', '  code = "lcwra.9"\n  points = 15\n')
    with pytest.raises(RuleTableError, match="descriptor lcwra.9: points given"):
        Schedules.load(root)


def test_descriptor_code_must_belong_to_its_activity(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "pip/daily_living.toml", 'code = "dl.10d"', 'code = "dl.1g"')
    with pytest.raises(RuleTableError, match="descriptor dl.1g: code must be its activity's code 'dl.10'"):
        Schedules.load(root)


def test_id_must_match_path(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "pip/mobility.toml", 'id = "pip.mobility"', 'id = "pip.moving"')
    with pytest.raises(RuleTableError, match="expected 'pip.mobility'"):
        Schedules.load(root)


def test_unverified_without_note(tmp_path):
    root = _copy(tmp_path)
    # mark a circumstance unverified and take its note away
    text = (root / "schedules/wca/schedule8.toml").read_text("utf-8")
    start = text.index('code = "sch8.life_threatening_disease"')
    note_at = text.index("\nnote = ", start)
    end = text.index("\n", note_at + 1)
    (root / "schedules/wca/schedule8.toml").write_text(text[:note_at] + "\nverified = false" + text[end:], "utf-8")
    with pytest.raises(RuleTableError, match="circumstance sch8.life_threatening_disease: verified = false needs a `note`"):
        Schedules.load(root)


def test_missing_source(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "wca/schedule7.toml", 'source = "SI 2013/376 Sch 7"\n', '')
    with pytest.raises(RuleTableError, match="missing `source`"):
        Schedules.load(root)


def test_part_on_a_pip_activity(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "pip/mobility.toml", 'name = "Moving around"', 'name = "Moving around"\npart = "physical"')
    with pytest.raises(RuleTableError, match="activity mob.2: part 'physical' is not allowed"):
        Schedules.load(root)


def test_wca_descriptor_without_part(tmp_path):
    root = _copy(tmp_path)
    _edit(root, "wca/schedule7.toml",
          'text = "Cannot chew or swallow food or drink"\n  part = "physical"',
          'text = "Cannot chew or swallow food or drink"')
    with pytest.raises(RuleTableError, match="descriptor lcwra.16a: part must be physical or mental"):
        Schedules.load(root)


def test_not_toml(tmp_path):
    root = _copy(tmp_path)
    (root / "schedules" / "pip" / "mobility.toml").write_text("id = ")
    with pytest.raises(RuleTableError, match="not valid TOML"):
        Schedules.load(root)


def test_other_files_in_schedules_are_left_alone(tmp_path):
    root = _copy(tmp_path)
    (root / "schedules" / "state_pension_age.toml").write_text("cohorts = []\n")
    assert len(Schedules.load(root)) == 6
