"""A Council Tax Reduction or council tax outcome that cannot be valued says why in words, and what to give: it
said only the code (``could not be worked out (no_band_d_for_year): give the weekly amount``)."""

from entitlements import caseload_gains

ROW = {"case_id": "a", "adult1_age": "70", "housing_tenure": "owner_occupier", "claim_start": "2024-05-01",
       "outcome": "ctr_awarded", "outcome_date": "2025-01-10", "decision_date": "2025-03-01", "confirmed": "yes"}


def test_no_band_d_shipped_says_to_give_it_from_the_bill():
    # Coventry ships no Band D (rules/council_tax/band_d/england.toml, its note).
    g = caseload_gains([dict(ROW, local_authority="Coventry", housing_council_tax_band="B")])
    reason = str(g.reasons[0])
    assert "Band D council tax for the year is not in the library" in reason
    assert "housing_council_tax_band_d" in reason and "benefit_weekly" in reason and "(no_band_d_for_year)" in reason


def test_no_band_says_which_columns_give_council_tax():
    g = caseload_gains([dict(ROW)])
    reason = str(g.reasons[0])
    assert "housing_council_tax_band" in reason and "benefit_weekly" in reason and "not liable, or no band" not in reason


def test_every_reason_has_its_words():
    from entitlements.benefits.council_tax_columns import CT_REASONS
    from entitlements.gain.outcomes import _CT_REASON_WORDS

    assert set(CT_REASONS) == set(_CT_REASON_WORDS)
