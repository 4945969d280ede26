"""The funders' report (issue 18): rendered from its templates, headed by its
title, reporting period, date made and rules version, with the "estimates"
caveat; confirmed and predicted gains never added together; human labels;
gains over time; groups under 5 suppressed; no personal data."""

from __future__ import annotations

import datetime as dt
import re
import sys
import zipfile
from pathlib import Path

import pytest

from entitlements import EntitlementsError, caseload_gains
from entitlements.report import render_html, render_markdown, write_report
from entitlements.report.sections import CAVEAT

ROOT = Path(__file__).resolve().parents[1]
MADE = dt.date(2026, 12, 5)


def case(case_id: str, **kw) -> dict[str, str]:
    # A single claimant aged 40 found to have LCWRA from 10 Jan 2025, decided 20 Jul 2025:
    # £423.27 a month, x 12 / 52 = £97.676... -> £97.68 a week, x 52 = £5,079.36 a year (507,936p).
    row = {"case_id": case_id, "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
           "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes", "practice": "Practice A",
           "imd_decile": "1"}
    row.update(kw)
    return row


def five_and_five() -> list[dict[str, str]]:
    """Five confirmed cases, and five predicted each with a given chance of one half."""
    return ([case(f"C{i}") for i in range(5)]
            + [case(f"P{i}", confirmed="no", probability="0.5", decision_date="2025-09-20") for i in range(5)])


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", re.sub(r"<(style|script)\b.*?</\1>", " ", html, flags=re.S)).split())


def test_the_headline_keeps_confirmed_and_predicted_apart():
    g = caseload_gains(five_and_five())
    html = render_html(g, made=MADE, plots=False)
    text = text_of(html)
    # Confirmed: 5 x 507,936p = 2,539,680p -> £25,397.
    # Predicted, weighted: 5 x (507,936 x 1/2 = 253,968p) = 1,269,840p -> £12,698.
    assert "Annual income gain (weekly gain x 52) £25,397 £12,698" in text
    assert "Confirmed Predicted, weighted by the chance of success" in text
    # Never the two added: 3,809,520p -> £38,095; nor confirmed plus unweighted predicted: £50,794.
    assert "£38,095" not in text and "£50,794" not in text
    # The unweighted predicted figure is said, as what it is.
    assert "If every predicted outcome were won, their annual gain would be £25,397" in text
    assert "90% interval" in text
    md = render_markdown(g, made=MADE)
    assert "| Annual income gain (weekly gain x 52) | £25,397 | £12,698 |" in md
    assert "£38,095" not in md


def test_title_period_date_rules_and_caveat(tmp_path):
    out = tmp_path / "r.html"
    g = write_report(five_and_five(), out, title="Coventry HJP <2025>", period="April 2025 to March 2026", made=MADE, plots=False)
    html = out.read_text("utf-8")
    text = text_of(html)
    assert "<h1>Coventry HJP &lt;2025&gt;</h1>" in html
    assert "Reporting period: April 2025 to March 2026" in text
    assert "Made on 5 December 2026" in text
    assert str(g.rules) in text
    assert " ".join(CAVEAT.split()) in text and "estimates" in CAVEAT


def test_human_labels_and_gains_over_time():
    rows = five_and_five() + [case(f"X{i}", imd_decile="10", decision_date="2025-08-02") for i in range(5)]
    html = render_html(caseload_gains(rows), made=MADE)
    text = text_of(html)
    assert "Imd decile" not in text and "imd_decile" not in text and "lcwra_found" not in text
    assert "By deprivation decile (IMD)" in text and "1 (most deprived)" in text and "10 (least deprived)" in text
    assert "By GP practice" in text and "LCWRA found" in text
    # Gains by month of decision: July 2025 (5 confirmed), August 2025 (5 confirmed), September 2025 (5 predicted).
    section = text.split("Gains over time, by month of decision")[1].split("Distribution")[0]
    assert "Jul 2025 5 5 £25,397 £0" in section
    assert "Aug 2025 5 5 £25,397 £0" in section
    assert "Sep 2025 5 5 £0 £12,698" in section
    assert html.count("<figure>") >= 4  # by benefit, by month, distribution, by decile, by outcome


