"""The words and bounds the household model allows: the values of each coded
field of :mod:`entitlements.household` (disability benefit rates, tenures,
rent periods, exemptions, council tax bands, ...) and the largest figures
accepted, each with where the law draws it.

One job: the vocabulary, kept apart from the classes that check against it;
every name is importable from :mod:`entitlements.household`, where the API
reference shows it.
"""

from __future__ import annotations

__all__ = [
    "DLA_CARE",
    "DLA_MOBILITY",
    "PIP_RATES",
    "AA_RATES",
    "TWO_CHILD_EXCEPTIONS",
    "RENT_PERIODS",
    "TENURES",
    "RENTING_TENURES",
    "SHARED_ACCOMMODATION_EXCEPTIONS",
    "EXTRA_BEDROOM_REASONS",
    "NON_DEPENDANT_EXEMPTIONS",
    "ACCOMMODATION_KINDS",
    "COUNCIL_TAX_BANDS",
    "HB_CTR_EXEMPTIONS",
    "MAX_NON_DEPENDANTS",
    "MAX_BAND_D_ANNUAL",
    "MAX_BAND_CHARGE_ANNUAL",
    "NATIONS",
    "APPLICANTS",
    "PENSION_RELIEFS",
    "LCWRA_PROTECTIONS",
    "EDUCATION",
]

#: Allowed values of the disability benefit fields, in order of rate.
DLA_CARE = ("none", "lowest", "middle", "highest")
DLA_MOBILITY = ("none", "lower", "higher")
PIP_RATES = ("none", "standard", "enhanced")
AA_RATES = ("none", "lower", "higher")

#: Exceptions to the two-child limit (SI 2013/376 Sch 12, in force for
#: assessment periods beginning before 6 April 2026). "adoption" and
#: "non_parental_caring" children also do not take one of the two places
#: (reg 24B as amended by SI 2018/1129); the others do.
TWO_CHILD_EXCEPTIONS = (
    "multiple_birth",  # Sch 12 para 2 (not the first child of the birth)
    "adoption",  # para 3
    "non_parental_caring",  # para 4 (kinship care, friend or family carer)
    "non_consensual_conception",  # para 5
    "continuation",  # para 6 (an exception in an earlier award continues)
)

#: How rent is paid (SI 2013/376 Sch 4 para 7 converts each to a month).
RENT_PERIODS = ("week", "two_weeks", "four_weeks", "month", "three_months", "year")

#: Tenure, for the housing costs element (SI 2013/376 Sch 4).
TENURES = (
    "social_rent",  # a registered provider or local authority (Sch 4 Part 4)
    "private_rent",  # the Local Housing Allowance applies (Sch 4 Part 5)
    "owner_occupier",  # no UC housing element: Support for Mortgage Interest is a loan
    "supported_or_temporary",  # specified or temporary accommodation: Housing Benefit, not UC
)

#: The tenures with a rent, which must be given (0 where none is paid): the
#: UC housing costs element (Sch 4) and Housing Benefit (SI 2006/214 reg 12)
#: are worked out from it. An owner-occupier's rent is not read.
RENTING_TENURES = ("social_rent", "private_rent", "supported_or_temporary")

#: Why a single claimant under 35 is not held to the shared accommodation
#: rate (SI 2013/376 Sch 4 para 29).
SHARED_ACCOMMODATION_EXCEPTIONS = (
    "care_leaver_under_25",
    "hostel_resident_3_months",  # 3 months in a homeless hostel, with support (para 29(4))
    "disability_benefit",  # DLA care middle/highest, PIP daily living, AA (para 29(2)(b)); also derived
    "mappa",  # managed under multi-agency public protection arrangements
    "domestic_abuse_refuge",  # left a refuge, and other para 29 cases
    "foster_parent",
)

#: Extra bedrooms (SI 2013/376 Sch 4 para 12; SI 2006/214 reg 13D(3)-(3B)): each reason adds one room, and is given
#: once, but for child_cannot_share, given once for each such child. Housing Benefit allows a room for one who cannot
#: share only where the home has it (reg 13D(3), closing words).
EXTRA_BEDROOM_REASONS = (
    "overnight_carer",  # a non-resident carer who stays overnight
    "couple_cannot_share",  # joint claimants who cannot share because of disability
    "child_cannot_share",  # a disabled child who cannot share (one per such child)
    "foster_carer",  # approved foster parent or adopter
)

