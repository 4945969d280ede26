"""``entitlements check`` and ``entitlements caseload FILE --check`` (issue 16)."""

from __future__ import annotations

import json

from entitlements.cli import main


def test_check_flags_text_wrapped(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["check", "--age", "70", "--state-pension", "170", "--on", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert "1. Pension Credit: £68.00 a week" in out
    assert max(len(x) for x in out.splitlines()) <= 60


def test_check_json_and_circumstances(capsys):
    assert main(["check", "--age", "35", "--claims", "universal_credit", "--pip-descriptors", "dl.1e", "dl.4c", "dl.9b",
                 "mob.2d", "--on", "2026-06-01", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    pip = next(f for f in d["findings"] if f["id"] == "pip_1")
    assert (pip["weekly"], pip["certainty"], pip["weighted_annual"]) == (10700, "assessment_needed", 244816)


def test_check_bad_claim_one_line(capsys):
    assert main(["check", "--age", "35", "--claims", "universal_credt"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "universal_credt" in err


def test_caseload_check_out_and_report(tmp_path, capsys):
    csv = tmp_path / "cases.csv"
    rows = ["case_id,practice,adult1_age,adult1_state_pension_weekly,claims_universal_credit,claims_pension_credit"]
    rows += [f"case-{i:04d},P{i % 2},70,170,no,{'yes' if i == 0 else 'no'}" for i in range(12)]
    csv.write_text("\n".join(rows) + "\n")
    out, report = tmp_path / "findings.csv", tmp_path / "report.html"
    assert main(["caseload", str(csv), "--check", "--on", "2026-06-01", "--out", str(out), "--report", str(report)]) == 0
    text = capsys.readouterr().out
    assert "patients missing something: 11, worth £38,896.00 a year" in text  # 11 x £3,536.00
    lines = out.read_text().splitlines()
    assert len(lines) == 12 and lines[0].replace(chr(34), "").startswith("case_id,finding,what,weekly_pence")
    html = report.read_text()
    # aggregates only: no case id (a pattern no hash or figure in the report can contain by chance)
    assert "<svg" in html and "Pension Credit" in html and "case-0" not in html


def test_caseload_check_report_from_the_templates_hides_a_small_group_and_the_next(tmp_path, capsys):
    # 15 pensioners (aged 70, State Pension £170.00, nothing claimed): each
    # misses Pension Credit 238.00 - 170.00 = £68.00 a week, x 52 = £3,536.00
    # a year; in all 15 x 3,536 = £53,040.00. Practice P0 7 cases (£24,752.00),
    # P1 5 (£17,680.00), P2 3 (fewer than 5: hidden). Were P1 shown, 53,040 -
    # 24,752 - 17,680 = £10,608.00 would be P2's: P1 is hidden too.
    csv = tmp_path / "cases.csv"
    rows = ["case_id,practice,adult1_age,adult1_state_pension_weekly,claims_universal_credit,claims_pension_credit"]
    rows += [f"c{i},{'P0' if i < 7 else 'P1' if i < 12 else 'P2'},70,170,no,no" for i in range(15)]
    csv.write_text("\n".join(rows) + "\n")
    report = tmp_path / "report.md"
    assert main(["caseload", str(csv), "--check", "--on", "2026-06-01", "--report", str(report)]) == 0
    capsys.readouterr()
    md = report.read_text()
    assert md.startswith("# Benefit check: what patients are missing")
    assert "15 patients are missing something, worth £53,040.00 a year" in md
    assert "| P0 | 7 | 7 | £24,752.00 |" in md
    assert "| P1 | not shown | not shown | not shown |" in md
    assert "| P2 | fewer than 5 |  |  |" in md
    assert "£17,680.00" not in md and "£10,608.00" not in md
    assert "**Estimates.**" in md and "not shown" in md.split("Privacy:")[1]


def test_check_claims_takes_the_help_had_already(capsys):
    # A pensioner aged 76 on Pension Credit (238.00 > 170.00: guarantee
    # credit) is told of the Warm Home Discount and the free TV licence; said
    # to have both already, neither is a finding, and the JSON says what was had.
    args = ["check", "--age", "76", "--state-pension", "170", "--on", "2026-06-01", "--json"]
    assert main(args + ["--claims", "pension_credit"]) == 0
    ids = {f["id"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert {"warm_home_discount", "free_tv_licence"} <= ids
    assert main(args + ["--claims", "pension_credit,warm_home_discount", "--claims", "free_tv_licence"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert {f["id"] for f in d["findings"]} == ids - {"warm_home_discount", "free_tv_licence"}
    assert d["help_received"] == ["warm_home_discount", "free_tv_licence"]


def test_attendance_allowance_says_no_published_rate_not_100_percent(capsys):
    # qa6: an AA finding read "chance of success 100%", a promise no one can make. There is no published AA success
    # rate, so it is valued in full and says so. AA lower £76.70 + Pension Credit's severe disability addition £86.05
    # = £162.75 a week, x 52 = £8,463.00 a year, weighted the same (not discounted: probability 1, kept in the JSON).
    args = ["check", "--age", "80", "--state-pension", "200", "--claims", "pension_credit", "--care-needs", "1",
            "--on", "2026-06-01"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "no published success rate: valued in full, not discounted" in out
    assert "chance of success 100%" not in out
    assert main([*args, "--json"]) == 0
    aa = next(f for f in json.loads(capsys.readouterr().out)["findings"] if f["id"] == "attendance_allowance_1")
    assert (aa["annual"], aa["weighted_annual"], aa["probability"], aa["probability_source"]) == (846300, 846300, 1.0,
                                                                                                 "none")
    assert aa["probability_in_words"] == "no published success rate: valued in full, not discounted"


def test_a_published_rate_still_shows_its_percentage(capsys):
    # PIP from descriptors (as above): the published rate is a percentage and the weighted value follows it.
    assert main(["check", "--age", "35", "--claims", "universal_credit", "--pip-descriptors", "dl.1e", "dl.4c", "dl.9b",
                 "mob.2d", "--on", "2026-06-01", "--json"]) == 0
    pip = next(f for f in json.loads(capsys.readouterr().out)["findings"] if f["id"] == "pip_1")
    assert pip["probability_in_words"] == f"chance of success {pip['probability']:.0%}"
    uc = [f for f in json.loads(_run_json()) if f["certainty"] != "assessment_needed"]
    assert uc and all(f["probability_in_words"] == "" for f in uc)  # a claim: no chance in words


def _run_json() -> str:
    import io
    from contextlib import redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf):
        main(["check", "--age", "70", "--state-pension", "170", "--on", "2026-06-01", "--json"])
    return json.dumps(json.loads(buf.getvalue())["findings"])
