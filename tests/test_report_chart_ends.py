"""The chart of the distribution of the annual gain per case ends at the bars
it draws: a bar of 1 to 4 cases is not drawn, and its range on the axis
would still place the least or the most case's own gain; where one bar is
hidden, the smallest drawn is hidden with it (the report gives the number of
cases, which less the bars drawn would be the hidden bar's count)."""

from __future__ import annotations

from entitlements import caseload_gains
from entitlements.report.charts import report_charts


def case(i: int, **kw) -> dict[str, str]:
    # A single claimant aged 40 found to have LCWRA from 10 Jan 2025, decided 20 Jul 2025: £5,079.36 a year.
    row = {"case_id": f"C{i}", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
           "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes"}
    row.update(kw)
    return row


def distribution(rows):
    g = caseload_gains(rows)
    return next((c for c in report_charts(g, g.summary()) if c.name == "distribution"), None)


def test_one_case_far_above_the_rest_is_not_placed_by_the_axis():
    # Eleven LCWRA cases (£5,079.36) and one PIP award at both enhanced rates (£9,747.40 a year): the bins are
    # £1,000 wide from £0; the one case's bar (£9,000 to 10,000) is not drawn, and the axis no longer reaches it.
    rows = [case(i) for i in range(11)] + [case(99, outcome="pip_awarded", award_pip_daily_living="enhanced",
                                                 award_pip_mobility="enhanced")]
    # Changed deliberately: with one bar hidden, the cases (12, which the report says) less the bars drawn
    # would be its count, so the smallest bar drawn is hidden with it: here the only one, and no chart is drawn.
    assert distribution(rows) is None


def test_one_hidden_bar_cannot_be_counted_from_the_total():
    # 2 PIP daily living standard (£3,842.80), 11 LCWRA (£5,079.36), 6 PIP both enhanced (£9,747.40): the £3,000
    # bar (2) is hidden, and 19 less the bars drawn would be its count: the smallest drawn (6) is hidden with it.
    rows = ([case(i) for i in range(11)] + [case(100 + i, outcome="pip_awarded", award_pip_daily_living="standard")
                                            for i in range(2)]
            + [case(200 + i, outcome="pip_awarded", award_pip_daily_living="enhanced", award_pip_mobility="enhanced")
               for i in range(6)])
    chart = distribution(rows)
    assert chart.labels == ("£5,000 to 6,000",) and chart.values == (11.0,)


def test_no_bar_of_five_cases_no_chart():
    # Four cases: every bar would be of fewer than 5, so there is nothing to draw.
    assert distribution([case(i) for i in range(4)]) is None


def test_a_chart_whose_every_bar_is_hidden_is_not_drawn(tmp_path):
    # Three cases: every group (benefit, month of decision, outcome) is of fewer than 5, so each chart of gains
    # would be an empty frame with an axis of "£0" and "£-0". Not drawn, nor named in the report.
    from entitlements.report import write_report

    g = caseload_gains([case(i) for i in range(3)])
    assert [c.name for c in report_charts(g, g.summary())] == []
    out = tmp_path / "r.md"
    write_report(g, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"] and ".png" not in out.read_text(encoding="utf-8")


def test_a_chart_with_a_bar_drawn_is_kept():
    # Six cases decided in one month: the month's bar is of 6 cases (the other charts likewise).
    g = caseload_gains([case(i) for i in range(6)])
    assert {c.name for c in report_charts(g, g.summary())} >= {"gains_by_benefit", "by_month", "by_outcome"}


def test_the_benefit_chart_hides_the_same_figures_as_the_benefit_table():
    # Confirmed cases by benefit: UC 3 (hidden), PIP 6, DLA 6, Carer's Allowance 10; predicted: PIP 5, DLA 0.
    # The table hides UC and, of the two sixes, one; were the chart to hide the other (choosing by confirmed
    # and predicted together), the two would give UC's figure as the total less the three shown between them.
    import copy

    from entitlements.report.charts import report_charts
    from entitlements.report.sections import NOT_SHOWN, SUPPRESSED, report_context

    g = caseload_gains([case(i) for i in range(10)])
    s = copy.deepcopy(g.summary())
    keys = ["uc", "pip", "dla", "carers_allowance"]
    conf = dict(zip(keys, (3, 6, 6, 10)))
    pred = dict(zip(keys, (0, 5, 0, 0)))
    s["annual_gain_by_benefit_pence"] = {k: 100_000 for k in keys}
    s["confirmed"].update(annual_gain_by_benefit_pence={k: 100_000 for k in keys}, cases_by_benefit=conf, cases=25)
    s["predicted"].update(annual_gain_by_benefit_pence={k: 50_000 for k in keys}, cases_by_benefit=pred, cases=5,
                          annual_gain_weighted_by_benefit_pence={k: 50_000 for k in keys})
    table = next(sec.table for sec in report_context(g, s)["sections"] if sec.heading == "Gains by benefit")
    chart = next(c for c in report_charts(g, s) if c.name == "gains_by_benefit")
    shown_in_table = {r[0] for r in table.rows if r[1] not in (SUPPRESSED, NOT_SHOWN)}
    drawn = {lab for lab, v in zip(chart.labels, chart.stack[0][1]) if v}
    assert drawn <= shown_in_table


def test_a_hidden_bar_says_so_in_the_svg_not_nil():
    # Practice-free caseload by month: July 2025 6 cases, August 2025 7, September 2025 2 cases (hidden) and, with
    # it, the next-smallest, July. Their bars are drawn at nil height (August's is drawn, so the chart is); their
    # tooltips must not say 0.00 (no gain), but that they are not shown.
    from entitlements.report.charts import draw_svg

    rows = ([case(i) for i in range(6)] + [case(50 + i, decision_date="2025-08-20") for i in range(7)]
            + [case(100 + i, decision_date="2025-09-20") for i in range(2)])
    g = caseload_gains(rows)
    chart = next(c for c in report_charts(g, g.summary()) if c.name == "by_month")
    svg = draw_svg(chart)
    assert "Jul 2025: Confirmed: 0.00" not in svg
    assert "Jul 2025: Confirmed: not shown" in svg
