"""PIP points test (SI 2013/377 regs 5-7, Sch 1) and weekly amounts (reg 24 as uprated)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.assessments import assess_pip, default_schedules
from entitlements.errors import InputError

# A day in each year's first benefit week (rows start on the uprating Monday).
YEARS = {
    "2023/24": dt.date(2023, 4, 10),
    "2024/25": dt.date(2024, 4, 8),
    "2025/26": dt.date(2025, 4, 7),
    "2026/27": dt.date(2026, 4, 6),
}
# pence a week: (daily living standard, enhanced, mobility standard, enhanced)
RATES = {
    "2023/24": (6810, 10175, 2690, 7100),
    "2024/25": (7265, 10855, 2870, 7575),
    "2025/26": (7390, 11040, 2920, 7705),
    "2026/27": (7670, 11460, 3030, 8000),
}

# Daily living examples:
DL_NONE = ["dl.1d", "dl.4c", "dl.9b"]  # 2 + 2 + 2 = 6 < 8
DL_STANDARD = ["dl.1e", "dl.4c", "dl.9b"]  # 4 + 2 + 2 = 8 (standard from 8)
DL_STANDARD_11 = ["dl.1e", "dl.6e", "dl.8c", "dl.3b"]  # 4 + 4 + 2 + 1 = 11 (still standard)
DL_ENHANCED = ["dl.1f", "dl.5d"]  # 8 + 4 = 12 (enhanced from 12)
# Mobility examples:
MOB_NONE = ["mob.2b"]  # 4 < 8
MOB_STANDARD = ["mob.2c"]  # 8
MOB_STANDARD_10 = ["mob.1d"]  # 10 (still standard)
MOB_ENHANCED = ["mob.2e"]  # 12


@pytest.mark.parametrize("year", sorted(YEARS))
def test_daily_living_none_standard_enhanced_each_year(year):
    on = YEARS[year]
    std, enh, _, _ = RATES[year]
    none = assess_pip(DL_NONE, on=on).daily_living
    assert (none.total, none.award, none.weekly_amount) == (6, "none", 0)
    s = assess_pip(DL_STANDARD, on=on).daily_living
    assert (s.total, s.award, s.weekly_amount) == (8, "standard", std)
    s11 = assess_pip(DL_STANDARD_11, on=on).daily_living
    assert (s11.total, s11.award, s11.weekly_amount) == (11, "standard", std)
    e = assess_pip(DL_ENHANCED, on=on).daily_living
    assert (e.total, e.award, e.weekly_amount) == (12, "enhanced", enh)


@pytest.mark.parametrize("year", sorted(YEARS))
def test_mobility_none_standard_enhanced_each_year(year):
    on = YEARS[year]
    _, _, std, enh = RATES[year]
    none = assess_pip(mobility=MOB_NONE, on=on).mobility
    assert (none.total, none.award, none.weekly_amount) == (4, "none", 0)
    s = assess_pip(mobility=MOB_STANDARD, on=on).mobility
    assert (s.total, s.award, s.weekly_amount) == (8, "standard", std)
    s10 = assess_pip(mobility=MOB_STANDARD_10, on=on).mobility
    assert (s10.total, s10.award, s10.weekly_amount) == (10, "standard", std)
    e = assess_pip(mobility=MOB_ENHANCED, on=on).mobility
    assert (e.total, e.award, e.weekly_amount) == (12, "enhanced", enh)


def test_both_components_enhanced_2026_27_weekly_total():
    # daily living 8 + 8 = 16 enhanced £114.60; mobility 12 enhanced £80.00; total £194.60
    r = assess_pip(["dl.1f", "dl.4g"], ["mob.2f"], on=dt.date(2026, 6, 1))
    assert (r.daily_living.award, r.mobility.award) == ("enhanced", "enhanced")
    assert r.weekly_total == 11460 + 8000 == 19460


def test_the_day_before_uprating_uses_last_years_rate():
    # Sunday 5 Apr 2026 is in the last 2025/26 benefit week for this table: £110.40
    r = assess_pip(DL_ENHANCED, on=dt.date(2026, 4, 5))
    assert r.daily_living.weekly_amount == 11040


def test_without_a_date_there_are_points_but_no_amounts():
    r = assess_pip(DL_STANDARD, MOB_ENHANCED)
    assert (r.daily_living.award, r.daily_living.weekly_amount, r.weekly_total) == ("standard", None, None)


def test_seven_points_is_no_award_and_eight_is_standard():
    # dl.1e 4 + dl.2b 2 + dl.3b 1 = 7; add dl.10b 2 -> 9
    assert assess_pip(["dl.1e", "dl.2b", "dl.3b"]).daily_living.award == "none"
    assert assess_pip(["dl.1e", "dl.2b", "dl.3b", "dl.10b"]).daily_living.total == 9


def test_two_descriptors_in_one_activity_only_the_higher_counts():
    # Moving around: mob.2c (8) and mob.2b (4) -> 8, not 12 (reg 7)
    m = assess_pip(mobility=["mob.2b", "mob.2c"]).mobility
    assert (m.total, m.award) == (8, "standard")
    assert m.activity_scores[0].not_counted == ("mob.2b",)


def test_two_equal_descriptors_in_one_activity_count_once():
    # mob.2e and mob.2f both score 12 -> 12, not 24
    assert assess_pip(mobility=["mob.2e", "mob.2f"]).mobility.total == 12


def test_unknown_code_lists_close_codes():
    with pytest.raises(InputError) as e:
        assess_pip(["dl.11a"])
    assert "dl.11a" in str(e.value) and "closest" in str(e.value)


def test_mobility_code_in_daily_living_is_an_error():
    with pytest.raises(InputError, match="belongs to mobility"):
        assess_pip(daily_living=["mob.2f"])


def test_wca_code_in_pip_is_an_error():
    with pytest.raises(InputError, match="wca.schedule6"):
        assess_pip(daily_living=["lcw.1a"])


def test_same_code_twice_is_an_error():
    with pytest.raises(InputError, match="given twice"):
        assess_pip(daily_living=["dl.1f", "dl.1f"])


def test_date_after_the_rates_table_is_a_clear_error():
    from entitlements.errors import NoRowInForce

    with pytest.raises(NoRowInForce, match="pip/rates.toml"):
        assess_pip(DL_STANDARD, on=dt.date(2027, 4, 12))


def test_explain():
    text = assess_pip(DL_ENHANCED, MOB_STANDARD, on=dt.date(2025, 6, 2)).explain()
    assert "12 points, enhanced, £110.40 a week" in text and "8 points, standard, £29.20 a week" in text


_DL = default_schedules().descriptor_codes("pip.daily_living")


@settings(max_examples=200, deadline=None)
@given(st.sets(st.sampled_from(_DL), max_size=10))
def test_daily_living_award_follows_the_thresholds(codes):
    sch = default_schedules()
    best: dict[str, int] = {}
    for c in codes:
        d = sch.descriptor(c)
        best[d.activity] = max(best.get(d.activity, 0), d.points)
    total = sum(best.values())
    r = assess_pip(sorted(codes)).daily_living
    assert r.total == total
    assert r.award == ("enhanced" if total >= 12 else "standard" if total >= 8 else "none")
