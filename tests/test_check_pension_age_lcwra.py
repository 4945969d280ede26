"""The benefit check finds the LCWRA element for the partner over pension age
in a mixed-age couple on Universal Credit who gets Attendance Allowance (either
rate), DLA care at the highest rate or PIP daily living at the enhanced rate:
"treated as having limited capability for work and work-related activity"
(SI 2013/376 reg 40(1)(b), (5), read 2026-12-07 in the legislation mirror;
Sch 9 para 5, as rules/schedules/wca/schedule9.toml records it). No work
capability assessment is needed. Until 2026-12-07 the check said nothing.

Worked example (audit household H10, June 2026): he is 70 with Attendance
Allowance at the lower rate and a £200.00 a week pension; she is 60 and cares
for him; they rent privately in Coventry at £700 a month (LHA 1 bedroom £575.00
a month). The check values each finding with every other claim found made,
here her Carer's Allowance (£86.45 x 52 / 12 = £374.62 a month). UC without
the element: £666.97 standard allowance + £209.34 carer element + £575.00
housing - £866.67 pension (£200.00 x 52 / 12) - £374.62 = £210.02. With it
(the new-claimant amount, £217.26) £427.28: £217.26 a month more.
"""
import datetime as dt

from entitlements import Adult, Household, Housing
from entitlements.check import check

ON = dt.date(2026, 6, 1)


def _household(**older):
    return Household(adults=(Adult(age=70, pension_income_weekly=20000, **older), Adult(age=60, carer=True)),
                     housing=_HOME)


_HOME = Housing(tenure="private_rent", rent=70000, brma="Coventry")


def _finding(h):
    return {f.id: f for f in check(h, on=ON).findings}.get("lcwra_1")


def test_attendance_allowance_over_pension_age_gives_the_lcwra_element():
    f = _finding(_household(attendance_allowance="lower"))
    assert f is not None
    assert f.monthly == 21726              # £427.28 - £210.02
    assert "Sch 9 para 5" in " ".join(f.legal_basis)
    assert f.certainty == "claim_needed"


def test_dla_care_middle_does_not():
    assert _finding(_household(dla_care="middle")) is None          # para 5: the highest rate only


def test_pip_enhanced_daily_living_does():
    assert _finding(_household(pip_daily_living="enhanced")) is not None


def test_protected_mixed_age_couple_is_not_on_uc():
    h = Household(adults=_household(attendance_allowance="lower").adults, housing=_HOME, mixed_age_protected=True)
    assert _finding(h) is None


def test_both_over_pension_age_is_not_on_uc():
    h = Household(adults=(Adult(age=70, pension_income_weekly=20000, attendance_allowance="lower"), Adult(age=68)),
                  housing=_HOME)
    assert _finding(h) is None


def test_the_caseload_check_makes_the_same_finding_to_the_penny():
    # The worked example above, as a caseload of one (claiming nothing yet, as the one household's check takes
    # it): lcwra_1 £217.26 a month (£427.28 - £210.02), £50.13 a week (UC a week is the month x 12 / 52, rounded
    # half up: £98.60 - £48.47), £2,607.12 a year (the month x 12, UC being monthly), worded and as sure as the one household's.
    from entitlements.check.caseload import check_caseload

    h = _household(attendance_allowance="lower")
    cc = check_caseload([h], on=ON, claims={"universal_credit": False, "pension_credit": False})
    t = cc.long_table()
    rows = {str(f): (int(w), int(m), int(a), str(what), str(c)) for f, w, m, a, what, c in
            zip(t["finding"], t["weekly_pence"], t["monthly_pence"], t["annual_pence"], t["what"], t["certainty"])}
    one = _finding(h)
    assert rows["lcwra_1"] == (5013, 21726, 260712, one.what, "claim_needed")
    assert (one.weekly, one.monthly, one.annual) == (5013, 21726, 260712)
    assert "lcwra_2" not in rows


def test_the_caseload_check_leaves_out_what_the_one_household_check_does():
    from entitlements.check.caseload import check_caseload

    hs = [_household(dla_care="middle"),
          Household(adults=_household(attendance_allowance="lower").adults, housing=_HOME, mixed_age_protected=True),
          Household(adults=(Adult(age=70, pension_income_weekly=20000, attendance_allowance="lower"), Adult(age=68)),
                    housing=_HOME),
          Household(adults=(Adult(age=60), Adult(age=50, pip_daily_living="enhanced")), housing=_HOME)]
    cc = check_caseload(hs, on=ON, claims={"universal_credit": False, "pension_credit": False})
    assert not cc.values["lcwra_1"][0].any() and not cc.values["lcwra_2"][0].any()


def test_the_caseload_summary_counts_the_patient_once_under_universal_credit():
    # Universal Credit (£210.02 a month, x 12 = £2,520.24 a year) and the LCWRA element (£217.26 x 12 = £2,607.12 a
    # year): one patient, £5,127.36 a year.
    from entitlements.check.caseload import check_caseload

    cc = check_caseload([_household(attendance_allowance="lower")], on=ON,
                        claims={"universal_credit": False, "pension_credit": False})
    uc = cc.summary()["by_benefit"]["Universal Credit"]
    assert (uc["patients"], uc["annual_pence"], uc["certainty"]) == (1, 512736, "claim_needed")
