"""Temporary accommodation (a council B&B or hostel) is often a dwelling
whose owner, not the resident, is liable for council tax: a hostel (Class A)
or a dwelling whose residents each have only part of it (Class C) (Council
Tax (Liability for Owners) Regulations 1992, SI 1992/551 reg 2, read). The
council tax sheet now says so where a household in temporary or specified
accommodation in England or Wales is taken as liable, naming --not-liable;
before, a 45-year-old in a B&B was found £19.31 a week of Council Tax
Reduction on a bill he likely does not get, without a word."""

from __future__ import annotations

from entitlements.cli import main

TA = ["--age", "45", "--supported", "--accommodation", "temporary", "--rent", "280/week", "--council", "Coventry",
      "--council-tax-band", "A", "--on", "2026-12-07"]
NOTE = "the owner, not the resident, is liable for council tax"


def test_the_sheet_says_who_may_be_liable(capsys):
    assert main(["estimate", *TA]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert NOTE in out and "SI 1992/551 reg 2" in out and "--not-liable" in out, out


def test_not_for_a_social_tenant(capsys):
    assert main(["estimate", "--age", "45", "--social", "--rent", "100/week", "--bedrooms", "1", "--council",
                 "Coventry", "--council-tax-band", "A", "--on", "2026-12-07"]) == 0
    assert NOTE not in " ".join(capsys.readouterr().out.split())


def test_not_liable_given_no_note(capsys):
    assert main(["estimate", *TA, "--not-liable"]) == 0
    assert NOTE not in " ".join(capsys.readouterr().out.split())


def test_the_check_says_it_with_the_ctr_finding(capsys):
    assert main(["check", *TA, "--claims", "universal_credit"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    ctr = out.split("Council Tax Reduction: £19.31 a week")[1].split("3. ")[0]
    assert NOTE in ctr, ctr
