"""Results in a notebook: ``_repr_html_`` is a compact, escaped table of the
headline and the lines with their sources; ``repr`` is one short line; no
array is ever shown (issue 18, "Notebook display")."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from entitlements import Adult, Child, Household, caseload_gains, estimate, estimate_caseload
from entitlements.caseload import Caseload
from entitlements.display import html_card
from entitlements.gain import Outcome, Scenario, income_gain

ON = dt.date(2026, 5, 1)


class _Strict(HTMLParser):
    """Collects the text and the tags; an unescaped ``<script>`` would show as a tag."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def parsed(html: str) -> _Strict:
    p = _Strict()
    p.feed(html)
    return p


def no_array(text: str) -> None:
    assert "array(" not in text and "ndarray" not in text and "dtype" not in text


def test_estimate_shows_the_award_and_each_line_with_its_source():
    h = Household(adults=Adult(age=34, monthly_earnings=90000, lcwra=True), children=(Child(date_of_birth=dt.date(2019, 5, 1)),))
    r = estimate(h, on=ON)
    out = r._repr_html_()
    text = " ".join(parsed(out).text)
    # The award, and a line with its regulation in the source column.
    assert "£841.60 a month" in text
    assert "SI 2013/376" in text
    assert "Standard allowance" in text
    assert str(r.rules) in text
    no_array(out)
    assert len(out) < 20_000
    rep = repr(r)
    assert "\n" not in rep and len(rep) < 250 and "£841.60" in rep
    no_array(rep)


def test_gain_shows_confirmed_or_predicted_and_the_weighted_figure():
    # LCWRA found for a single claimant aged 40, predicted at the initial stage.
    s = Scenario(household=Household(adults=Adult(age=40)), claim_start=dt.date(2025, 1, 10),
                 outcomes=(Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10), decided=dt.date(2025, 7, 20)),))
    g = income_gain(s)
    text = " ".join(parsed(g._repr_html_()).text)
    assert "predicted" in text
    # £423.27 a month x 12 / 52 = £97.676.. -> £97.68 a week; x 52 = £5,079.36 a year.
    assert "£5,079.36" in text and "+£423.27 a month" in text
    assert "weighted" in text
    rep = repr(g)
    assert rep.startswith("<Gain: ") and "£5,079.36" in rep and "\n" not in rep


def test_caseload_estimate_shows_totals_never_rows():
    cl = Caseload.from_csv("examples/caseload.csv")
    e = estimate_caseload(cl, on=ON)
    out = e._repr_html_()
    no_array(out)
    text = " ".join(parsed(out).text)
    s = e.summary()
    assert f"{s['cases']:,}" in text and "Rows that could not be read, by reason" in text
    # No case id is shown: totals only.
    assert not any(str(i) in parsed(out).text for i in cl.ids[:3])
    for r in (repr(e), repr(cl)):
        assert "\n" not in r and len(r) < 250
        no_array(r)


