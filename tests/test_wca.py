"""Work capability assessment (UC Regs 2013 regs 39-41, Schs 6-9): outcomes checked by hand.

Each test names the situation and shows the arithmetic. Points are those of
rules/schedules/wca/schedule6.toml: 15, 9, 6 or 0 per descriptor.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.assessments import (
    EarningsBar,
    Schedules,
    assess_wca,
    default_schedules,
    earnings_bar_threshold,
)
from entitlements.assessments.wca import SCH6_SAME_AS_SCH7
from entitlements.errors import InputError

ON = dt.date(2026, 5, 1)
RULES = Path(__file__).resolve().parent.parent / "rules"

SCH7 = [
    "lcwra.1", "lcwra.2", "lcwra.3", "lcwra.4", "lcwra.5", "lcwra.6", "lcwra.7", "lcwra.8",
    "lcwra.9", "lcwra.10", "lcwra.11", "lcwra.12", "lcwra.13", "lcwra.14",
    "lcwra.15a", "lcwra.15b", "lcwra.15c", "lcwra.15d",
    "lcwra.16a", "lcwra.16b", "lcwra.16c", "lcwra.16d",
]


# -- Schedule 7: each descriptor alone gives LCWRA (reg 40(2)) ---------------------------

def test_schedule7_has_exactly_these_22_descriptors():
    assert sorted(default_schedules().descriptor_codes("wca.schedule7")) == sorted(SCH7)


@pytest.mark.parametrize("code", SCH7)
def test_each_schedule7_descriptor_alone_gives_lcwra(code):
    r = assess_wca([code], on=ON)
    assert r.outcome == "lcwra"
    assert r.route.kind == "descriptors"
    assert r.route.reference.endswith("reg 40(2), Sch 7")
    assert r.lcwra_descriptors == (code,)
    assert r.lcwra_on_descriptors
    assert r.total_points == 0  # no Sch 6 points are needed for LCWRA
    assert r.has_lcw  # LCWRA includes LCW


# -- Schedule 6: the 15-point threshold (reg 39(3)) ------------------------------------

def test_lcw_from_physical_points_alone_consciousness_weekly():
    # lcw.10a (lost consciousness at least once a week) = 15 physical; 15 >= 15.
    # Sch 7 has no consciousness descriptor, so LCW only (1(a) would give LCWRA:
    # see the worded-alike pairs below).
    r = assess_wca(["lcw.10a"], on=ON)
    assert (r.outcome, r.physical_points, r.mental_points, r.total_points) == ("lcw", 15, 0, 15)
    assert r.route.detail == "physical points alone: 15"
    assert not r.lcwra_on_descriptors


def test_lcw_from_physical_points_alone_two_activities():
    # lcw.3b (reaching, 9) + lcw.9b (continence risk, 6) = 15 physical
    r = assess_wca(["lcw.3b", "lcw.9b"], on=ON)
    assert (r.outcome, r.physical_points, r.total_points) == ("lcw", 15, 15)
    assert r.points_by_activity() == {"lcw.3": 9, "lcw.9": 6}


def test_lcw_from_mental_points_alone():
    # lcw.11b (learning, 9) + lcw.16c (social engagement, 6) = 15 mental
    r = assess_wca(["lcw.11b", "lcw.16c"], on=ON)
    assert (r.outcome, r.physical_points, r.mental_points) == ("lcw", 0, 15)
    assert r.route.detail == "mental points alone: 15"


def test_lcw_from_physical_and_mental_combined():
    # lcw.2b (standing/sitting 30 min, 9 physical) + lcw.14c (unplanned change, 6 mental) = 15
    r = assess_wca(["lcw.2b", "lcw.14c"], on=ON)
    assert (r.outcome, r.physical_points, r.mental_points, r.total_points) == ("lcw", 9, 6, 15)
    assert r.route.detail == "physical and mental points combined: 9 + 6 = 15"


def test_both_parts_each_reaching_15():
    # lcw.5b (15 physical) + lcw.17b (15 mental) = 30
    r = assess_wca(["lcw.5b", "lcw.17b"], on=ON)
    assert (r.outcome, r.total_points) == ("lcw", 30)
    assert "each reach 15" in r.route.detail


def test_12_points_is_not_lcw():
    # lcw.1d (6) + lcw.12c (6) = 12 < 15: the highest total below 15 that Sch 6 allows
    r = assess_wca(["lcw.1d", "lcw.12c"], on=ON)
    assert (r.outcome, r.total_points) == ("none", 12)
    assert r.route is None
    assert "below the 15 needed" in r.notes[-1]


def test_9_points_is_not_lcw():
    r = assess_wca(["lcw.8c"], on=ON)  # navigation, unfamiliar surroundings: 9
    assert (r.outcome, r.total_points) == ("none", 9)


def test_nothing_applies_is_not_lcw():
    r = assess_wca([], on=ON)
    assert (r.outcome, r.total_points, r.routes) == ("none", 0, ())


def test_none_of_the_above_descriptors_score_nothing():
    r = assess_wca(["lcw.1e", "lcw.11d"], on=ON)
    assert (r.outcome, r.total_points) == ("none", 0)


def _rules_copy(tmp_path: Path) -> Path:
    root = tmp_path / "rules"
    for sub in ("wca", "pip"):
        shutil.copytree(RULES / "schedules" / sub, root / "schedules" / sub)
    return root


def test_14_points_is_not_lcw(tmp_path):
    # Sch 6 scores only 15, 9, 6 and 0, so no set of real descriptors totals 14.
    # To test the threshold itself, a copy of Sch 6 scores 8(c) at 5 (a made-up value):
    # lcw.1c (9) + lcw.8c (5) = 14 < 15 -> not LCW; add lcw.9b (6) -> 20 -> LCW.
    root = _rules_copy(tmp_path)
    f = root / "schedules" / "wca" / "schedule6.toml"
    text = f.read_text()
    old = 'code = "lcw.8c"\n  text = "Because of sensory impairment, cannot get around unfamiliar surroundings without another person"\n  points = 9'
    assert old in text
    f.write_text(text.replace(old, old[:-1] + "5"))
    sch = Schedules.load(root)
    r = assess_wca(["lcw.1c", "lcw.8c"], on=ON, schedules=sch)
    assert (r.outcome, r.total_points) == ("none", 14)
    r = assess_wca(["lcw.1c", "lcw.8c", "lcw.9b"], on=ON, schedules=sch)
    assert (r.outcome, r.total_points) == ("lcw", 20)


def test_navigation_8b_scores_15_and_gives_lcw_alone():
    # fact sheet open question 8: encoded as 15 (see the note in schedule6.toml)
    assert default_schedules().descriptor("lcw.8b").points == 15
    assert assess_wca(["lcw.8b"], on=ON).outcome == "lcw"


# -- Only the highest descriptor in an activity counts (reg 39(4)) ----------------------

def test_two_descriptors_in_one_activity_only_the_higher_counts():
    # lcw.2b (9) and lcw.2c (6) are both standing-and-sitting: 9 counts, not 9 + 6 = 15
    r = assess_wca(["lcw.2c", "lcw.2b"], on=ON)
    assert (r.outcome, r.total_points) == ("none", 9)
    (score,) = r.activity_scores
    assert (score.descriptor, score.points, score.not_counted) == ("lcw.2b", 9, ("lcw.2c",))


def test_two_descriptors_in_one_activity_with_another_activity():
    # lcw.1a (15) beats lcw.1d (6) in mobilising; plus lcw.11c (6): 15 + 6 = 21
    r = assess_wca(["lcw.1d", "lcw.11c", "lcw.1a"], on=ON)
    # 1(a) is worded as Sch 7 para 1, so the outcome is LCWRA (reg 40(2)(a))
    assert (r.outcome, r.physical_points, r.mental_points) == ("lcwra", 15, 6)
    assert r.points_by_activity() == {"lcw.1": 15, "lcw.11": 6}


def test_two_fifteen_point_descriptors_in_one_activity_count_once():
    # lcw.5a and lcw.5b both score 15 in manual dexterity: 15, not 30
    r = assess_wca(["lcw.5a", "lcw.5b"], on=ON)
    assert r.total_points == 15
    assert r.activity_scores[0].descriptor == "lcw.5a"


# -- Treated as (Schedules 8 and 9) and substantial risk (reg 39(7), 40(6)) ------------------

def test_substantial_risk_gives_lcw_when_points_fall_short():
    # 6 points only, but Sch 8 para 4 substantial risk: LCW on that route
    r = assess_wca(["lcw.15c"], treated_as=["sch8.substantial_risk"], on=ON)
    assert r.outcome == "lcw"
    assert r.route.kind == "substantial_risk"
    assert r.route.reference.endswith("reg 39(6), Sch 8 para 4")


def test_substantial_risk_not_used_when_descriptors_already_give_lcw():
    r = assess_wca(["lcw.10a"], treated_as=["sch8.substantial_risk"], on=ON)
    assert r.outcome == "lcw"
    assert [x.kind for x in r.routes] == ["descriptors"]
    assert any("not needed" in n and "reg 39(7)" in n for n in r.notes)


def test_lcwra_substantial_risk_alone_gives_lcwra():
    r = assess_wca(["lcw.15a"], treated_as=["sch9.substantial_risk"], on=ON)   # getting about: no Sch 7 twin
    assert r.outcome == "lcwra"
    assert r.route.kind == "substantial_risk"
    assert r.route.reference.endswith("reg 40(5), Sch 9 para 4")
    assert not r.lcwra_on_descriptors  # treated as, not on an assessment (matters for reg 40A)


def test_lcwra_substantial_risk_not_used_when_a_schedule7_descriptor_applies():
    r = assess_wca(["lcwra.13"], treated_as=["sch9.substantial_risk"], on=ON)
    assert [x.kind for x in r.routes] == ["descriptors"]
    assert any("reg 40(6)" in n for n in r.notes)


def test_terminal_illness_gives_lcwra_with_no_descriptors():
    r = assess_wca([], treated_as=["sch9.terminally_ill"], on=ON)
    assert r.outcome == "lcwra"
    assert (r.route.kind, r.route.codes) == ("treated_as", ("sch9.terminally_ill",))
    assert r.route.reference.endswith("reg 40(5), Sch 9 para 1")
    assert not r.lcwra_on_descriptors


def test_cancer_treatment_gives_lcwra_even_with_few_points():
    r = assess_wca(["lcw.1d"], treated_as=["sch9.cancer_treatment"], on=ON)
    assert (r.outcome, r.total_points) == ("lcwra", 6)
    assert r.route.reference.endswith("Sch 9 para 3")


def test_hospital_in_patient_treated_as_lcw():
    r = assess_wca([], treated_as=["sch8.hospital"], on=ON)
    assert (r.outcome, r.route.kind) == ("lcw", "treated_as")


def test_lcwra_outranks_lcw_and_both_routes_are_kept_in_the_notes():
    # 15 points gives LCW, and lcwra.9 gives LCWRA: outcome LCWRA, LCW noted
    r = assess_wca(["lcw.11a", "lcwra.9"], on=ON)
    assert r.outcome == "lcwra"
    assert any("LCW is also met" in n for n in r.notes)


def test_descriptor_route_comes_before_treated_as_route():
    r = assess_wca(["lcwra.1"], treated_as=["sch9.terminally_ill"], on=ON)
    assert [x.kind for x in r.routes] == ["descriptors", "treated_as"]


# -- Explicit points per activity ------------------------------------------------------

def test_activity_points_instead_of_descriptors():
    # a decision letter's scores: mobilising 9, learning 6 -> 15
    r = assess_wca(on=ON, activity_points={"lcw.1": 9, "lcw.11": 6})
    assert (r.outcome, r.physical_points, r.mental_points) == ("lcw", 9, 6)
    assert all(s.descriptor is None for s in r.activity_scores)


def test_activity_scored_twice_in_activity_points_is_an_error():
    with pytest.raises(InputError, match="scored twice"):
        assess_wca(on=ON, activity_points=[("lcw.1", 9), ("lcw.1", 6)])


def test_activity_scored_by_points_and_by_descriptor_is_an_error():
    with pytest.raises(InputError, match="also scored by descriptor"):
        assess_wca(["lcw.1d"], on=ON, activity_points={"lcw.1": 9})


def test_activity_points_must_be_a_score_the_activity_gives():
    with pytest.raises(InputError, match="0, 6, 9, 15"):
        assess_wca(on=ON, activity_points={"lcw.1": 10})


def test_activity_points_for_schedule7_is_an_error():
    with pytest.raises(InputError, match="activity_points"):
        assess_wca(on=ON, activity_points={"lcwra.1": 15})


# -- Errors ------------------------------------------------------------------------------

def test_unknown_code_names_it_and_lists_close_codes():
    with pytest.raises(InputError) as e:
        assess_wca(["lcw.18a"], on=ON)
    msg = str(e.value)
    assert "'lcw.18a'" in msg and "closest:" in msg and "lcw.8a" in msg and "lcw.1a" in msg
    assert e.value.field == "descriptors" and e.value.value == "lcw.18a"


def test_unknown_letter_lists_that_activitys_descriptors():
    with pytest.raises(InputError, match="lcw.8a") as e:
        assess_wca(["lcw.8x"], on=ON)
    assert "lcw.8d" in str(e.value)


def test_unknown_treated_as_code():
    with pytest.raises(InputError, match="sch9.terminally_ill"):
        assess_wca([], treated_as=["sch9.terminal"], on=ON)


def test_same_descriptor_twice_is_an_error():
    with pytest.raises(InputError, match="given twice"):
        assess_wca(["lcw.1a", "lcw.1a"], on=ON)


def test_pip_code_in_a_wca_is_an_error_saying_where_it_belongs():
    with pytest.raises(InputError, match="pip.daily_living"):
        assess_wca(["dl.1f"], on=ON)


def test_a_bare_string_is_refused():
    with pytest.raises(InputError, match="list of codes"):
        assess_wca("lcw.1a", on=ON)


def test_date_before_the_schedules_applied():
    with pytest.raises(InputError, match="2013-04-29"):
        assess_wca(["lcw.1a"], on=dt.date(2013, 4, 1))


# -- Earnings bar (reg 41(2)-(3)) -----------------------------------------------------------

def test_earnings_bar_threshold_2026_27():
    # 16 h x £12.71 x 52 / 12 = £881.2266..., to the nearest penny £881.23
    assert earnings_bar_threshold(1271) == 88123


def test_earnings_bar_threshold_2025_26():
    # 16 h x £12.21 x 52 / 12 = £846.56 exactly
    assert earnings_bar_threshold(1221) == 84656


def test_earnings_at_the_threshold_bar_the_assessment():
    bar = EarningsBar(monthly_earnings=88123, threshold=88123)
    r = assess_wca(["lcw.1a", "lcwra.1"], on=ON, earnings_bar=bar)
    assert (r.outcome, r.earnings_bar_applied) == ("none", True)
    assert not r.lcwra_on_descriptors
    assert "reg 41(2)" in r.notes[0]


def test_earnings_a_penny_below_the_threshold_do_not_bar():
    bar = EarningsBar(monthly_earnings=88122, threshold=88123)
    assert assess_wca(["lcw.10a"], on=ON, earnings_bar=bar).outcome == "lcw"


def test_earnings_bar_lifted_for_a_pip_recipient():
    bar = EarningsBar(monthly_earnings=150000, threshold=88123, entitled_to_aa_dla_or_pip=True)
    assert assess_wca(["lcwra.5"], on=ON, earnings_bar=bar).outcome == "lcwra"


def test_earnings_bar_lifted_for_a_review():
    bar = EarningsBar(monthly_earnings=150000, threshold=88123, review_of_earlier_determination=True)
    assert assess_wca(["lcw.10a"], on=ON, earnings_bar=bar).outcome == "lcw"


def test_treated_as_still_counts_under_the_earnings_bar():
    bar = EarningsBar(monthly_earnings=150000, threshold=88123)
    r = assess_wca(["lcw.1a"], treated_as=["sch9.terminally_ill"], on=ON, earnings_bar=bar)
    assert (r.outcome, r.route.kind) == ("lcwra", "treated_as")


def test_earnings_bar_rejects_pounds_as_floats():
    with pytest.raises(InputError, match="monthly_earnings"):
        EarningsBar(monthly_earnings=881.23, threshold=88123)


def test_explain_shows_points_and_route():
    text = assess_wca(["lcw.1c", "lcw.11c"], on=ON).explain()
    assert "total 15" in text and "LCW by descriptors" in text and "reg 39(3)" in text


# -- Properties ------------------------------------------------------------------------------

_SCH6 = default_schedules().descriptor_codes("wca.schedule6")


@settings(max_examples=200, deadline=None)
@given(st.sets(st.sampled_from(_SCH6), max_size=8))
def test_points_are_the_sum_of_each_activitys_best(codes):
    sch = default_schedules()
    best: dict[str, int] = {}
    for c in codes:
        d = sch.descriptor(c)
        best[d.activity] = max(best.get(d.activity, 0), d.points)
    r = assess_wca(sorted(codes), on=ON)
    assert r.total_points == sum(best.values())
    worded_as_sch7 = any(c in SCH6_SAME_AS_SCH7 for c in codes)
    assert r.outcome == ("lcwra" if worded_as_sch7 else "lcw" if sum(best.values()) >= 15 else "none")


@settings(max_examples=200, deadline=None)
@given(st.sets(st.sampled_from(_SCH6 + SCH7), max_size=6), st.sampled_from(_SCH6 + SCH7))
def test_adding_a_descriptor_never_lowers_the_outcome(codes, extra):
    rank = {"none": 0, "lcw": 1, "lcwra": 2}
    before = assess_wca(sorted(codes), on=ON).outcome
    after = assess_wca(sorted(codes | {extra}), on=ON).outcome
    assert rank[after] >= rank[before]


def test_earnings_bar_threshold_from_the_national_living_wage_table():
    # rules/uc/national_living_wage.toml (another module's table): £12.71 from 1 Apr 2026
    # -> 16 x 12.71 x 52 / 12 = £881.23; £12.21 from 1 Apr 2025 -> £846.56
    # A missing table is a failure, not a skip (issue 21): UnknownTable propagates.
    from entitlements.assessments import earnings_bar_threshold_on

    assert earnings_bar_threshold_on(dt.date(2026, 5, 1)) == 88123
    assert earnings_bar_threshold_on(dt.date(2025, 5, 1)) == 84656
    # The rate changes on 1 April itself (GOV.UK 'National Minimum Wage and National
    # Living Wage rates': "The rates change on 1 April every year"; SI 2025/401 reg
    # 1(2): in force 1 April 2025): 31 March 2026 is still £12.21, 1 April £12.71.
    # Mutant killed (sample 4): the 2026 row from 31 March 2026.
    assert earnings_bar_threshold_on(dt.date(2026, 3, 31)) == 84656
    assert earnings_bar_threshold_on(dt.date(2026, 4, 1)) == 88123
    assert earnings_bar_threshold_on(dt.date(2025, 3, 31)) == 79317  # £11.44: 16 x 11.44 x 52 / 12 = £793.1733


def test_terminal_illness_lcwra_with_no_relevant_period():
    # Terminally ill claimant, claim 31 Jan 2026: LCWRA by Sch 9 para 1, and no relevant
    # period (reg 28(5)(a)), so the element is in the first AP, 31 Jan - 27 Feb 2026.
    from entitlements.assessments import lcwra_element_start

    r = assess_wca([], treated_as=["sch9.terminally_ill"], on=dt.date(2026, 1, 31))
    assert r.outcome == "lcwra"
    s = lcwra_element_start(dt.date(2026, 1, 31), terminally_ill="sch9.terminally_ill" in r.treated_as)
    assert (s.included_from, s.assessment_period_end, s.relevant_period_end) == (
        dt.date(2026, 1, 31), dt.date(2026, 2, 27), None)


# -- Sch 6 descriptors worded as Sch 7 descriptors (issue 12 point 1) ---------



def test_mobilising_1a_copied_from_a_report_gives_lcwra_naming_both():
    # Sch 6 1(a) "Cannot, unaided by another person, either: mobilise more than
    # 50 metres ..." is Sch 7 para 1 word for word ("Mobilising unaided by
    # another person ...: Cannot either: mobilise more than 50 metres ...");
    # reg 40(2)(a): at least one Sch 7 descriptor applies -> LCWRA.
    r = assess_wca(["lcw.1a"], on=ON)
    assert r.outcome == "lcwra"
    assert r.lcwra_descriptors == ("lcwra.1",)
    assert r.route.codes == ("lcw.1a", "lcwra.1")
    assert "lcw.1a" in r.route.detail and "lcwra.1" in r.route.detail
    assert "Sch 7 para 1" in r.route.reference and "Sch 6 para 1(a)" in r.route.reference


@pytest.mark.parametrize("sch6, sch7", sorted(SCH6_SAME_AS_SCH7.items()))
def test_each_of_the_13_worded_alike_pairs_gives_lcwra(sch6, sch7):
    r = assess_wca([sch6], on=ON)
    assert (r.outcome, r.lcwra_descriptors) == ("lcwra", (sch7,))


def test_the_13_pairs_are_the_ones_the_schedules_word_alike():
    assert sorted(SCH6_SAME_AS_SCH7, key=lambda c: int(c[4:-1])) == [
        "lcw.1a", "lcw.2a", "lcw.3a", "lcw.4a", "lcw.5a", "lcw.6a", "lcw.7a",
        "lcw.11a", "lcw.12a", "lcw.13a", "lcw.14a", "lcw.16a", "lcw.17a"]
    assert [SCH6_SAME_AS_SCH7[k] for k in sorted(SCH6_SAME_AS_SCH7, key=lambda c: int(c[4:-1]))] == [
        f"lcwra.{n}" for n in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14)]


def test_continence_9a_monthly_is_not_the_weekly_schedule7_descriptor():
    # Sch 6 9(a) "At least once a month experiences ..." vs Sch 7 para 8 "At
    # least once a week": different findings, so 15 points and LCW only.
    r = assess_wca(["lcw.9a"], on=ON)
    assert (r.outcome, r.lcwra_descriptors) == ("lcw", ())


def test_lower_descriptors_of_a_paired_activity_do_not_imply_lcwra():
    assert assess_wca(["lcw.1c", "lcw.11b"], on=ON).outcome == "lcw"   # 9 + 9 = 18 points


def test_activity_points_15_for_mobilising_can_only_be_1a_so_lcwra():
    r = assess_wca(activity_points={"lcw.1": 15}, on=ON)
    assert (r.outcome, r.lcwra_descriptors) == ("lcwra", ("lcwra.1",))


def test_activity_points_15_for_dexterity_may_be_5b_so_only_a_note():
    # 5(a) and 5(b) both score 15; only 5(a) is worded as Sch 7 para 5.
    r = assess_wca(activity_points={"lcw.5": 15}, on=ON)
    assert r.outcome == "lcw"
    assert any("lcw.5a or lcw.5b" in n for n in r.notes)


def test_a_paired_descriptor_under_the_earnings_bar_is_not_counted():
    bar = EarningsBar(monthly_earnings=100000, threshold=88123)
    assert assess_wca(["lcw.1a"], on=ON, earnings_bar=bar).outcome == "none"


def test_schedule7_given_as_well_is_named_once():
    r = assess_wca(["lcw.1a", "lcwra.1"], on=ON)
    assert r.lcwra_descriptors == ("lcwra.1",)
    assert len(r.routes) == 1
