"""The funders' report shows a distribution's median and quartiles only from
10 cases, its 10% and 90% points only from 20 (with fewer, each is close to
one person's own gain), and the mean from 5, in every format."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import caseload_gains
from entitlements.report import render_html, render_markdown
from entitlements.report.disclosure import percentiles_shown

MADE = dt.date(2026, 12, 5)


def case(i: int) -> dict[str, str]:
    # A single claimant aged 40 found to have LCWRA from 10 Jan 2025, decided 20 Jul 2025: £423.27 a month,
    # x 12 / 52 = £97.68 a week, x 52 = £5,079.36 a year, shown as £5,079 (every case alike).
    return {"case_id": f"C{i}", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
            "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes", "practice": "A"}


def distribution_row(md: str) -> str:
    section = md.split("## Distribution of the annual gain per case", 1)[1]
    return [line for line in section.splitlines() if line.startswith("| ") and "Mean" not in line][0]


@pytest.mark.parametrize(("cases", "row"), [
    (7, "| not shown (fewer than 20) | not shown (fewer than 10) | not shown (fewer than 10) | not shown (fewer than 10) "
        "| not shown (fewer than 20) | £5,079 |"),
    (12, "| not shown (fewer than 20) | £5,079 | £5,079 | £5,079 | not shown (fewer than 20) | £5,079 |"),
    (20, "| £5,079 | £5,079 | £5,079 | £5,079 | £5,079 | £5,079 |"),
])
def test_percentiles_need_enough_cases_markdown_and_html(cases, row):
    g = caseload_gains([case(i) for i in range(cases)])
    assert distribution_row(render_markdown(g, made=MADE)) == row
    html = render_html(g, made=MADE)
    assert html.count("not shown (fewer than 10)") == row.count("fewer than 10")
    assert html.count("not shown (fewer than 20)") == row.count("fewer than 20")


def test_the_rule_at_its_edges():
    assert not any(percentiles_shown(4).values())
    assert [k for k, v in percentiles_shown(9).items() if v] == ["mean_pence"]
    assert [k for k, v in percentiles_shown(10).items() if v] == ["p25_pence", "median_pence", "p75_pence", "mean_pence"]
    assert [k for k, v in percentiles_shown(19).items() if v] == ["p25_pence", "median_pence", "p75_pence", "mean_pence"]
    assert all(percentiles_shown(20).values())


@pytest.mark.parametrize(("confirmed", "predicted"), [(6, 2), (2, 6)])
def test_the_mean_is_hidden_where_it_would_give_a_hidden_total_away(confirmed, predicted):
    # The mean is over every case projected, confirmed and predicted (unweighted) alike, and the report says how
    # many were projected: mean x cases - the confirmed total (shown) is the predicted cases' own total, which the
    # headline hides where they are 1 to 4 (and the other way round, with the unweighted predicted figure said).
    rows = [case(i) for i in range(confirmed)] + [
        {**case(100 + i), "confirmed": "no", "probability": "0.5", "decision_date": "2025-09-20"} for i in range(predicted)]
    md = render_markdown(caseload_gains(rows), made=MADE)
    assert distribution_row(md).endswith("| not shown (fewer than 5 confirmed or predicted) |")
    assert "£5,079 |" not in distribution_row(md)
