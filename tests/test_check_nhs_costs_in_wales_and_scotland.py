"""The benefit check asks about NHS health costs in Wales and Scotland instead of leaving them out.

In England Universal Credit (earnings within the limit) and Pension Credit guarantee credit give free dental
treatment, sight tests, glasses vouchers and hospital travel (SI 2003/2382 reg 5), and the check lists it. Wales and
Scotland have their own remission regulations, which the library does not encode
(`health_costs.nhs_health_costs` answers ROUTE_OTHER_NATION: "ask"); the check dropped the finding there, so a
Welsh or Scottish patient on UC or guarantee credit was told nothing. It is now a check needed, citing the nation's
regulations, never a figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, Housing
from entitlements.check.findings import Claims, check

DEC_2026 = dt.date(2026, 12, 7)


def _nhs(h, **claims):
    bc = check(h, on=DEC_2026, claims=Claims(**claims))
    return next((f for f in bc.findings if f.id == "nhs_health_costs"), None)


@pytest.mark.parametrize("nation, law", [("wales", "(Wales)"), ("scotland", "SSI 2003/460")])
def test_uc_claimant_in_wales_or_scotland_is_asked_about_nhs_costs_2026(nation, law):
    # UC £424.90 + £400.00 rent, no earnings: the English rule would give full help (reg 5(1)(f)).
    h = Household(adults=(Adult(age=40),), nation=nation,
                  housing=Housing(tenure="social_rent", rent=40000, rent_period="month", bedrooms=1))
    f = _nhs(h, universal_credit=True)
    assert f is not None and f.certainty == "check_needed" and not f.valued
    assert any(law in x for x in f.legal_basis)
    assert not any("SI 2003/2382" in x for x in f.legal_basis)
    assert "Universal Credit" in f.question


def test_pensioner_in_scotland_on_guarantee_credit_is_asked_2026():
    # Guarantee credit £238.00 - £176.45 = £61.55 a week, claimed.
    h = Household(adults=(Adult(age=72, state_pension_weekly=17645),), nation="scotland")
    f = _nhs(h, pension_credit=True)
    assert f is not None and f.certainty == "check_needed" and "Pension Credit" in f.question


def test_no_question_without_a_passporting_benefit_in_wales_2026():
    # Earnings of £3,000 a month take UC to nil: nothing to ask.
    h = Household(adults=(Adult(age=40, monthly_earnings=300000),), nation="wales")
    assert _nhs(h) is None
