"""A caseload's gains as the funders see them, worked by hand: the chance of
success by outcome and stage, the weighted gains, the distribution of the
annual gain and the row written for each case (issue 21: mutants of
``gain/probability.py``, ``gain/summary.py`` and ``gain/caseload.py`` that
no test failed).

The published success rates (rules/gain/, each row with its source): WCA
(LCWRA) at the initial decision 64%, LCW 80%, at mandatory reconsideration
24%, at appeal 49%; PIP 44%, 22% and 69%; DLA at appeal 59%. A predicted
(not confirmed) outcome's gain is weighted by its rate, to the nearest penny
with a half rounded up (the convention entitlements.gain.probability states).

The cases (see tests/test_caseload_worked.py, where they are worked):
a single claimant found to have LCWRA on evidence of 6 April 2026 gains
£217.26 a month, annual (weekly x 52) £2,607.28; a single claimant awarded
PIP daily living at the standard rate in 2025 gains £73.90 a week, annual
£3,842.80.
"""

from __future__ import annotations

import pytest

from entitlements import caseload_gains
from test_caseload_worked import _carer_record, _lcwra_record, _pip_record


def _predicted(record: dict, stage: str, case_id: str) -> dict:
    return dict(record, case_id=case_id, confirmed="no", stage=stage)


@pytest.fixture(scope="module")
def predicted():
    lcwra = _lcwra_record("x", "2026-04-06")
    pip = _pip_record("x", "")
    rows = [
        _predicted(lcwra, "appeal", "lcwra appeal"),
        _predicted(lcwra, "mandatory_reconsideration", "lcwra MR"),
        _predicted(lcwra, "initial", "lcwra initial"),
        _predicted(pip, "mandatory_reconsideration", "pip MR"),
        _predicted(pip, "appeal", "pip appeal"),
        _predicted(pip, "initial", "pip initial"),
    ]
    return caseload_gains(rows, horizon_months=6)


def test_each_predicted_case_takes_the_rate_published_for_its_outcome_and_stage(predicted):
    # Mutants killed: the (outcome, stage) match with either half negated or
    # dropped, which gives a case another outcome's or another stage's rate.
    assert predicted.valid.all(), predicted.reasons
    rows = list(predicted.rows())
    assert [r["probability"] for r in rows] == [0.49, 0.24, 0.64, 0.22, 0.69, 0.44]
    assert {r["probability_source"] for r in rows} == {"published"}


def test_weighted_annual_gains_to_the_nearest_penny(predicted):
    # 2,607.28 x 49% = 1,277.5672 -> 1,277.57; x 24% = 625.7472 -> 625.75;
    # x 64% = 1,668.6592 -> 1,668.66; 3,842.80 x 22% = 845.416 -> 845.42;
    # x 69% = 2,651.532 -> 2,651.53; x 44% = 1,690.832 -> 1,690.83.
    # Mutant killed: the weighting rounded up (2,651.54, 1,690.84).
    assert [int(a) for a in predicted.annual] == [260728] * 3 + [384280] * 3
    assert predicted.weighted(predicted.annual).tolist() == [127757, 62575, 166866, 84542, 265153, 169083]
    assert [r["annual_gain_weighted_pence"] for r in predicted.rows()] == [127757, 62575, 166866, 84542, 265153, 169083]


def test_distribution_of_the_annual_gain_by_rank(predicted):
    # Annual gains (unweighted) sorted: 2,607.28 x 3, 3,842.80 x 3. Percentiles
    # by linear interpolation between ranks (n - 1) x p: p25 rank 1.25 ->
    # 2,607.28; median rank 2.5 -> (2,607.28 + 3,842.80) / 2 = 3,225.04; p75
    # rank 3.75 -> 3,842.80; p90 rank 4.5 -> 3,842.80; p10 rank 0.5 -> 2,607.28;
    # mean (3 x 2,607.28 + 3 x 3,842.80) / 6 = 3,225.04.
    # Mutant killed: a percentile read from the wrong rank.
    d = predicted.summary()["distribution_of_annual_gain"]
    assert d == {"min_pence": 260728, "p10_pence": 260728, "p25_pence": 260728, "median_pence": 322504,
                 "p75_pence": 384280, "p90_pence": 384280, "max_pence": 384280, "mean_pence": 322504}


def test_distribution_p75_and_p90_differ_for_five_cases():
    # Five confirmed cases: LCWRA on evidence of 5 April 2026 (protected,
    # annual 99.18 x 52 = 5,157.36), on 6 April (2,607.28) and PIP (3,842.80),
    # and PIP twice more. Sorted: 2,607.28, 3,842.80 x 3, 5,157.36; p75 rank 3
    # -> 3,842.80; p90 rank 3.6 -> 3,842.80 + 0.6 x 1,314.56 = 4,631.536
    # -> 4,631.54; p10 rank 0.4 -> 2,607.28 + 0.4 x 1,235.52 = 3,101.488
    # -> 3,101.49.
    rows = [_lcwra_record("a", "2026-04-05"), _lcwra_record("b", "2026-04-06")] + \
        [_pip_record(f"p{i}", "") for i in range(3)]
    d = caseload_gains(rows, horizon_months=6).summary()["distribution_of_annual_gain"]
    assert (d["p10_pence"], d["p75_pence"], d["p90_pence"]) == (310149, 384280, 463154)


def test_a_case_row_says_what_it_is_and_leaves_no_recurring_date_blank_as_a_date():
    # The first outcome kind (lcwra_found) still shows whether it was
    # confirmed; a case whose award ends in the decision's period has no
    # recurring gain and no date it recurs from (blank, not a date centuries
    # away). Mutants killed: the first kind taken for "no kind"; the
    # "never" day written as a date.
    rows = [_lcwra_record("lcwra", "2026-04-06"), _pip_record("ends", "2025-08-20"), _pip_record("later", "2025-09-20")]
    out = list(caseload_gains(rows, horizon_months=6).rows())
    assert (out[0]["outcome"], out[0]["confirmed"], out[0]["recurring_from"]) == ("lcwra_found", True, "2026-08-20")
    assert (out[1]["recurring_from"], out[2]["recurring_from"]) == ("", "2025-08-10")


def test_cases_with_a_gain_count_only_an_annual_gain_over_nil():
    # Two confirmed carer element cases (tests/test_caseload_worked.py): the caring ends 20 August 2025, in
    # the decision's AP: annual gain nil (arrears only, 3 x £201.68 = £605.04); ends 20 September 2025:
    # annual 20168 x 12 / 52 = 4654.15.. -> £46.54 a week, x 52 = £2,420.08. Both projected, one with a gain.
    # (Issue 21, mutation sample 6: `annual > 0` made `>= 0` counted the nil case too, unseen.)
    g = caseload_gains([_carer_record("ends", "2025-08-20"), _carer_record("later", "2025-09-20")], horizon_months=6)
    assert [int(a) for a in g.annual] == [0, 242008]
    s = g.summary()
    assert (s["cases"], s["cases_projected"], s["cases_with_a_gain"]) == (2, 2, 1)
