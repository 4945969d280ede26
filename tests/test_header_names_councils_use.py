"""Column names a council or HJP export uses for the Housing Benefit and Council Tax Reduction facts, refused with
the column they mean: difflib found none for these (``council``, ``temporary_accommodation``, ``hb_weekly``) or a
wrong one (``outcome_type``: ``outcome_note``)."""

import pytest

from entitlements import InputError
from entitlements.io.headers import check_header


@pytest.mark.parametrize("name, meant", [
    ("council", "local_authority"), ("la_code", "local_authority"), ("billing_authority", "local_authority"),
    ("band", "housing_council_tax_band"), ("ctax_band", "housing_council_tax_band"),
    ("temporary_accommodation", "housing_accommodation"), ("supported_accommodation", "housing_accommodation"),
    ("single_person_discount", "housing_council_tax_disregarded"),
    ("hb_weekly", "benefit_weekly"), ("ctr_weekly", "benefit_weekly"), ("Outcome Type", "outcome"),
])
def test_a_name_an_export_uses_is_refused_with_the_column_it_means(name, meant):
    with pytest.raises(InputError, match=f"did you mean '{meant}'"):
        check_header(["case_id", "adult1_age", name], source="c.csv", outcomes=True)


def test_an_outcome_column_is_not_suggested_for_a_caseload_to_estimate():
    with pytest.raises(InputError) as e:
        check_header(["case_id", "adult1_age", "hb_weekly"], source="c.csv")
    assert "benefit_weekly" not in str(e.value)
