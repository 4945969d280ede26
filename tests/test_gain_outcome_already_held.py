"""An outcome that awards only what the household already has before advice
is refused, not counted as a case "without a gain": LCWRA found for an
adult with LCWRA, LCW for one with LCW or LCWRA (SI 2013/376 reg 40(1)), the
carer element for a carer, PIP, DLA or Attendance Allowance at no component
above the rate held, Child Benefit already claimed, a cap exemption already
held. One rule (:func:`entitlements.gain.outcomes.held_already`) serves one
household (a one-line error) and a caseload read in columns (an error row
with the same reason; no row lost). A higher rate than held is an outcome.

Before the fix each of these was accepted and valued at £0.00 a year.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from entitlements import Adult, Child, Household, InputError, caseload_gains
from entitlements.gain import Outcome, Scenario, income_gain

F = dt.date(2025, 5, 1)
KID = Child(date_of_birth=dt.date(2020, 1, 1))


def _scenario(household: Household, **outcome) -> Scenario:
    return Scenario(household=household, claim_start=F, outcomes=(Outcome(effective=F, decided=F, confirmed=True, **outcome),))


#: (name, household, outcome, CSV cells of the same case): each awards only what is held.
HELD = [
    ("lcwra", Household(adults=Adult(age=40, lcwra=True)), dict(kind="lcwra_found"),
     "adult1_lcwra=true,outcome=lcwra_found"),
    ("lcw_with_lcwra", Household(adults=Adult(age=40, lcwra=True)), dict(kind="lcw_found"),
     "adult1_lcwra=true,outcome=lcw_found"),
    ("lcw", Household(adults=Adult(age=40, lcw=True)), dict(kind="lcw_found"), "adult1_lcw=true,outcome=lcw_found"),
    ("carer", Household(adults=Adult(age=40, carer=True)), dict(kind="carer_element"),
     "adult1_carer=true,outcome=carer_element"),
    ("pip_same", Household(adults=Adult(age=40, pip_daily_living="standard")),
     dict(kind="pip_awarded", pip_daily_living="standard"),
     "adult1_pip_daily_living=standard,outcome=pip_awarded,award_pip_daily_living=standard"),
    ("pip_lower", Household(adults=Adult(age=40, pip_daily_living="enhanced", pip_mobility="standard")),
     dict(kind="pip_awarded", pip_daily_living="standard", pip_mobility="standard"),
     "adult1_pip_daily_living=enhanced,adult1_pip_mobility=standard,outcome=pip_awarded,"
     "award_pip_daily_living=standard,award_pip_mobility=standard"),
    ("dla_child", Household(adults=Adult(age=40), children=(Child(date_of_birth=dt.date(2020, 1, 1), dla_care="middle"),)),
     dict(kind="dla_awarded", child=1, dla_care="middle"),
     "child1_date_of_birth=2020-01-01,child1_dla_care=middle,outcome=dla_awarded,outcome_child=1,award_dla_care=middle"),
    ("aa", Household(adults=Adult(age=70, attendance_allowance="higher")),
     dict(kind="benefit_claimed", benefit="attendance_allowance", aa_rate="lower"),
     "adult1_age=70,adult1_attendance_allowance=higher,outcome=benefit_claimed,benefit=attendance_allowance,award_aa=lower"),
    ("child_benefit", Household(adults=Adult(age=40), children=(KID,)),
     dict(kind="benefit_claimed", benefit="child_benefit"),
     "child1_date_of_birth=2020-01-01,outcome=benefit_claimed,benefit=child_benefit"),
    ("grace", Household(adults=Adult(age=40), benefit_cap_grace_period=True),
     dict(kind="benefit_cap_exemption", reason="grace_period"),
     "benefit_cap_grace_period=true,outcome=benefit_cap_exemption,cap_exemption_reason=grace_period"),
    ("esa_support", Household(adults=(Adult(age=40), Adult(age=41, esa_support_component=True))),
     dict(kind="benefit_cap_exemption", reason="esa_support_component", adult=2),
     "adult2_age=41,adult2_esa_support_component=true,outcome=benefit_cap_exemption,"
     "cap_exemption_reason=esa_support_component,outcome_adult=2"),
]


def _reason(household, outcome) -> str:
    with pytest.raises(InputError) as e:
        _scenario(household, **outcome)
    assert "\n" not in str(e.value)
    return str(e.value)


def test_lcwra_found_for_an_adult_with_lcwra_is_refused_in_one_line():
    assert _reason(Household(adults=Adult(age=40, lcwra=True)), dict(kind="lcwra_found")) == (
        "outcomes[1].kind: 'lcwra_found' is not allowed (expected an outcome the household does not already have: "
        "adult 1 already has LCWRA before advice (lcwra), so it adds nothing).")


def test_pip_at_the_rate_held_is_refused_naming_the_rate():
    assert _reason(*HELD[4][1:3]) == (
        "outcomes[1].kind: 'pip_awarded' is not allowed (expected an award above the rate adult 1 already has: adult 1 "
        "already gets PIP daily living at the standard rate before advice, so this award adds nothing; an award at a "
        "higher rate is an outcome).")


def test_child_benefit_already_claimed_says_how_to_say_it_is_not():
    assert _reason(*HELD[8][1:3]) == (
        "outcomes[1].benefit: 'child_benefit' is not allowed (expected an outcome the household does not already have: "
        "the household already claims Child Benefit before advice (child_benefit_claimed, true unless given as false: "
        "give false if it is not claimed), so it adds nothing).")


@pytest.mark.parametrize("name, household, outcome, cells", HELD, ids=[h[0] for h in HELD])
def test_each_kind_held_is_refused_on_one_household(name, household, outcome, cells):
    assert "adds nothing" in _reason(household, outcome)


def test_a_higher_rate_than_held_is_an_outcome():
    # PIP daily living standard -> enhanced, 2025-26 weekly rates (SI 2025/295): £110.40 - £73.90 = £36.50;
    # x 52 = £1,898.00 a year. PIP is not income for UC, so that is the whole gain.
    h = Household(adults=Adult(age=40, pip_daily_living="standard"))
    assert income_gain(_scenario(h, kind="pip_awarded", pip_daily_living="enhanced")).annual == 189800
    # LCW held, LCWRA found from the claim's first day 2025-01-10: the relevant period (reg 28) ends 2025-04-09,
    # so the element is in from the period beginning 2025-04-10: £423.27 a month x 12 = £5,079.36.
    s = Scenario(household=Household(adults=Adult(age=40, lcw=True)), claim_start=dt.date(2025, 1, 10),
                 outcomes=(Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10)),))
    assert income_gain(s).annual == 507936


def test_the_partner_becoming_a_carer_is_still_an_outcome():
    # PIP daily living held at the rate awarded, but the award makes the other adult a carer (reg 30): accepted.
    h = Household(adults=(Adult(age=40, pip_daily_living="standard"), Adult(age=41)))
    assert income_gain(_scenario(h, kind="pip_awarded", pip_daily_living="standard", partner_carer=True)).annual > 0
    h2 = Household(adults=(Adult(age=40, pip_daily_living="standard"), Adult(age=41, carer=True)))
    assert "already a carer (carer)" in _reason(h2, dict(kind="pip_awarded", pip_daily_living="standard", partner_carer=True))


def _csv(tmp_path, rows: list[dict[str, str]]) -> str:
    keys = list(dict.fromkeys(k for r in rows for k in r))
    path = tmp_path / "cases.csv"
    path.write_text(",".join(keys) + "\n" + "".join(",".join(r.get(k, "") for k in keys) + "\n" for r in rows),
                    encoding="utf-8")
    return str(path)


def _row(case_id: str, cells: str) -> dict[str, str]:
    row = {"case_id": case_id, "adult1_age": "40", "claim_start": "2025-05-01", "outcome_date": "2025-05-01"}
    row.update(dict(c.split("=") for c in cells.split(",")))
    return row


def test_caseload_in_columns_gives_each_an_error_row_with_the_same_reason(tmp_path):
    # Each held case, then one real outcome (PIP standard -> enhanced, £1,898.00 as above): read in columns.
    rows = [_row(name, cells) for name, _, _, cells in HELD]
    rows.append(_row("higher", "adult1_pip_daily_living=standard,outcome=pip_awarded,award_pip_daily_living=enhanced"))
    g = caseload_gains(_csv(tmp_path, rows))
    assert len(g.valid) == len(HELD) + 1
    assert g.valid.tolist() == [False] * len(HELD) + [True]
    assert g.annual.tolist() == [0] * len(HELD) + [189800]
    errors = g.errors()
    assert [e["case_id"] for e in errors] == [h[0] for h in HELD]
    # A caseload's row names the file's column (outcome, benefit), not the Python API's field (outcomes[1].kind).
    assert [e["reason"] for e in errors] == [re.sub(r"^outcomes\[1\]\.(kind|benefit|reason):",
                                                    lambda m: {"kind": "outcome:", "benefit": "benefit:",
                                                               "reason": "cap_exemption_reason:"}[m.group(1)],
                                                    _reason(h, o)) for _, h, o, _ in HELD]
    # The same rows given as records (read one by one) give the same reasons.
    assert [e["reason"] for e in caseload_gains(rows).errors()] == [e["reason"] for e in errors]


# -- property: the caseload read in columns refuses exactly the rows one household refuses ---------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_RATES = {"pip": ["", "standard", "enhanced"], "dla_care": ["", "lowest", "middle", "highest"], "aa": ["", "lower", "higher"]}
_OUTCOMES = [
    "outcome=lcwra_found", "outcome=lcw_found", "outcome=carer_element", "outcome=benefit_claimed,benefit=child_benefit",
    "outcome=pip_awarded,award_pip_daily_living=standard", "outcome=pip_awarded,award_pip_daily_living=enhanced",
    "outcome=pip_awarded,award_pip_daily_living=standard,partner_carer=yes",
    "outcome=dla_awarded,outcome_child=1,award_dla_care=middle",
    "outcome=benefit_cap_exemption,cap_exemption_reason=esa_support_component",
    "outcome=benefit_cap_exemption,cap_exemption_reason=grace_period",
]


@st.composite
def _case(draw, i: int = 0):
    adult = draw(st.sampled_from(["1", "2"]))
    row = {"case_id": f"c{i}", "adult1_age": "40", "adult2_age": "41", "claim_start": "2025-05-01",
           "outcome_date": "2025-05-01", "outcome_adult": adult, "child1_date_of_birth": "2020-01-01",
           "child_benefit_claimed": draw(st.sampled_from(["yes", "no"])),
           "benefit_cap_grace_period": draw(st.sampled_from(["", "yes"])),
           "child1_dla_care": draw(st.sampled_from(_RATES["dla_care"]))}
    for k in ("1", "2"):
        row[f"adult{k}_lcw"] = draw(st.sampled_from(["", "yes"]))
        row[f"adult{k}_lcwra"] = draw(st.sampled_from(["", "yes"]))
        row[f"adult{k}_carer"] = draw(st.sampled_from(["", "yes"]))
        row[f"adult{k}_pip_daily_living"] = draw(st.sampled_from(_RATES["pip"]))
        row[f"adult{k}_esa_support_component"] = draw(st.sampled_from(["", "yes"]))
    row.update(dict(c.split("=") for c in draw(st.sampled_from(_OUTCOMES)).split(",")))
    return row


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_case(), min_size=8, max_size=8))
def test_property_columns_refuse_the_rows_one_household_refuses(tmp_path_factory, rows):
    from entitlements.io.outcomes import scenario_or_reason

    rows = [{**r, "case_id": f"c{i}"} for i, r in enumerate(rows)]
    g = caseload_gains(_csv(tmp_path_factory.mktemp("p"), rows))
    alone = [scenario_or_reason(r)[1] for r in rows]
    assert g.valid.tolist() == [not why for why in alone]
    assert [e["reason"] for e in g.errors()] == [why for why in alone if why]
