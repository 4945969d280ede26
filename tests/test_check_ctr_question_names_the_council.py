"""The benefit check's Council Tax Reduction question says why, naming the council and the year, and what to give.

Where the shipped Band D tables (rules/council_tax/band_d) have no row for the council's year (most English councils
in 2024-25), the reduction is a check needed. The question read "The library cannot work it out here: no band d for year." (the
reason code with its underscores taken out); it now gives the estimate's words: the council, the financial year,
and the flag or field that settles it.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing
from entitlements.check.findings import Claims, check

DEC_2026 = dt.date(2026, 12, 7)


def test_ctr_question_names_the_council_year_and_the_band_d_to_give_2024():
    # A pensioner on guarantee credit, owner, Coventry band C, December 2024: no 2024-25 Band D ships for
    # Coventry (2025-26 and 2026-27 do; Birmingham's 2024-25 figure ships since 2026-12-07).
    h = Household(adults=(Adult(age=72, state_pension_weekly=17645),), nation="england", local_authority="Coventry",
                  housing=Housing(tenure="owner_occupier", council_tax_band="C"))
    bc = check(h, on=dt.date(2024, 12, 9), claims=Claims(pension_credit=True))
    ctr = next(f for f in bc.findings if f.id == "council_tax_reduction")
    assert ctr.certainty == "check_needed"
    assert "no band d for year" not in ctr.question
    assert "Coventry's Band D council tax for 2024-25 is not in the library" in ctr.question
    assert "--band-d" in ctr.question


def test_arrears_wording_says_one_month_and_whether_the_reason_applies_2026():
    # A single person of 30 not claiming UC: no backdating (SI 2013/380 reg 26), up to 1 month where one of the
    # listed circumstances applies. It read "1 months if listed circumstances apply".
    from entitlements.check.findings import arrears
    from entitlements.tables import Tables

    _, words = arrears("universal_credit", 9805, on=DEC_2026, tables=Tables.load())
    assert words == "no backdating (SI 2013/380 reg 26); up to 1 month if one of the listed circumstances applies"
    _, words = arrears("housing_benefit_working_age", 30000, on=DEC_2026, tables=Tables.load())
    assert words.endswith("; up to 1 month if good cause applies")


def test_a_pip_descriptor_of_neither_component_is_refused_not_dropped():
    # "zz.1" is neither a daily living (dl.) nor a mobility (mob.) descriptor: it was silently left out, and with no
    # other descriptor the PIP finding vanished. Now a one-line error naming the field and the value.
    import pytest

    from entitlements.check.findings import Circumstances
    from entitlements.errors import InputError

    with pytest.raises(InputError, match=r"circumstances\.pip_descriptors: 'zz\.1' is not allowed .*dl\..*mob\."):
        Circumstances(pip_descriptors={1: ("dl.1e", "zz.1")})