def test_groups_under_five_are_suppressed():
    rows = [case(f"A{i}") for i in range(6)] + [case(f"B{i}", practice="Practice B") for i in range(3)]
    md = render_markdown(caseload_gains(rows), made=MADE)
    practice = md.split("## By GP practice")[1].split("##")[0]
    # Practice A: 6 x 507,936p = 3,047,616p -> £30,476. Practice B has 3 cases: no figure.
    # Changed deliberately (secondary suppression): with Practice B hidden,
    # Practice A's figures would give B's as the headline's total less A's
    # (9 - 6 = 3 cases; £45,714 - £30,476 = £15,238), so A's are not shown.
    assert "| Practice A | not shown | not shown | not shown | not shown |" in practice
    assert "| Practice B | fewer than 5 |  |  |  |" in practice
    assert "£15,238" not in md  # Practice B's 3 x 507,936p = £15,238.08
    assert "£30,476" not in md


def test_one_small_group_cannot_be_recovered_by_differencing_the_total():
    # Practice A 8 cases, B 6, C 3, each a confirmed LCWRA award of 507,936p a
    # year. Headline confirmed: 17 x 507,936 = 8,634,912p -> £86,349.
    # A: 8 x 507,936 = 4,063,488p -> £40,635; B: 6 x = 3,047,616p -> £30,476;
    # C: 3 x = 1,523,808p -> £15,238. Were B shown, £86,349 - £40,635 -
    # £30,476 = £15,238 and 17 - 8 - 6 = 3 would be C's: B, the next-smallest,
    # is hidden in every column, so total less shown is B + C (£45,714, 9).
    rows = ([case(f"A{i}") for i in range(8)] + [case(f"B{i}", practice="Practice B") for i in range(6)]
            + [case(f"C{i}", practice="Practice C") for i in range(3)])
    md = render_markdown(caseload_gains(rows), made=MADE)
    assert "| Annual income gain (weekly gain x 52) | £86,349 |" in md
    practice = md.split("## By GP practice")[1].split("##")[0]
    assert "| Practice A | 8 | 8 | £40,635 | £0 |" in practice
    assert "| Practice B | not shown | not shown | not shown | not shown |" in practice
    assert "| Practice C | fewer than 5 |  |  |  |" in practice
    assert "£30,476" not in md and "£15,238" not in md
    # Two groups under 5: each hidden, nothing more (their sum is all the total gives).
    rows = rows[:14] + [case(f"C{i}", practice="Practice C") for i in range(3)] + [case(f"D{i}", practice="Practice D") for i in range(2)]
    practice = render_markdown(caseload_gains(rows), made=MADE).split("## By GP practice")[1].split("##")[0]
    assert "| Practice A | 8 | 8 | £40,635 | £0 |" in practice and "| Practice B | 6 | 6 | £30,476 | £0 |" in practice


def test_a_benefit_of_fewer_than_five_cases_and_the_next_are_hidden():
    # Six confirmed LCWRA cases (UC: 6 x 507,936p = 3,047,616p -> £30,476)
    # and two confirmed PIP awards (daily living standard £73.90 a week in
    # 2025-26, x 52 = £3,842.80 each; £7,685.60 for two). The PIP figure is
    # about 2 cases: hidden; the headline shows the total (£38,162), so UC's
    # figure, the only other, is hidden too: the total less it would be PIP's.
    rows = [case(f"A{i}") for i in range(6)] + [
        case(f"P{i}", outcome="pip_awarded", award_pip_daily_living="standard", award_pip_mobility="none") for i in range(2)]
    g = caseload_gains(rows)
    assert g.summary()["confirmed"]["cases_by_benefit"] == {"uc": 6, "pip": 2}
    md = render_markdown(g, made=MADE)
    assert "| Annual income gain (weekly gain x 52) | £38,162 |" in md
    section = md.split("## Gains by benefit")[1].split("##")[0]
    assert "| Universal Credit | not shown | £0 |" in section and "| PIP | fewer than 5 | £0 |" in section
    assert "£30,476" not in md and "£7,686" not in md


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=8), st.data())
def test_no_column_hides_exactly_one_figure_property(counts, data):
    # Whatever the cells, after suppression a column hides no figure, or
    # hides at least two (or the one cell there is, whose total is itself
    # hidden); every cell about 1-4 cases is hidden.
    from entitlements.report.disclosure import suppressed_cells

    hidden = data.draw(st.sets(st.integers(0, len(counts) - 1), max_size=2))
    out = suppressed_cells(counts, hidden)
    assert {i for i, n in enumerate(counts) if 0 < n < 5} | hidden <= out
    assert len(out) != 1 or len(counts) == 1


