"""A caseload row's council tax error names the column of the file (``housing_council_tax_disregarded``), not the
model's path (``housing.council_tax_disregarded``), and a change's error names the change's column once
(``housing_council_tax_band``, was ``housing_housing.council_tax_band``)."""

import datetime as dt

from entitlements import Caseload, caseload_gains, estimate_caseload

HOME = {"adult1_age": "70", "local_authority": "Nuneaton and Bedworth", "housing_tenure": "owner_occupier",
        "housing_council_tax_band": "B"}
OUTCOME = {"claim_start": "2024-05-01", "outcome_date": "2025-01-10", "decision_date": "2025-03-01"}


def test_a_household_row_names_the_files_column():
    rows = [dict(HOME), dict(HOME, housing_council_tax_disregarded="3")]
    r = estimate_caseload(Caseload.from_records(rows), on=dt.date(2025, 5, 1))
    (e,) = r.caseload.errors
    assert e.field == "housing_council_tax_disregarded"
    assert str(e).endswith("housing_council_tax_disregarded: 3 is not allowed (expected no more than the 1 adult "
                           "resident).")


def test_a_council_tax_correction_names_the_changes_column_once():
    rows = [dict(HOME, **OUTCOME, outcome="council_tax_band_corrected", after_housing_council_tax_band="I"),
            dict(HOME, **OUTCOME, outcome="council_tax_discount_corrected", after_housing_council_tax_disregarded="2")]
    g = caseload_gains(rows)
    assert g.valid.tolist() == [False, False]
    assert str(g.reasons[0]).startswith("housing_council_tax_band: 'I' is not allowed (expected A to H in England, the "
                                        "household's nation (band I is Welsh")
    assert str(g.reasons[1]).startswith("housing_council_tax_disregarded: 2 is not allowed (expected no more than the 1 "
                                        "adult resident")


def test_a_file_rows_choice_says_not_given_not_pythons_none():
    # "expected one of 'A', ..., 'I', or None": None is Python's word; in a file a field not given is left blank.
    rows = [dict(HOME), dict(HOME, housing_council_tax_band="Z"), dict(HOME, housing_accommodation="hostel",
                                                                      housing_tenure="supported_or_temporary",
                                                                      housing_rent="100")]
    r = estimate_caseload(Caseload.from_records(rows), on=dt.date(2025, 5, 1))
    messages = [str(e) for e in r.caseload.errors]
    assert len(messages) == 2 and all("None" not in m and "or not given)" in m for m in messages), messages
