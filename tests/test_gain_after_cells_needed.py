"""A caseload row whose outcome changes the household but fills no ``after_*`` cell names the column to fill. It
said the Python API's words: ``changes: a table of 0 fields is not allowed (expected the council tax facts
corrected, e.g. {'housing_council_tax_band': 'B'})``."""

import pytest

from entitlements import caseload_gains

ROW = {"case_id": "a", "adult1_age": "70", "local_authority": "Nuneaton and Bedworth", "housing_tenure": "owner_occupier",
       "housing_council_tax_band": "B", "claim_start": "2024-05-01", "outcome_date": "2025-01-10"}


@pytest.mark.parametrize("kind, column", [("council_tax_band_corrected", "after_housing_council_tax_band"),
                                          ("council_tax_discount_corrected", "after_housing_council_tax_disregarded"),
                                          ("housing_change", "after_<column>"), ("income_change", "after_<column>")])
def test_an_outcome_that_changes_the_household_names_the_after_column_to_fill(kind, column):
    g = caseload_gains([dict(ROW, outcome=kind), dict(ROW, outcome=kind, outcome_date="")])
    assert str(g.reasons[0]).startswith(f"{column}: missing (expected ") and "changes:" not in str(g.reasons[0])
    assert str(g.reasons[0]).endswith(f" for {kind}).")
    assert str(g.reasons[1]).startswith("outcome_date: missing")  # the outcome's own errors come first, as before


@pytest.mark.parametrize("cells, column", [({"end_date": "2024-12-01"}, "end_date"),
                                           ({"outcome": "pip_awarded"}, "award_pip_daily_living"),
                                           ({"outcome": "benefit_claimed", "benefit": "other"}, "benefit_weekly")])
def test_an_outcomes_own_check_names_the_files_column(cells, column):
    # Were the model's names: "ends: '2024-12-01' is not allowed", "pip_daily_living: 'none'", "weekly_amount: 0".
    g = caseload_gains([{**ROW, "outcome": "lcwra_found", **cells}])
    assert str(g.reasons[0]).startswith(f"{column}: "), g.reasons[0]
