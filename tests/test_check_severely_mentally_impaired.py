"""The benefit check asks about the severely mentally impaired (SMI) council tax disregard and exemption.

Law read 2026-12-08 in legalize-dev/legalize-uk:
- Council Tax (Discount Disregards) Order 1992 (SI 1992/548) art 3 (uk/uksi-1992-548.md, revised text to 2004): the
  condition of LGFA 1992 Sch 1 para 2(1)(c) is entitlement to a qualifying benefit, among them attendance allowance
  (art 3(2)(b)) and the care component of DLA at the highest or middle rate (art 3(2)(d)), or, past pensionable age,
  that one would have been had (art 3(3)). The later additions (PIP's daily living component) are not in that text.
- Council Tax (Exempt Dwellings) Order 1992 (SI 1992/558) art 3 Class U (uk/uksi-1992-558.md): "a dwelling occupied
  only by a person or persons who is or are severely mentally impaired within the meaning given in paragraph 2 of
  Schedule 1 to the Local Government Finance Act 1992 and who would but for this Order be liable to pay the council
  tax". (The brief named SI 1992/548 for class U: that Order gives the qualifying benefits; class U is SI 1992/558.)
- LGFA 1992 s 11(1)-(2): 25% discount where one resident is not disregarded, 50% where all are.

Where it could change the bill: someone liable gets a qualifying benefit, and one more resident disregarded would
change the discount (two residents not disregarded, or one), or, living alone, class U would exempt the home. Valued
as the council tax still to pay a week after Council Tax Reduction (every claim found made), with and without.

Coventry, band E on a £2,100.00 Band D given (as tests/test_check10.py): E = 11/9 x £2,100 = £2,566.67 a year.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, NonDependant
from entitlements.check import check, check_caseload

ON = dt.date(2026, 12, 8)


def _home(*adults, non_dependants=(), disregarded=0, nation="england"):
    la = {"england": "Coventry", "wales": "Cardiff", "scotland": "Aberdeen City"}[nation]
    return Household(adults=adults, nation=nation, local_authority=la,
                     housing=Housing(tenure="owner_occupier", council_tax_band="E", council_tax_band_d=210000,
                                     non_dependants=tuple(non_dependants), council_tax_disregarded=disregarded))


def _finding(h):
    bc = check(h, on=ON, claims={"pension_credit": True, "council_tax_reduction": True})
    return next((f for f in bc.findings if f.id == "severely_mentally_impaired"), None), bc


def test_living_alone_the_home_would_be_exempt_class_u():
    # A pensioner of 70 on £1,000.00 a week (no CTR), Attendance Allowance higher rate, alone: 25% discount,
    # £2,566.67 x 75% = £1,925.00 a year, x 7 / 365 = £36.92 a week. Exempt (class U): nothing to pay.
    f, bc = _finding(_home(Adult(age=70, state_pension_weekly=100000, attendance_allowance="higher")))
    assert f is not None and f.certainty == "check_needed"
    assert f.weekly == 3692 and f.annual == 3692 * 52
    assert "SI 1992/558" in " ".join(f.legal_basis) and "Sch 1 para 2" in " ".join(f.legal_basis)
    assert "exempt" in f.notes[0] and "class U" in f.notes[0], f.notes
    assert "severely mentally impaired" in f.question.lower()


def test_with_another_resident_the_discount_rises():
    # A couple, the claimant on DLA care middle, no one disregarded: no discount, £2,566.67 = £49.22 a week; one
    # disregarded: 25%, £1,925.00 = £36.92 a week: £12.30 a week more off.
    h = _home(Adult(age=70, state_pension_weekly=100000, dla_care="middle"), Adult(age=70, state_pension_weekly=100000))
    f, _ = _finding(h)
    assert f is not None and f.weekly == 4922 - 3692 == 1230
    assert "discount" in f.notes[0]


def test_not_asked_without_a_qualifying_benefit_or_where_it_cannot_change_the_bill():
    f, _ = _finding(_home(Adult(age=70, state_pension_weekly=100000)))
    assert f is None
    f, _ = _finding(_home(Adult(age=70, state_pension_weekly=100000, dla_care="lowest")))
    assert f is None  # the lowest care rate is no qualifying benefit (art 3(2)(d))
    # Three residents none disregarded: one more disregarded leaves two, no discount either way.
    nd = (NonDependant(age=40), NonDependant(age=45))
    f, _ = _finding(_home(Adult(age=70, state_pension_weekly=100000, attendance_allowance="lower"), non_dependants=nd))
    assert f is None
    # Already every resident disregarded: nothing more a disregard can do (the exemption is the household's to say).
    f, _ = _finding(_home(Adult(age=70, state_pension_weekly=100000, attendance_allowance="lower"), disregarded=1))
    assert f is None


def test_scotland_is_not_asked_its_texts_not_read():
    f, _ = _finding(_home(Adult(age=70, state_pension_weekly=100000, attendance_allowance="higher"), nation="scotland"))
    assert f is None


def test_the_caseload_check_values_it_as_the_one_household():
    h = _home(Adult(age=70, state_pension_weekly=100000, attendance_allowance="higher"))
    cc = check_caseload([h, _home(Adult(age=70, state_pension_weekly=100000))], on=ON,
                        claims={"pension_credit": True, "council_tax_reduction": True})
    applies, w, _m, a = cc.values["severely_mentally_impaired"]
    assert list(applies) == [True, False] and int(w[0]) == 3692 and int(a[0]) == 3692 * 52