def test_the_reporting_period_is_a_name_and_the_report_says_what_it_covers(tmp_path):
    # --period selects no cases: five decided in July 2025 and five predicted
    # for September 2025 are all in the report, which says so beside the period.
    out = tmp_path / "r.md"
    write_report(five_and_five(), out, period="April 2026 to March 2027", made=MADE, plots=False)
    md = out.read_text("utf-8")
    assert ("Reporting period: April 2026 to March 2027. It covers every case in the caseload, whatever its decision "
            "date (decisions from Jul 2025 to Sep 2025)") in " ".join(md.split())
    assert "| Cases | 5 | 5 |" in md


def test_no_personal_data_reaches_the_report(tmp_path):
    rows = [case(f"NHS-{9000000000 + i}", keep_note="lives at 1 Secret Lane", adult1_age=str(40 + i)) for i in range(6)]
    rows.append(case("NHS-9999999999", adult1_age="-3", keep_note="Mrs Example"))
    for name in ("r.html", "r.md"):
        write_report(rows, tmp_path / name, made=MADE, plots=False)
        text = (tmp_path / name).read_text("utf-8").replace("\\", "")  # Markdown's escapes
        assert "NHS-" not in text and "Secret Lane" not in text and "Mrs Example" not in text
        assert "-3" not in text  # the bad row's value: counted by reason only
        assert "adult1_age: expected a whole number" in text


def test_a_row_failing_on_dates_is_counted_without_its_dates():
    g = caseload_gains(str(ROOT / "examples" / "synthetic_caseload.csv"))
    md = render_markdown(g, made=MADE)
    errors = md.split("## Rows that could not be projected")[1]
    assert "2024-06-23" not in errors and "A child is 20 or over, or not yet born, in a period" in errors


def test_markup_in_a_grouping_value_stays_text():
    rows = [case(f"A{i}", practice="<script>alert(1)</script> | *x*") for i in range(5)]
    g = caseload_gains(rows)
    html = render_html(g, made=MADE)
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = render_markdown(g, made=MADE)
    assert "<script>" not in md and "\\| \\*x\\*" in md


def test_without_jinja2_a_one_line_error_before_any_work(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "jinja2", None)
    with pytest.raises(EntitlementsError, match=r"pip install 'entitlements\[report\]'"):
        write_report(five_and_five(), tmp_path / "r.html")
    assert not (tmp_path / "r.html").exists()


def test_the_templates_are_in_the_package():
    from importlib.resources import files

    t = files("entitlements.report") / "templates"
    assert (t / "report.html").is_file() and (t / "report.md").is_file()
    # The wheel ships every file under src/entitlements (hatch), the templates with them.
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'packages = ["src/entitlements"]' in pyproject and "jinja2" in pyproject.lower()


def test_the_headline_hides_a_count_of_fewer_than_5_cases():
    # Seven confirmed cases and two predicted: the predicted count (2) is a group of fewer than 5, and the
    # confirmed count would give it away (cases projected 9 - 7 = 2), so it is not shown either; the
    # confirmed amounts are about 7 cases and stay: 7 x 507,936p = 3,555,552p -> £35,556.
    rows = ([case(f"C{i}") for i in range(7)]
            + [case(f"P{i}", confirmed="no", probability="0.5", decision_date="2025-09-20") for i in range(2)])
    md = render_markdown(caseload_gains(rows), made=MADE)
    assert "| Cases | not shown | fewer than 5 |" in md
    assert "| Annual income gain (weekly gain x 52) | £35,556 | fewer than 5 |" in md
    # Three cases in all: the count projected is itself a group of fewer than 5.
    md = render_markdown(caseload_gains([case(f"C{i}") for i in range(3)]), made=MADE)
    assert "| Cases | fewer than 5 | 0 |" in md
    # Changed deliberately: nor the number of cases in all ("3 cases: fewer than 5 in all projected").
    assert "3 of 3" not in md and "3 cases" not in md and "Fewer than 5 cases in all." in md


