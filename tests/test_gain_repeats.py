"""One outcome counted once (entitlements.io.repeats): an outcomes file as an
adviser team keeps it may hold a row twice, or an award revised on
mandatory reconsideration or appeal as a second row beside the first. Each
such row is an error row saying which row is counted, so the headline never
holds one award twice; outcomes that differ (LCWRA and PIP for one client, a
revision valued from the household holding the first award) still count."""

from __future__ import annotations

import pytest

from entitlements import caseload_gains


def _row(case_id, outcome="lcwra_found", **kw):
    r = {"case_id": case_id, "practice": "P1", "adult1_age": "45", "claim_start": "2025-01-10", "outcome": outcome,
         "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes", "stage": "initial",
         "award_pip_daily_living": "", "adult1_pip_daily_living": ""}
    r.update(kw)
    return r


PIP = dict(outcome="pip_awarded", outcome_date="2025-03-01")


def _by_case(g):
    df = g.to_dataframe()
    return list(zip(df["case_id"], df["valid"], df["annual_gain_pence"].fillna(0).astype(int), df["error"].fillna("")))


def test_a_row_repeated_is_counted_once():
    g = caseload_gains([_row("a"), _row("a"), _row("b")])
    rows = _by_case(g)
    assert [v for _, v, _, _ in rows] == [True, False, True]
    assert rows[1][3] == ("(row): a repeat of row 1 (expected each row once: every cell is that of an earlier row with "
                          "the same case id, so the outcome is counted once, there).")  # records: numbered from 1
    assert g.summary()["confirmed"]["annual_gain_pence"] == 2 * 507936


def test_a_revised_award_counts_the_latest_decision_only():
    initial = _row("a", **PIP, award_pip_daily_living="standard", decision_date="2025-06-01")
    mr = _row("a", **PIP, award_pip_daily_living="enhanced", stage="mandatory_reconsideration",
              decision_date="2025-09-01")
    g = caseload_gains([mr, initial])  # out of date order: the later stage is counted wherever it is
    rows = _by_case(g)
    assert [v for _, v, _, _ in rows] == [True, False]
    assert rows[0][2] == 11040 * 52  # the enhanced rate alone (£110.40 a week in 2025-26), never standard + enhanced
    assert rows[1][3] == ("stage: 'initial' is not allowed: row 1 is the same pip_awarded at its latest decision "
                          "(mandatory_reconsideration, confirmed) (expected one outcome counted once: rows with the "
                          "same case id, outcome, outcome_adult, outcome_date and household are one award, counted at "
                          "its latest decision; a revision still to be decided is valued from the household as it is "
                          "with the award already made, such as its adultN_pip_daily_living).")


def test_a_confirmed_award_is_counted_before_a_predicted_revision():
    initial = _row("a", **PIP, award_pip_daily_living="standard")
    appeal = _row("a", **PIP, award_pip_daily_living="enhanced", stage="appeal", confirmed="no", decision_date="2026-03-01")
    rows = _by_case(caseload_gains([initial, appeal]))
    assert [v for _, v, _, _ in rows] == [True, False]
    assert "adultN_pip_daily_living" in rows[1][3]


def test_different_outcomes_of_one_client_and_a_revision_from_the_award_held_all_count():
    initial = _row("a", **PIP, award_pip_daily_living="standard")
    # The revision valued from the household holding the standard rate: only the increase, its own row.
    appeal = _row("a", **PIP, award_pip_daily_living="enhanced", adult1_pip_daily_living="standard", stage="appeal",
                  decision_date="2025-10-01")
    g = caseload_gains([_row("a"), initial, appeal, _row("", outcome="lcwra_found"), _row("", outcome="lcwra_found")])
    assert g.valid.tolist() == [True, True, True, True, True]  # a blank id repeats nothing
    assert g.annual.tolist()[2] == (11040 - 7390) * 52


def test_the_same_from_a_csv_file_and_a_dataframe(tmp_path):
    pd = pytest.importorskip("pandas")
    rows = [_row("a"), _row("a"), _row("a", **PIP, award_pip_daily_living="standard"),
            _row("a", **PIP, award_pip_daily_living="enhanced", stage="appeal", decision_date="2025-11-01")]
    p = tmp_path / "outcomes.csv"
    pd.DataFrame(rows).to_csv(p, index=False)
    for source in (p, pd.DataFrame(rows), rows):
        g = caseload_gains(source)
        assert g.valid.tolist() == [True, False, False, True], source
        s = g.summary()
        assert s["cases"] == 4 and s["cases_projected"] == 2  # every row kept and accounted for


def test_the_report_counts_these_rows_by_reason_without_row_numbers_or_dates(tmp_path):
    pytest.importorskip("jinja2")
    from entitlements import write_report

    rows = [_row(c, **PIP, award_pip_daily_living="standard") for c in "abcdef"]
    rows += [_row(c, **PIP, award_pip_daily_living="enhanced", stage="appeal", decision_date="2025-11-03") for c in "abcdef"]
    rows += [_row(c) for c in "ghijkl"] * 2
    write_report(rows, tmp_path / "r.html")
    text = (tmp_path / "r.html").read_text()
    assert "(expected one outcome counted once" not in text  # the report's words are "expected ..." after the field
    assert "stage: expected one outcome counted once: rows with the same case id" in text
    assert "(row): expected each row once: every cell is that of an earlier row" in text
    assert "2025-11-03" not in text and "row 1" not in text and "row 7" not in text


@pytest.mark.parametrize("parts", [2, 3, 5])
def test_a_caseload_in_partitions_counts_each_outcome_once_as_one_machine_does(parts):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from entitlements.gain.partitions import gains_partitioned

    rows = [_row("a"), _row("b"), _row("a"), _row("c", **PIP, award_pip_daily_living="standard"), _row("d"),
            _row("c", **PIP, award_pip_daily_living="enhanced", stage="appeal", decision_date="2025-11-01"), _row("b"),
            _row("e"), _row("a", **PIP, award_pip_daily_living="standard"), _row("f")]
    df = pd.DataFrame(rows)
    one = caseload_gains(df)
    s, e = one.summary(), sorted((x["row"], x["reason"]) for x in one.errors())
    assert len(e) == 3  # a and b repeated, c revised (a's PIP is another outcome)
    got = gains_partitioned(dd.from_pandas(df, npartitions=parts))
    s2 = got.summary(scheduler="sync")  # not a distributed client another test left as the default
    assert s2["confirmed"]["annual_gain_pence"] == s["confirmed"]["annual_gain_pence"]
    assert s2["cases_projected"] == s["cases_projected"]
    assert sorted((x["row"], x["reason"]) for x in s2["errors"]) == e  # the same rows, numbered as one machine does
    assert got.frame.compute(scheduler="sync")["error"].fillna("").tolist() == one.to_dataframe()["error"].fillna("").tolist()
