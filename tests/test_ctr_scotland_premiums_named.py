"""Scotland, working-age Council Tax Reduction: the premiums named one by one on the working sheet.

The sheet said "premiums £X (Sch 1 paras 2-5, 11-14)", one sum. Each premium now has its own line under the
applicable amount, with the paragraphs of the Council Tax Reduction (Scotland) Regulations 2021 (SSI 2021/249, which
replaced SSI 2012/303 for working age from 1 April 2022; read 2026-12-08 in legalize-dev/legalize-uk
uk-sct/ssi-2021-249.md) that give it, and the lines add up to the sum the sheet gave before, which is unchanged.

2026-27 amounts (SSI 2026/56 reg 14, as rules/ctr/scotland_working_age/ ships them): child premium £109.85 (Sch 1
para 2), disabled child premium £84.46 and enhanced disability premium for a child £33.99 (paras 3-4D), carer
premium £48.15 (para 5), disability premium (single) £44.85 (paras 11-12, 17).
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Child, Household, Housing, estimate
from entitlements.benefits.council_tax_columns import CTR_PREMIUM_FIELDS
from entitlements.benefits.council_tax_reduction_scotland import (SCOTLAND_WA_PREMIUMS,
                                                                   scotland_working_age_applicable_amount)
from entitlements.tables import default_tables

ON = dt.date(2026, 6, 1)


def _lone_parent():
    # A lone parent of 40 on PIP daily living (standard) caring for her child on DLA care at the highest rate (Carer's
    # Allowance), and a second child; a private pension of £250.00 a week, no earnings, so no Universal Credit.
    return Household(adults=(Adult(age=40, pension_income_weekly=25000, pip_daily_living="standard", carer=True,
                                   carers_allowance_weekly=8645),),
                     children=(Child(date_of_birth=dt.date(2016, 5, 1), dla_care="highest"),
                               Child(date_of_birth=dt.date(2018, 5, 1))),
                     nation="scotland", local_authority="Glasgow City",
                     housing=Housing(tenure="owner_occupier", council_tax_band="C", council_tax_band_d=150000))


def test_the_engine_names_each_premium_and_they_add_up_to_the_sum():
    kw = dict(on=ON, tables=default_tables(), children=2, disabled_children=1, enhanced_disability_children=1,
              carers=1, disability_premium=True)
    parts = scotland_working_age_applicable_amount(False, 40, parts=True, premium_parts=True, **kw)
    # 2 x £109.85 = £219.70; £84.46; £33.99; £48.15; £44.85: £431.15 in all.
    assert parts["premiums_named"] == {"child_premium": 21970, "disabled_child_premium": 8446,
                                       "enhanced_disability_premium_child": 3399, "carer_premium": 4815,
                                       "disability_premium": 4485, "enhanced_disability_premium": 0,
                                       "severe_disability_premium": 0}
    assert sum(parts["premiums_named"].values()) == parts["premiums"] == 43115
    # The old parts and the amount are unchanged: £95.55 lone parent + £431.15 = £526.70.
    old = scotland_working_age_applicable_amount(False, 40, parts=True, **kw)
    assert "premiums_named" not in old and old["premiums"] == 43115
    assert scotland_working_age_applicable_amount(False, 40, **kw) == 9555 + 43115


def test_the_household_s_premium_fields_add_up_to_ctr_premiums():
    c = estimate(_lone_parent(), on=ON).benefits.council_tax
    named = {f: int(getattr(c, f)) for f in CTR_PREMIUM_FIELDS}
    assert sum(named.values()) == int(c.ctr_premiums) > 0
    assert int(c.ctr_personal_allowance) + int(c.ctr_premiums) + int(c.ctr_components) == int(c.ctr_applicable_amount)


def test_the_sheet_gives_each_premium_its_own_line_with_its_paragraph():
    h = _lone_parent()
    c = estimate(h, on=ON).benefits.council_tax
    text = " ".join(estimate(h, on=ON).render().split())
    assert f"premiums {_pounds(int(c.ctr_premiums))} (Sch 1 paras 2-5, 11-14)" in text  # the sum, as before
    shown = 0
    for key, (name, paras) in SCOTLAND_WA_PREMIUMS.items():
        amount = int(getattr(c, "ctr_" + key))
        if amount:
            assert f"of which {name} {_pounds(amount)} SSI 2021/249 {paras}" in text, (name, text)
            shown += amount
        else:
            assert f"of which {name} £" not in text
    assert shown == int(c.ctr_premiums)  # the lines add up to the figure the sheet gave as one sum


def _pounds(p: int) -> str:
    return f"£{p / 100:,.2f}"