#: Why a non-dependant pays no housing cost contribution (Sch 4 para 16).
NON_DEPENDANT_EXEMPTIONS = (
    "under_21",
    "pension_credit",
    "disability_benefit",  # DLA care middle/highest, AA, PIP daily living
    "carers_allowance",
    "prisoner",
    "responsible_for_child_under_5",
    "armed_forces_operations",
)

#: The kind of home for tenure "supported_or_temporary" (Housing Benefit, not
#: UC, meets the rent: SI 2013/376 Sch 1 paras 3(h)-(i), 3A, 3B): temporary
#: accommodation a council provides under its homelessness duties, or
#: specified (supported, "exempt") accommodation, refuges and hostels.
ACCOMMODATION_KINDS = ("temporary", "specified")

#: Council tax valuation bands (LGFA 1992 ss 5(2)-(3), 74(2)); I in Wales only.
COUNCIL_TAX_BANDS = tuple("ABCDEFGHI")

#: Why a non-dependant brings no Housing Benefit or Council Tax Reduction
#: deduction (SI 2006/214 reg 55(7)-(9); SI 2006/213 reg 74(7)-(8) as amended
#: by SI 2013/630 reg 35(7); SI 2012/2885 Sch 1 para 8(7)-(8)). For Housing
#: Benefit "uc_no_earned_income" and "income_support_jsa_esa" exempt only a
#: non-dependant under 25 (SI 2006/214 reg 55(8); SI 2006/213 reg 74(8));
#: "disregarded_for_discount" exempts from Council Tax Reduction's only;
#: every other reason exempts for both.
HB_CTR_EXEMPTIONS = (
    "full_time_student",
    "pension_credit",
    "income_support_jsa_esa",  # income support, income-based JSA or income-related ESA
    "uc_no_earned_income",  # UC calculated on the basis of no earned income
    "prisoner_or_patient",  # a prisoner, or a patient for over 52 weeks
    "normal_home_elsewhere",
    "armed_forces_operations",
    "youth_training",
    # Disregarded for council tax discount for another reason (LGFA 1992 Sch 1: a resident carer, the severely
    # mentally impaired, an apprentice, ...): no Council Tax Reduction deduction and not a second adult (SI 2012/2885
    # Sch 1 paras 4(3)(a), 8(8)), but Housing Benefit's reg 55 has no such head, so its deduction stays.
    "disregarded_for_discount",
)

#: The most non-dependants a household may give (each has its own Housing
#: Benefit and Council Tax Reduction deduction, worked out slot by slot).
MAX_NON_DEPENDANTS = 4

#: The largest council tax figures from a bill accepted (pence a year): a
#: Band D of £10,000 and a band's charge of £25,000 (band I in Wales is 21/9
#: of Band D), several times any charged in 2024-25 to 2026-27, so that a
#: figure typed a hundred times too big, or in pence, is caught.
MAX_BAND_D_ANNUAL = 1_000_000
MAX_BAND_CHARGE_ANNUAL = 2_500_000

#: Nations (income tax: Scottish taxpayers use Scottish bands).
NATIONS = ("england", "wales", "scotland")

#: Which adult of the household claims Housing Benefit and applies for
#: Council Tax Reduction (``Household.applicant``): the first or the second
#: of ``adults`` (the ``adult1_*`` and ``adult2_*`` columns of a caseload).
#: Where a couple's rules turn on "the claimant" (SI 2006/213 Sch 3 paras
#: 13(9), 22) or "the applicant" (WSI 2013/3029 Sch 7 para 10(8); SSI
#: 2021/249 Sch 1 para 14(1)(a), Sch 3 para 7).
APPLICANTS = ("adult1", "adult2")

#: Pension contributions (see :mod:`entitlements.benefits.net_earnings`).
PENSION_RELIEFS = ("net_pay", "relief_at_source")

#: Why an adult with LCWRA gets the protected LCWRA amount from 6 April 2026
#: (SI 2013/376 reg 27(2) as amended by the Universal Credit Act 2025).
LCWRA_PROTECTIONS = ("pre_2026_claimant", "severe_conditions_criteria", "terminally_ill")

#: A young person's education or training, for the qualifying young person
#: tests (SI 2013/376 reg 5; Child Benefit: SI 2006/223 regs 3-4):
#: "non_advanced" a course of full-time education that is not advanced
#: education (more than 12 hours a week of tuition or supervised study, at a
#: school or college or approved elsewhere), "approved_training", or
#: "not_in_education".
EDUCATION = ("not_in_education", "non_advanced", "approved_training")
