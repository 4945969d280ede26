"""`entitlements gain` with an HB/CTR outcome that cannot be valued names
the flags that settle it (--band-d, --band-charge, --benefit-weekly), not
the caseload columns (fuzz round, 2026-12-07)."""

from __future__ import annotations

from entitlements.cli import main


def test_ctr_outcome_without_a_band_d_names_the_flags(capsys):
    rc = main(["gain", "--age", "70", "--owner", "--council", "City of London", "--council-tax-band", "B",
               "--with", "ctr_awarded", "--from", "2025-01-01"])
    err = capsys.readouterr().err
    assert rc == 1 and len(err.strip().splitlines()) == 1
    assert err.startswith("entitlements: --benefit-weekly (weekly_amount):")
    assert "give --band-d or --band-charge from the bill" in err and "(--benefit-weekly)" in err
    assert "housing_council_tax" not in err and "benefit_weekly)" not in err


def test_ctr_outcome_without_council_tax_names_the_flags(capsys):
    rc = main(["gain", "--age", "70", "--owner", "--with", "ctr_awarded", "--from", "2025-01-01"])
    err = capsys.readouterr().err
    assert rc == 1 and "give --council-tax-band, with --council; not --not-liable" in err
