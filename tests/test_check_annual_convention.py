"""The benefit check's annual figures say their convention on the line, and a
Universal Credit finding's year is the monthly value x 12 (the award is
monthly), as the estimate's household total counts it: the check said
£72.75 x 52 = £3,783.00 where the estimate said £315.27 x 12 = £3,783.24."""

from __future__ import annotations

from entitlements.cli import main

_FLAGS = ["--age", "68", "--state-pension", "241.30", "--partner-age", "59", "--partner-lcwra", "--social", "--rent",
          "110/week", "--bedrooms", "1", "--council", "Nuneaton and Bedworth", "--council-tax-band", "A",
          "--on", "2026-12-07"]


def test_uc_finding_year_is_the_month_x_12(capsys):
    assert main(["check", *_FLAGS, "--wide"]) == 0
    out = capsys.readouterr().out
    # UC by hand: £666.97 + £217.26 + £110 x 52 / 12 (£476.67) - £241.30 x 52 / 12 (£1,045.63) = £315.27 a month;
    # £315.27 x 12 = £3,783.24 (not £72.75 x 52 = £3,783.00); the week £315.27 x 12 / 52 = £72.755 -> £72.75.
    assert "1. Universal Credit: £72.75 a week, £315.27 a month, £3,783.24 a year (monthly x 12)" in out, out
    # A yearly rebate is its own year: £150.00 (SI 2022/772 reg 3(1)).
    assert "Warm Home Discount: £2.88 a week, £12.50 a month, £150.00 a year (a yearly amount)" in out, out


def test_json_keeps_annual_and_adds_its_basis(capsys):
    import json

    assert main(["check", *_FLAGS, "--json"]) == 0
    found = {f["id"]: f for f in json.loads(capsys.readouterr().out)["findings"]}
    uc = found["universal_credit"]
    assert (uc["weekly"], uc["monthly"], uc["annual"], uc["annual_basis"]) == (7275, 31527, 378324, "monthly x 12")
    assert found["warm_home_discount"]["annual_basis"] == "a yearly amount"


def test_weekly_findings_say_x_52(capsys):
    assert main(["check", "--age", "70", "--state-pension", "150", "--social", "--rent", "100/week", "--bedrooms", "1",
                 "--council", "Coventry", "--council-tax-band", "B", "--on", "2026-12-07", "--wide"]) == 0
    out = capsys.readouterr().out
    # Weekly benefits: the week x 52 (£100.00 x 52 = £5,200.00; £88.00 x 52 = £4,576.00; £28.16 x 52 = £1,464.32).
    assert "1. Housing Benefit: £100.00 a week, £433.33 a month, £5,200.00 a year (weekly x 52)" in out, out
    assert "2. Pension Credit: £88.00 a week, £381.33 a month, £4,576.00 a year (weekly x 52)" in out, out
    # A weekly finding's month is its week x 52 / 12 rounded once (since 2026-12-08, qa-adv10): 28.16 x 52 / 12 =
    # 122.0266... -> £122.03 (it was £122.02, the difference of the two households' rounded monthly totals).
    assert "3. Council Tax Reduction: £28.16 a week, £122.03 a month, £1,464.32 a year (weekly x 52)" in out, out