def test_caseload_gains_keeps_confirmed_and_predicted_apart():
    rows = [
        # Confirmed LCWRA: £423.27 a month -> £97.68 a week -> £5,079.36 a year.
        {"case_id": "a", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
         "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes", "practice": "<b>P1</b>"},
        # The same, predicted at the initial stage: shown weighted, on its own line.
        {"case_id": "b", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
         "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "no", "practice": "P2"},
    ]
    g = caseload_gains(rows)
    out = g._repr_html_()
    text = " ".join(parsed(out).text)
    assert "Confirmed: annual income gain (weekly gain x 52) £5,079.36" in text
    w = g.summary()["predicted"]["annual_gain_weighted_pence"]
    assert 0 < w < 507936
    assert f"weighted by the chance of success £{w // 100:,}.{w % 100:02d}" in text
    # Never the sum of confirmed and predicted as one headline: £10,158.72.
    assert "£10,158.72" not in text
    no_array(out)
    assert "\n" not in repr(g) and len(repr(g)) < 300


def test_every_text_is_escaped():
    out = html_card('<script>alert("x")</script>', [("<b>a</b>", "£1 & 2", 'say "hi"')],
                    [("+", "<img src=x onerror=1>", "£1", "SI <1>", "<i>")], notes=["<u>n</u>"], footer="<hr>")
    p = parsed(out)
    assert set(p.tags) <= {"div", "style", "table", "caption", "tbody", "thead", "tr", "th", "td", "p"}
    assert '<script>alert("x")</script>' in "".join(p.text)
    assert "<img" not in out and "&lt;img src=x onerror=1&gt;" in out


def test_a_grouping_value_is_never_markup_and_never_shown():
    rows = [{"case_id": "a", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
             "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes", "practice": "<script>x</script>"}]
    out = caseload_gains(rows)._repr_html_()
    assert "<script>x" not in out


@pytest.mark.parametrize("n", [2000])
def test_a_large_caseload_shows_in_a_few_kilobytes(n):
    cl = Caseload.from_households([Household(adults=Adult(age=30 + i % 30)) for i in range(n)])
    e = estimate_caseload(cl, on=ON)
    assert len(e._repr_html_()) < 5_000
    assert len(repr(e)) < 250 and not re.search(r"\d+, \d+, \d+", repr(e))


def test_by_benefit_splits_into_confirmed_and_predicted():
    g = caseload_gains("examples/synthetic_caseload.csv")
    s = g.summary()
    total, conf, pred = s["annual_gain_by_benefit_pence"], s["confirmed"]["annual_gain_by_benefit_pence"], s["predicted"]["annual_gain_by_benefit_pence"]
    assert {k: conf.get(k, 0) + pred.get(k, 0) for k in total} == total
    assert sum(conf.values()) == s["confirmed"]["annual_gain_pence"]
    # Weighted line by line, each to the penny: within a penny a case of the case-by-case weighting.
    w = sum(s["predicted"]["annual_gain_weighted_by_benefit_pence"].values())
    assert abs(w - s["predicted"]["annual_gain_weighted_pence"]) <= s["predicted"]["cases"]


def test_predicted_interval_is_the_total_interval_less_the_confirmed():
    from entitlements.gain.caseload import predicted_interval

    # Confirmed £10.00 counts in full; the whole weighted total's 90% interval is £15.00 to £25.00,
    # so the predicted part's is £5.00 to £15.00.
    s = {"confirmed": {"annual_gain_pence": 1000},
         "uncertainty": {"level": 0.9, "method": "exact", "annual_gain": {"lower_pence": 1500, "upper_pence": 2500}}}
    assert predicted_interval(s) == (500, 1500, 0.9)
    assert predicted_interval({"confirmed": {"annual_gain_pence": 0}}) is None
    assert predicted_interval({**s, "uncertainty": {**s["uncertainty"], "method": "none"}}) is None


def test_the_benefit_check_shows_its_findings_with_their_legal_basis():
    from entitlements.check import check

    # A single pensioner aged 70 with a State Pension of £170.00 a week, claiming nothing:
    # Pension Credit guarantee credit £238.00 - £170.00 = £68.00 a week (the check's own doctest).
    bc = check(Household(adults=Adult(age=70, state_pension_weekly=17000)), on=dt.date(2026, 6, 1))
    out = bc._repr_html_()
    text = " ".join(parsed(out).text)
    assert "Benefit check on 2026-06-01" in text and "£68.00" in text and "Pension Credit" in text
    no_array(out)
    assert repr(bc).startswith("<BenefitCheck: ") and "\n" not in repr(bc)


def test_a_caseload_check_shows_totals_only():
    from entitlements.check.caseload import check_caseload

    cc = check_caseload([Household(adults=Adult(age=70, state_pension_weekly=17000)) for _ in range(3)], on=dt.date(2026, 6, 1),
                        claims={"universal_credit": False, "pension_credit": False})
    out = cc._repr_html_()
    no_array(out)
    assert "Patients missing something" in " ".join(parsed(out).text)
    assert "\n" not in repr(cc) and len(repr(cc)) < 250