def test_the_method_does_not_count_cases_the_headline_hides():
    # Six confirmed, two predicted with a given chance: the headline hides both counts ("not shown", "fewer
    # than 5"); the method's count of cases by where their chance came from must not say them again.
    rows = ([case(f"C{i}") for i in range(6)]
            + [case(f"P{i}", confirmed="no", probability="0.5", decision_date="2025-09-20") for i in range(2)])
    md = render_markdown(caseload_gains(rows), made=MADE)
    assert "| Cases | not shown | fewer than 5 |" in md
    assert "confirmed 6" not in md and "given 2" not in md
    assert "cases: confirmed not shown, given fewer than 5." in md


def test_a_count_projected_of_fewer_than_5_is_not_given_by_the_rows_that_could_not_be():
    # Eight rows, two projected (both confirmed), six with an age that cannot be read: "2 of 8" (or "6 could not
    # be") would give the confirmed count the headline hides.
    rows = [case(f"C{i}") for i in range(2)] + [case(f"E{i}", adult1_age="forty") for i in range(6)]
    md = render_markdown(caseload_gains(rows), made=MADE)
    assert "| Cases | fewer than 5 | 0 |" in md
    assert "2 of 8" not in md and "6 could not be" not in md and "| 6 |" not in md
    assert "8 cases: fewer than 5 of 8 (the others could not be: because" in md


def test_a_one_off_figure_made_by_fewer_than_5_cases_is_hidden():
    # Six confirmed cases, one with a lump sum of £250 and one with a debt of £300 written off: the headline's
    # lump sums and debts would be that one person's own figures, so they are not shown; the annual gain (six
    # cases) is.
    rows = [case(f"C{i}") for i in range(6)]
    rows[0]["lump_sum"], rows[1]["debt_written_off"] = "250.00", "300.00"
    s = caseload_gains(rows).summary()
    assert (s["confirmed"]["cases_with_lump_sum"], s["confirmed"]["cases_with_debt_written_off"]) == (1, 1)
    md = render_markdown(caseload_gains(rows), made=MADE)
    assert "| Lump sums (one-off) | fewer than 5 | £0 |" in md
    assert "| Debts written off | fewer than 5 | £0 |" in md
    assert "£250" not in md and "£300" not in md
    assert "| Annual income gain (weekly gain x 52) | £30,476 | £0 |" in md


def test_a_group_where_1_to_4_cases_gain_nothing_hides_its_count_with_a_gain():
    # Practice A: 6 cases, 5 with a gain: 6 less 5 would say that one person's outcome gained nothing.
    from entitlements.report.sections import NOT_SHOWN, SUPPRESSED, _group_rows

    def block(cases, gain):
        return {"cases": cases, "cases_with_a_gain": gain, "confirmed_cases": cases, "predicted_cases": 0,
                "confirmed_annual_gain_pence": cases * 500_000, "predicted_annual_gain_weighted_pence": 0}

    rows = _group_rows({"A": block(6, 5), "B": block(20, 20), "C": block(9, 9)})
    # Hidden as "not shown" (it is 5, not fewer than 5: it is the count without a gain that is 1).
    assert [r[2] for r in rows] == [NOT_SHOWN, "20", NOT_SHOWN]
    assert rows[0][1] == "6" and rows[0][3] == "£30,000"


def test_group_by_local_authority_a_household_column_too():
    # local_authority is read for the household (Council Tax Reduction) and is a grouping column of the report.
    rows = [case(f"C{i}", local_authority="Coventry") for i in range(6)] + [case(f"W{i}", local_authority="Warwick")
                                                                            for i in range(5)]
    g = caseload_gains(rows)
    assert list(g.summary(["local_authority"])["by_group"]["local_authority"]) == ["Coventry", "Warwick"]
    md = render_markdown(g, made=MADE, group_by=["local_authority"])
    assert "| Local authority | Cases |" in md and "| Coventry | 6 |" in md


def test_predicted_patients_gaining_lcw_of_fewer_than_5_are_hidden():
    # Five predicted PIP awards and one predicted LCWRA (chance 0.6): "0.6" patients gaining LCW or LCWRA (and
    # 5 GP appointments) would be that one person's outcome and chance.
    rows = ([case(f"C{i}") for i in range(5)]
            + [case(f"P{i}", confirmed="no", probability="0.5", decision_date="2025-09-20", outcome="pip_awarded",
                    award_pip_daily_living="standard") for i in range(5)]
            + [case("L", confirmed="no", probability="0.6", decision_date="2025-09-20")])
    md = render_markdown(caseload_gains(rows), made=MADE)
    assert "| Patients gaining LCW or LCWRA | 5 | fewer than 5 |" in md
    assert "| GP appointments saved a year | 40 | fewer than 5 |" in md


