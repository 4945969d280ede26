"""A row of a caseload of outcomes whose household could not be read in columns is never projected with the
stand-in household that fills its columns (an adult aged 30), even where reading the row alone found nothing
wrong: the readers should agree, and where they do not, the row is kept, not valid, with the reason the columns
gave. (A header cell ending in a line break once made them disagree: a 70-year-old was projected as 30.)"""

from entitlements import caseload_gains
from entitlements.errors import InputError
from entitlements.io import outcome_columns

ROW = {"case_id": "a", "adult1_age": "70", "housing_tenure": "social_rent", "housing_rent": "100",
       "housing_rent_period": "week", "claim_start": "2024-05-01", "outcome": "hb_awarded",
       "outcome_date": "2025-01-10", "decision_date": "2025-03-01", "confirmed": "yes"}


def test_a_household_the_columns_could_not_read_is_not_projected_with_its_stand_in(monkeypatch, tmp_path):
    real = outcome_columns.households_and_child_numbers  # (households_from_flat_columns, and the childN_ numbers)

    def disagreeing(columns, n):  # the second row's household fails in columns alone
        out, ok, errors, numbers = real(columns, n)
        ok = ok.copy()
        ok[1] = False
        return out, ok, {**errors, 1: InputError("adult1_age", "70", "a stand-in")}, numbers

    monkeypatch.setattr(outcome_columns, "households_and_child_numbers", disagreeing)
    p = tmp_path / "c.csv"
    # Three cases (ids a, b, c: one id on three rows alike would be a row repeated, counted once).
    p.write_text(",".join(ROW) + "\n" + "\n".join(",".join(dict(ROW, case_id=c).values()) for c in "abc") + "\n")
    g = caseload_gains(str(p))
    assert len(g) == 3 and g.valid.tolist() == [True, False, True]
    assert str(g.reasons[1]).startswith("adult1_age: '70' is not allowed (expected a stand-in)")
