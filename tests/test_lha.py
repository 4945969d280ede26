"""Local Housing Allowance rates by BRMA (entitlements.benefits.lha, rules/schedules/lha/).

The worked values are checked against official or public-authority pages:
the national maxima in SI 2024/11 art 2(2)(b) (weekly, Housing Benefit) and
SI 2013/382 Sch 1 para 2(2) (monthly, Universal Credit), and council pages
publishing the April 2024 rates. The sources are named in each test and in the
[[brma.checks]] of the data files.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import InputError, NoRowInForce, RuleTableError, Tables
from entitlements.benefits.lha import (
    LhaSchedule,
    brma_names,
    default_lha_schedule,
    lha_entry,
    lha_monthly_rate,
    lha_rate,
)
from entitlements.tables import shipped_rules_dir

AP_2024 = dt.date(2024, 4, 8)  # first UC assessment period under the 31 January 2024 determination
AP_2025 = dt.date(2025, 4, 7)
AP_2026 = dt.date(2026, 4, 6)
HB_2024 = dt.date(2024, 4, 1)  # Housing Benefit: the determination takes effect on 1 April

LHA_DIR = shipped_rules_dir() / "schedules" / "lha"


# -- worked values against official and council pages -------------------------


def test_central_london_weekly_caps_match_si_2024_11():
    # SI 2024/11 art 2(2)(b): weekly maxima £331.39 (1 bed), £412.86, £497.10, £704.22;
    # Central London's rates are at the maxima for 1 to 4 bedrooms.
    assert [lha_rate("Central London", c, on=HB_2024) for c in (1, 2, 3, 4)] == [33139, 41286, 49710, 70422]


def test_inner_north_london_monthly_uc_caps_match_si_2013_382():
    # SI 2013/382 Sch 1 para 2(2): monthly maxima £1,439.97 (1 bed), £1,793.98, £2,160.02, £3,060.00.
    assert [lha_monthly_rate("Inner North London", c, on=AP_2024) for c in (1, 2, 3, 4)] == [143997, 179398, 216002, 306000]


def test_uc_rate_is_the_monthly_determination_not_weekly_times_52_over_12():
    # Central London, 1 bedroom: weekly £331.39 (SI 2024/11) x 52 / 12 = £1,436.02 (1,436.0233...),
    # but UC's monthly maximum is £1,439.97 (SI 2013/382 Sch 1 para 2(2)): £3.95 a month more.
    weekly = lha_rate("Central London", 1, on=AP_2024)
    assert weekly == 33139
    assert round(Decimal(weekly) * 52 / 12) == 143602
    assert lha_monthly_rate("Central London", 1, on=AP_2024) == 143997


def test_bath_weekly_all_categories_match_bath_and_north_east_somerset_council():
    # bathnes.gov.uk, "Local Housing Allowance rates from 1st April 2024":
    # Bath £124.27, £187.56, £225.53, £276.16, £447.62 a week.
    assert [lha_rate("Bath", c, on=HB_2024) for c in range(5)] == [12427, 18756, 22553, 27616, 44762]


def test_bristol_shared_and_two_bedroom_weekly_match_bathnes():
    # bathnes.gov.uk: Bristol shared accommodation £117.68, 2 bedrooms £252.00 a week.
    assert lha_rate("Bristol", 0, on=HB_2024) == 11768
    assert lha_rate("Bristol", 2, on=HB_2024) == 25200


def test_inner_south_east_london_one_bedroom_weekly_matches_bromley():
    # bromley.gov.uk, "The weekly LHA rates from April 2024": Inner South East London 1 bedroom £298.15.
    assert lha_rate("Inner South East London", 1, on=HB_2024) == 29815


def test_southend_three_bedrooms_weekly_matches_castle_point():
    # castlepoint.gov.uk, rates "until 31st March 2025": 3 bedrooms £253.15 a week.
    assert lha_rate("Southend", 3, on=HB_2024) == 25315


def test_hull_monthly_uc_rates_match_hull_city_council():
    # hull.gov.uk, "LHA rates 2024 to 2025": shared £335.83, 1 bed £380, 2 bed £475, 3 bed £550, 4 bed £700 monthly.
    assert [lha_monthly_rate("Hull & East Riding", c, on=AP_2024) for c in range(5)] == [33583, 38000, 47500, 55000, 70000]


def test_dundee_and_angus_two_bedroom_weekly_matches_dundee_city_council():
    # dundeecity.gov.uk, "Local Housing Allowance Rates from 1st April 2024": 2 bedrooms £141.53 a week.
    assert lha_rate("Dundee and Angus", 2, on=HB_2024) == 14153


def test_lothian_four_bedroom_weekly_matches_east_lothian_council():
    # eastlothian.gov.uk, "Rates from 1 April 2024 to 31 March 2025": 4 bedroom and above £501.70 a week.
    assert lha_rate("Lothian", 4, on=HB_2024) == 50170


def test_renfrewshire_inverclyde_shared_weekly_matches_inverclyde_council_by_its_old_spelling():
    # inverclyde.gov.uk: Renfrewshire and Inverclyde shared room £82.85 a week, April 2024 to March 2025;
    # the Scottish Government's tables spell the area "Renfrewshire/Inverclyde".
    assert lha_rate("Renfrewshire/Inverclyde", 0, on=HB_2024) == 8285


# -- the freeze and the dates covered -----------------------------------------


def test_rates_frozen_for_2025_26_and_2026_27():
    # SI 2025/5 and SI 2026/5: the 2025 and 2026 determinations are those of 31 January 2024.
    for on in (AP_2024, AP_2025, AP_2026, dt.date(2027, 4, 11)):
        assert lha_monthly_rate("Bath", 4, on=on) == 194500  # £1,945.00
    for on in (HB_2024, dt.date(2025, 4, 1), dt.date(2026, 4, 1), dt.date(2027, 3, 31)):
        assert lha_rate("Bath", 4, on=on) == 44762  # £447.62


def test_assessment_period_before_the_2024_relevant_monday_has_no_rate():
    # The relevant Monday of 2024 is 8 April (SI 2013/382 art 4(4)); the 2023/24 rates are not shipped.
    with pytest.raises(NoRowInForce) as e:
        lha_monthly_rate("Bath", 1, on=dt.date(2024, 4, 7))
    assert e.value.earliest == AP_2024
    assert "2024-04-08" in str(e.value)


def test_housing_benefit_rate_before_1_april_2024_has_no_rate():
    with pytest.raises(NoRowInForce):
        lha_rate("Bath", 1, on=dt.date(2024, 3, 31))


def test_no_rate_after_the_2027_determination_takes_effect():
    # UC: relevant Monday 2027 is 12 April; Housing Benefit: 1 April 2027. Not carried forward.
    with pytest.raises(NoRowInForce) as e:
        lha_monthly_rate("Bath", 1, on=dt.date(2027, 4, 12))
    assert e.value.until == dt.date(2027, 4, 11)
    with pytest.raises(NoRowInForce):
        lha_rate("Bath", 1, on=dt.date(2027, 4, 1))


# -- names, categories and errors -----------------------------------------------


def test_unknown_brma_names_the_value_and_lists_close_matches():
    with pytest.raises(InputError) as e:
        lha_monthly_rate("Bristl", 1, on=AP_2025)
    assert e.value.field == "brma"
    assert e.value.value == "Bristl"
    assert "'Bristol'" in str(e.value)


def test_a_town_inside_a_longer_area_name_is_suggested():
    with pytest.raises(InputError) as e:
        lha_rate("Manchester", 2, on=HB_2024)
    assert "'Central Greater Manchester'" in str(e.value)
    assert "'Southern Greater Manchester'" in str(e.value)


def test_name_spelling_variants_find_the_same_area():
    # The VOA writes "Bradford & South Dales", DWP's CSVs "Bradford and South Dales".
    spellings = ["Bradford & South Dales", "Bradford and South Dales", "bradford AND south-dales"]
    assert {lha_monthly_rate(s, 1, on=AP_2024) for s in spellings} == {45000}
    assert lha_rate("Weston-super-Mare", 2, on=HB_2024) == lha_rate("Weston-S-Mare", 2, on=HB_2024) == 17260


@pytest.mark.parametrize("category", [5, -1, True, 1.0, "1"])
def test_category_outside_0_to_4_is_refused(category):
    with pytest.raises(InputError) as e:
        lha_rate("Bath", category, on=HB_2024)
    assert e.value.field == "category"


def test_a_datetime_is_not_a_date():
    with pytest.raises(InputError) as e:
        lha_rate("Bath", 1, on=dt.datetime(2025, 5, 1, 9, 0))
    assert e.value.field == "on"


def test_every_nation_has_its_areas():
    assert (len(brma_names("england")), len(brma_names("scotland")), len(brma_names("wales"))) == (152, 18, 22)
    with pytest.raises(InputError):
        brma_names("northern ireland")


# -- sources and verification ---------------------------------------------------


def test_entry_reports_source_and_whether_the_cell_was_verified():
    checked = lha_entry("Bath", 0, on=HB_2024, period="week")
    assert checked.verified and "bathnes.gov.uk" in checked.checks[0].against
    assert "SI 2024/11" in checked.source
    unchecked = lha_entry("Ashford", 0, on=AP_2024)
    assert not unchecked.verified and unchecked.checks == ()
    # 2026/27 rests on SI 2026/5 art 2 (read): a checked cell is verified then too.
    assert lha_entry("Bath", 0, on=dt.date(2026, 4, 1), period="week").verified
    assert "(SI 2026/5) art 4" in lha_entry("Bath", 0, on=AP_2026).source


def test_a_checked_cell_is_unverified_in_a_year_whose_source_is_unverified(tmp_path):
    # The cell was checked, but the year's legal source (the in_force row) is not
    # verified: the entry is not verified.
    src = shipped_rules_dir() / "schedules" / "lha"
    for f in src.glob("*.toml"):
        text = f.read_text("utf-8")
        if f.name == "england_2024.toml":
            head = "[[weekly.in_force]]\nfrom = 2026-04-01\n"
            i = text.index(head) + len(head)
            text = text[:i] + "verified = false\n" + text[i:]
        (tmp_path / f.name).write_text(text, "utf-8")
    schedule = LhaSchedule.load(tmp_path)
    assert schedule.entry("Bath", 0, on=dt.date(2025, 4, 1), period="week").verified
    assert not schedule.entry("Bath", 0, on=dt.date(2026, 4, 1), period="week").verified


def test_disputed_cells_are_not_marked_verified():
    # Bromley gives £506.30 for ISEL 4 bedrooms (its 2023/24 figure); the table has £604.11.
    e = lha_entry("Inner South East London", 4, on=HB_2024, period="week")
    assert e.amount == 60411 and not e.verified


# -- the whole table --------------------------------------------------------------


def test_weekly_and_monthly_tables_agree_cell_by_cell():
    # The weekly (VOA / Scottish / Welsh) and monthly (DWP) tables were published separately; in all
    # but two cells the weekly rate is the monthly rate x 84 / 365 to the penny (e.g. Bristol shared:
    # £511.33 x 84 / 365 = £117.676 -> £117.68). A slip in either transcription breaks this.
    known_1p = {("Inner South East London", 1), ("Oldham & Rochdale", 2)}
    off = set()
    for b in default_lha_schedule():
        for c in range(5):
            monthly = Decimal(b.monthly[c]) / 100
            expected = (monthly * 84 / 365).quantize(Decimal("0.01"), ROUND_HALF_UP)
            if expected * 100 != b.weekly[c]:
                off.add((b.name, c))
                assert abs(expected * 100 - b.weekly[c]) == 1
    assert off == known_1p


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(sorted(brma_names())), st.integers(0, 4)), min_size=1, max_size=20))
def test_array_answer_equals_scalar_answers(rows):
    names = np.array([r[0] for r in rows], dtype=object)
    cats = np.array([r[1] for r in rows])
    got = lha_monthly_rate(names, cats, on=AP_2025)
    assert got.dtype == np.int64
    assert list(got) == [lha_monthly_rate(n, int(c), on=AP_2025) for n, c in zip(names, cats)]


def test_unknown_name_in_an_array_names_the_row():
    with pytest.raises(InputError) as e:
        lha_rate(np.array(["Bath", "Nowhere"], dtype=object), 1, on=HB_2024)
    assert e.value.where == "row 1"


def test_rule_tables_still_load_with_the_lha_schedules_present():
    assert len(Tables.load()) > 0


# -- the loader refuses malformed files ---------------------------------------------


def _copy(tmp_path: Path, edit) -> Path:
    d = tmp_path / "lha"
    d.mkdir()
    text = (LHA_DIR / "wales_2024.toml").read_text("utf-8")
    (d / "wales_2024.toml").write_text(edit(text), "utf-8")
    return d


def test_loader_refuses_a_rate_that_falls_with_more_bedrooms(tmp_path):
    # Cardiff 3 bedrooms typed as £112.88 instead of £212.88, below the 2-bedroom £189.86.
    d = _copy(tmp_path, lambda t: t.replace("weekly = [84.25, 149.59, 189.86, 212.88, 299.18]",
                                            "weekly = [84.25, 149.59, 189.86, 112.88, 299.18]"))
    with pytest.raises(RuleTableError, match="Cardiff.*falls"):
        LhaSchedule.load(d)


def test_loader_refuses_a_fraction_of_a_penny(tmp_path):
    d = _copy(tmp_path, lambda t: t.replace("84.25, 149.59", "84.255, 149.59", 1))
    with pytest.raises(RuleTableError, match="2 decimal places"):
        LhaSchedule.load(d)


def test_loader_refuses_an_unknown_key(tmp_path):
    d = _copy(tmp_path, lambda t: t.replace('name = "Cardiff"', 'name = "Cardiff"\npostcode = "CF10"'))
    with pytest.raises(RuleTableError, match="unknown key"):
        LhaSchedule.load(d)


def test_shipped_files_load_and_are_all_read():
    s = LhaSchedule.load(LHA_DIR)
    assert len(s) == 192
    assert lha_rate("Cardiff", 3, on=HB_2024, schedule=s) == 21288