def test_a_group_hidden_in_one_table_cannot_be_worked_out_from_a_table_it_nests_in():
    # Deciles 1 (10 cases), 2 (2) and 5 (8); Core20 is deciles 1 and 2. The decile table hides 2 and, as the
    # next-smallest, 5; Core20 "Yes" (12) less decile 1 (10) would be decile 2's 2 cases, and "No" decile 5's 8.
    rows = ([case(f"A{i}", imd_decile="1", core20="yes") for i in range(10)]
            + [case(f"B{i}", imd_decile="2", core20="yes") for i in range(2)]
            + [case(f"C{i}", imd_decile="5", core20="no") for i in range(8)])
    g = caseload_gains(rows)
    from entitlements.report.sections import report_context

    sections = {sec.heading: sec.table.rows for sec in report_context(g, g.summary(["imd_decile", "core20"]), made=MADE)["sections"]}
    deciles = {r[0]: r for r in sections["By deprivation decile (IMD)"]}
    core20 = {r[0]: r for r in sections["By Core20 (the most deprived 20% of areas)"]}
    for col in range(1, 5):
        shown = lambda r: r[col] not in ("fewer than 5", "not shown", "")  # noqa: E731
        assert not shown(deciles["2"])
        # Decile 2 is Core20 "Yes" less decile 1: never both shown.
        assert not (shown(core20["Yes"]) and shown(deciles["1 (most deprived)"])), col
        assert not (shown(core20["No"]) and not shown(deciles["5"]) and shown(core20["Yes"])), col


def test_the_decile_chart_hides_what_the_decile_table_hides_with_core20_known():
    from entitlements.report.charts import report_charts
    from entitlements.report.sections import report_context

    rows = ([case(f"A{i}", imd_decile="1", core20="yes") for i in range(10)]
            + [case(f"B{i}", imd_decile="2", core20="yes") for i in range(2)]
            + [case(f"C{i}", imd_decile="5", core20="no") for i in range(8)])
    g = caseload_gains(rows)
    s = g.summary(["imd_decile", "core20"])
    table = next(sec.table for sec in report_context(g, s, made=MADE)["sections"] if sec.heading.startswith("By deprivation"))
    # The table hides every decile here (decile 2 has 2 cases; Core20 'yes' less decile 1 would give it, and so on):
    # the chart, whose every bar would be hidden, is then not drawn at all.
    drawn = {lab for c in report_charts(g, s) if c.name == "by_decile" for lab, v in zip(c.labels, c.stack[0][1]) if v}
    shown = {r[0].split(" ")[0] for r in table.rows if r[3] not in ("fewer than 5", "not shown", "")}
    assert drawn <= shown


def test_group_nesting_over_partitions_is_the_whole_caseloads():
    # Practice P1 is in PCN N1 in the first half and in N2 in the second: nested in each half, not in the whole.
    from entitlements.gain.partitions import _nesting

    half = lambda n: {"by_group": {"practice": {"P1": {}}, "pcn": {n: {}}},  # noqa: E731
                      "group_nesting": {"practice": {"pcn": {"P1": n}}, "pcn": {"practice": {n: "P1"}}}}
    assert _nesting([half("N1"), half("N2")], ["practice", "pcn"]) == {"pcn": {"practice": {"N1": "P1", "N2": "P1"}}}
    assert _nesting([half("N1"), half("N1")], ["practice", "pcn"])["practice"] == {"pcn": {"P1": "N1"}}


def test_the_confirmed_patients_gaining_lcw_do_not_give_the_hidden_count_away():
    # Six confirmed LCWRA cases and two predicted: the headline hides both counts; "Patients gaining LCW or
    # LCWRA 6" (and 48 GP appointments) would give the confirmed count, and 8 - 6 the predicted.
    rows = ([case(f"C{i}") for i in range(6)]
            + [case(f"P{i}", confirmed="no", probability="0.5", decision_date="2025-09-20") for i in range(2)])
    md = render_markdown(caseload_gains(rows), made=MADE)
    assert "| Patients gaining LCW or LCWRA | not shown | fewer than 5 |" in md
    assert "| GP appointments saved a year | not shown | fewer than 5 |" in md
