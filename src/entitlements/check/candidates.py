"""The benefit check's candidates: every finding it can make, with its
wording, legal basis, action, backdating and the help it passports to.

An explicit registry (:data:`CANDIDATES`, id -> :class:`Candidate`): the
check (``entitlements.check.findings``) and the caseload path
(``entitlements.check.caseload``) value only what is listed here, and a
finding's text comes only from here. Values are never written here: each is
the engine's difference (``entitlements.check._differences``) or a rule
table's amount (``rules/passports``).
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from ..benefits.carers_allowance import CSP_EVERYWHERE

__all__ = ["CERTAINTIES", "Candidate", "CANDIDATES", "BENEFIT_GROUPS", "candidate", "CARER_SUPPORT_PAYMENT",
           "carer_support_payment_named", "named_candidate"]

#: How sure a finding is, surest first.
CERTAINTIES = ("entitled", "claim_needed", "assessment_needed", "check_needed")


@attrs.frozen
class Candidate:
    """One kind of finding.

    ``what``: its name as an adviser says it ("{who}" is filled in with the
    person); ``benefit``: the group it is summed under in a caseload;
    ``certainty``: its usual certainty (a finding may say less sure);
    ``legal_basis``: citations; ``action``: what to do, in one line;
    ``backdating``: the key of ``entitlements.benefits.backdating.BENEFITS``
    (None: no backdating applies, or it is part of another claim);
    ``passports``: ids of the passported help it can unlock; ``question``:
    for a ``check_needed`` finding, the question to ask."""

    id: str
    what: str
    benefit: str
    certainty: str
    legal_basis: tuple[str, ...]
    action: str
    backdating: str | None = None
    passports: tuple[str, ...] = ()
    question: str = ""


_HEALTH = ("free_prescriptions", "nhs_health_costs")
_CANDIDATES = (
    Candidate("universal_credit", "Universal Credit", "Universal Credit", "claim_needed",
              ("Welfare Reform Act 2012 ss 1-4", "Universal Credit Regulations 2013 (SI 2013/376) regs 22, 36"),
              "Claim Universal Credit online at gov.uk/apply-universal-credit (ID, bank details, rent and earnings).",
              "universal_credit", _HEALTH + ("free_school_meals", "healthy_start", "warm_home_discount",
                                              "cold_weather_payment", "broadband_social_tariff", "sure_start_maternity_grant")),
    Candidate("pension_credit", "Pension Credit", "Pension Credit", "claim_needed",
              ("State Pension Credit Act 2002 ss 1-3", "State Pension Credit Regulations 2002 (SI 2002/1792) regs 6-7"),
              "Claim Pension Credit on 0800 99 1234 or at gov.uk/pension-credit (ask for 3 months' backdating).",
              "pension_credit", _HEALTH + ("warm_home_discount", "free_tv_licence", "cold_weather_payment",
                                            "housing_benefit", "council_tax_reduction", "broadband_social_tariff")),
    Candidate("scottish_child_payment", "Scottish Child Payment", "Scottish Child Payment", "claim_needed",
              ("Social Security (Scotland) Act 2018 s 79", "Scottish Child Payment Regulations 2020 (SSI 2020/351)"),
              "Apply to Social Security Scotland (mygov.scot/scottish-child-payment or 0800 182 2222)."),
    Candidate("child_benefit", "Child Benefit", "Child Benefit", "claim_needed",
              ("Social Security Contributions and Benefits Act 1992 ss 141, 145",
               "Child Benefit (Rates) Regulations 2006 (SI 2006/965) reg 2",
               "Income Tax (Earnings and Pensions) Act 2003 s 681C (High Income Child Benefit Charge)"),
              "Claim Child Benefit from HMRC (form CH2, or the HMRC app); with income over the charge threshold, "
              "claim and opt out of payment to keep the National Insurance credits.",
              "child_benefit"),
    Candidate("carers_allowance", "Carer's Allowance ({who})", "Carer's Allowance", "claim_needed",
              ("Social Security Contributions and Benefits Act 1992 s 70",
               "Social Security Benefit (Computation of Earnings) Regulations 1996 and SI 1976/409 reg 8 (earnings limit)",
               "Social Security (Overlapping Benefits) Regulations 1979 (SI 1979/597) reg 4"),
              "Claim Carer's Allowance at gov.uk/carers-allowance (the cared-for person's qualifying benefit and "
              "the 35 hours a week); tell Universal Credit.",
              "carers_allowance"),
    Candidate("uc_carer_element", "UC carer element ({who})", "Universal Credit", "claim_needed",
              ("Universal Credit Regulations 2013 (SI 2013/376) regs 29, 30, 36",),
              "Report the caring (35 hours a week for someone on a qualifying disability benefit) in the Universal "
              "Credit journal."),
    Candidate("uc_childcare_element", "UC childcare costs element", "Universal Credit", "claim_needed",
              ("Universal Credit Regulations 2013 (SI 2013/376) regs 31-35, 36",),
              "Report the childcare costs with the provider's invoices and proof of payment in the Universal "
              "Credit journal (within the assessment period after payment)."),
    Candidate("lcwra", "UC LCWRA element ({who}: fit note, no work capability assessment yet)", "Universal Credit",
              "assessment_needed",
              ("Universal Credit Regulations 2013 (SI 2013/376) regs 27-28, 36, 39-44, Schs 7-9",),
              "Send the fit note to Universal Credit and ask for a work capability assessment (UC50 questionnaire); "
              "the element is paid from the assessment period after the 3-month relevant period."),
    Candidate("lcwra_pension_age", "UC LCWRA element ({who}: over pension age with Attendance Allowance, DLA "
              "highest care or PIP enhanced daily living)", "Universal Credit", "claim_needed",
              ("Universal Credit Regulations 2013 (SI 2013/376) regs 27-28, 36, 40(1)(b), (5), Sch 9 para 5",),
              "Tell Universal Credit in the journal that the one of you over pension age gets that disability benefit "
              "and send a fit note (the medical evidence starts the 3-month relevant period); no work capability "
              "assessment is needed."),
    Candidate("pip", "Personal Independence Payment ({who})", "Personal Independence Payment", "assessment_needed",
              ("Welfare Reform Act 2012 ss 77-79",
               "Social Security (Personal Independence Payment) Regulations 2013 (SI 2013/377) regs 5-7, 24, Sch 1"),
              "Claim PIP on 0800 917 2222 (PIP2 form: describe each activity, with medical evidence); no backdating.",
              "personal_independence_payment", ("carer_for_someone_else",)),
    Candidate("adult_disability_payment", "Adult Disability Payment ({who})", "Personal Independence Payment",
              "assessment_needed",
              ("Social Security (Scotland) Act 2018 s 31",
               "Disability Assistance for Working Age People (Scotland) Regulations 2022 (SSI 2022/54)"),
              "Apply to Social Security Scotland (mygov.scot/adult-disability-payment or 0800 182 2222).",
              None, ("carer_for_someone_else",)),
    Candidate("attendance_allowance", "Attendance Allowance ({who})", "Attendance Allowance", "assessment_needed",
              ("Social Security Contributions and Benefits Act 1992 ss 64-65",),
              "Claim Attendance Allowance (form AA1 from gov.uk/attendance-allowance); no backdating.",
              "attendance_allowance", ("carer_for_someone_else",)),
    Candidate("pension_age_disability_payment", "Pension Age Disability Payment ({who})", "Attendance Allowance",
              "assessment_needed",
              ("Social Security (Scotland) Act 2018 s 31",
               "Disability Assistance for Older People (Scotland) Regulations 2024 (SSI 2024/166) regs 5-6, 26"),
              "Apply to Social Security Scotland (mygov.scot/pensiondisability or 0800 182 2222).",
              None, ("carer_for_someone_else",)),
    Candidate("dla_child", "Disability Living Allowance for {who}", "Disability Living Allowance", "assessment_needed",
              ("Social Security Contributions and Benefits Act 1992 ss 71-73",
               "Social Security (Disability Living Allowance) Regulations 1991 (SI 1991/2890) reg 4"),
              "Claim DLA for the child (form DLA1A from gov.uk/disability-living-allowance-children); in Scotland "
              "Child Disability Payment. Then report it to Universal Credit (disabled child addition).",
              "disability_living_allowance"),
    Candidate("housing_benefit", "Housing Benefit", "Housing Benefit", "claim_needed",
              ("Social Security Contributions and Benefits Act 1992 s 130",
               "Housing Benefit (Persons who have attained the qualifying age for state pension credit) Regulations "
               "2006 (SI 2006/214)", "Housing Benefit Regulations 2006 (SI 2006/213)"),
              "Claim Housing Benefit from the council (with a Pension Credit claim, DWP passes it on).",
              "housing_benefit_pension_age",
              question="Is Housing Benefit paid towards the rent already? (Pension age, or supported or temporary "
                       "accommodation: Housing Benefit, not the UC housing element.)"),
    Candidate("council_tax_reduction", "Council Tax Reduction", "Council Tax Reduction", "claim_needed",
              ("Local Government Finance Act 1992 s 13A",
               "Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations 2012 (SI 2012/2885)",
               "Council Tax Reduction Schemes and Prescribed Requirements (Wales) Regulations 2013 (WSI 2013/3029)",
               "Council Tax Reduction (State Pension Credit) (Scotland) Regulations 2012 (SSI 2012/319)",
               "Council Tax Reduction (Scotland) Regulations 2021 (SSI 2021/249)"),
              "Claim Council Tax Reduction from the council that sends the council tax bill (in England the "
              "national pensioners' scheme at pension age, each council's own scheme below it; in Wales and "
              "Scotland national schemes at every age).",
              None,
              question="Is Council Tax Reduction paid already?"),
    # The disabled band reduction (since 2026-12-08, from the adviser's pass qa-adv9, case 6): the law by nation is
    # BAND_REDUCTION_LAW (England and Wales SI 1992/554, made under LGFA 1992 s 13; Scotland SI 1992/1335, made under
    # s 80; both read 2026-12-08 in legalize-dev/legalize-uk, uk/uksi-1992-554.md and uk/uksi-1992-1335.md: reg
    # 3(1)(a)(i)-(iii) the room, second bathroom or kitchen, or wheelchair space; reg 3(3) a wheelchair used within
    # the dwelling; reg 3(1)(b) an application in writing; reg 4 the band below charged).
    Candidate("disabled_band_reduction", "Disabled band reduction of the council tax (the band below charged)",
              "Council tax", "check_needed",
              ("Local Government Finance Act 1992 s 13",
               "Council Tax (Reductions for Disabilities) Regulations 1992 (SI 1992/554) regs 3-4"),
              "Apply in writing to the council that sends the council tax bill for the disabled band reduction (its "
              "form, or a letter: what the room, bathroom, kitchen or wheelchair space is and why the substantially "
              "and permanently disabled resident needs it; reg 3(1)(b)).",
              question="Does the home have a room (not a bathroom, kitchen or toilet) used mainly by and needed for a "
                       "disabled resident, a second bathroom or kitchen they need, or room enough for a wheelchair "
                       "they use indoors?"),
    # The severely mentally impaired (since 2026-12-08): disregarded for the discount (LGFA 1992 s 11, Sch 1 para 2;
    # the qualifying benefits SI 1992/548 art 3, read 2026-12-08 in legalize-dev/legalize-uk uk/uksi-1992-548.md, its
    # revised text to 2004) and, where every resident is, the home exempt (SI 1992/558 art 3 Class U, read the same
    # day, uk/uksi-1992-558.md). England and Wales only: Scotland's own order was not read.
    Candidate("severely_mentally_impaired", "Council tax: the severely mentally impaired disregarded (or the home "
              "exempt)", "Council tax", "check_needed",
              ("Local Government Finance Act 1992 s 11, Sch 1 para 2",
               "Council Tax (Discount Disregards) Order 1992 (SI 1992/548) art 3",
               "Council Tax (Exempt Dwellings) Order 1992 (SI 1992/558) art 3 Class U"),
              "Ask the council that sends the council tax bill to disregard the person (or exempt the home, if they "
              "live alone or only with others so impaired): a doctor's certificate of severe mental impairment (a "
              "severe impairment of intelligence and social functioning, such as from dementia, that appears "
              "permanent) and the qualifying benefit (LGFA 1992 Sch 1 para 2).",
              question="Does a doctor certify that someone here is severely mentally impaired (a severe impairment "
                       "of intelligence and social functioning, such as from dementia, that appears permanent)?"),
    Candidate("free_prescriptions", "Free NHS prescriptions", "Help with health costs", "entitled",
              ("NHS (Travel Expenses and Remission of Charges) Regulations 2003 (SI 2003/2382) reg 5",
               "NHS (Charges for Drugs and Appliances) Regulations 2015 (SI 2015/570) reg 10"),
              "Tick the benefit box on the back of the prescription (no certificate needed); keep the award "
              "letter as evidence."),
    Candidate("nhs_health_costs", "Free NHS dental treatment, sight tests, glasses vouchers and travel to hospital",
              "Help with health costs", "entitled",
              ("NHS (Travel Expenses and Remission of Charges) Regulations 2003 (SI 2003/2382) regs 3, 5",),
              "Tell the dentist, optician or hospital (travel costs: claim at the hospital with the award letter)."),
    Candidate("healthy_start", "Healthy Start", "Food and maternity", "claim_needed",
              ("Healthy Start Scheme and Welfare Food (Amendment) Regulations 2005 (SI 2005/3262) reg 3",),
              "Apply at healthystart.nhs.uk (the card is loaded every 4 weeks)."),
    Candidate("best_start_foods", "Best Start Foods", "Food and maternity", "claim_needed",
              ("Welfare Foods (Best Start Foods) (Scotland) Regulations 2019 (SSI 2019/193) regs 6-10, 13",),
              "Apply to Social Security Scotland (mygov.scot/best-start-grant-best-start-foods)."),
    Candidate("sure_start_maternity_grant", "Sure Start Maternity Grant", "Food and maternity", "claim_needed",
              ("Social Fund Maternity and Funeral Expenses (General) Regulations 2005 (SI 2005/3061) regs 5, 5A",),
              "Claim on form SF100 from 11 weeks before the due date to 6 months after the birth."),
    Candidate("free_school_meals", "Free school meals", "Food and maternity", "check_needed",
              ("Education Act 1996 s 512ZB", "Free School Lunches and Milk (Universal Credit) (England) Order 2018 "
               "(SI 2018/148)"),
              "Apply to the council or school with the award letter.",
              question="Which school year is each child in (free school meals depend on it)?"),
    Candidate("warm_home_discount", "Warm Home Discount", "Energy and bills", "entitled",
              ("Warm Home Discount (England and Wales) Regulations 2022 (SI 2022/772) regs 8-9",),
              "Paid automatically to the electricity account holder named on the benefit (check the letter; "
              "call the helpline if none arrives by March)."),
    Candidate("cold_weather_payment", "Cold Weather Payments", "Energy and bills", "entitled",
              ("Social Fund Cold Weather Payments (General) Regulations 1988 (SI 1988/1724)",),
              "Paid automatically for each 7 days of cold weather; nothing to claim."),
    Candidate("free_tv_licence", "Free TV licence (75 or over, with Pension Credit)", "Energy and bills", "claim_needed",
              ("Communications (Television Licensing) Regulations 2004 (SI 2004/692) Sch 2 (as amended)",),
              "Apply to TV Licensing on 0300 790 6165 with the Pension Credit award."),
    Candidate("broadband_social_tariff", "Broadband and phone social tariffs (a range: each provider sets its own)",
              "Energy and bills", "claim_needed",
              ("Not law: each provider's scheme (Ofcom's list of social tariffs)",),
              "Ask the broadband provider for its social tariff (Ofcom lists them); water companies have their own."),
    Candidate("carer_for_someone_else", "Carer's entitlement for whoever cares for {who}", "Carer's Allowance",
              "check_needed",
              ("Social Security Contributions and Benefits Act 1992 s 70", "SI 2013/376 reg 30"),
              "Once the award is made, whoever cares 35 hours a week can claim Carer's Allowance or the UC carer element.",
              question="Does anyone care for this person 35 hours a week or more?"),
)

#: Every candidate, by id.
CANDIDATES: dict[str, Candidate] = {c.id: c for c in _CANDIDATES}

#: The ``carers_allowance`` finding in Scotland, where Carer Support Payment replaced Carer's Allowance (new claims
#: in every area from 4 November 2024): the same finding (id, group and value), named and claimed as it is there.
CARER_SUPPORT_PAYMENT = Candidate(
    "carers_allowance", "Carer Support Payment ({who})", "Carer's Allowance", "claim_needed",
    ("Social Security (Scotland) Act 2018 s 28",
     "Carer's Assistance (Carer Support Payment) (Scotland) Regulations 2023 (SSI 2023/302) regs 14, 16, 18",
     "Social Security (Overlapping Benefits) Regulations 1979 (SI 1979/597) reg 4"),
    "Apply to Social Security Scotland for Carer Support Payment (mygov.scot/carer-support-payment or 0800 182 2222; "
    "the cared-for person's qualifying benefit and the 35 hours a week); tell Universal Credit.",
    "carer_support_payment")



#: Where to claim Council Tax Reduction, by nation (the benefit check's "Do" line): England prescribes only the
#: pensioners' scheme (SI 2012/2885), each council designing its own below pension age (LGFA 1992 s 13A(2)); Wales
#: prescribes both (WSI 2013/3029); Scotland has national schemes for both (SSI 2012/319, SSI 2021/249). Each is
#: claimed from the council.
#: The law of Council Tax Reduction in each nation, for a finding's "Law" line: in England and Wales the
#: billing authority's scheme under LGFA 1992 s 13A(1)(a)-(b) with the prescribed requirements; in Scotland
#: regulations the Scottish Ministers make under s 80 of that Act (SSI 2021/249 and SSI 2012/319 recite it; read
#: 2026-12-07 in legalize-dev/legalize-uk, uk-sct/ssi-2021-249.md). Until 2026-12-07 every nation's instruments
#: were listed for every household, and s 13A for Scotland too.
CTR_LAW = {
    "england": ("Local Government Finance Act 1992 s 13A",
                "Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations 2012 (SI 2012/2885)"),
    "wales": ("Local Government Finance Act 1992 s 13A",
              "Council Tax Reduction Schemes and Prescribed Requirements (Wales) Regulations 2013 (WSI 2013/3029)"),
    "scotland": ("Local Government Finance Act 1992 s 80",
                 "Council Tax Reduction (State Pension Credit) (Scotland) Regulations 2012 (SSI 2012/319)",
                 "Council Tax Reduction (Scotland) Regulations 2021 (SSI 2021/249)"),
}

#: What to do and the law for a Housing Benefit finding, by the household's scheme (HB_SCHEMES: pension age, SI
#: 2006/214; working age, SI 2006/213, only in supported or temporary accommodation on Universal Credit: SI 2013/376
#: Sch 1 paras 3A-3B). Until 2026-12-07 every household was told of the Pension Credit claim and given both.
HB_ACTIONS = {
    "pension_age": ("Claim Housing Benefit from the council (with a Pension Credit claim, DWP passes it on).",
                    ("Social Security Contributions and Benefits Act 1992 s 130",
                     "Housing Benefit (Persons who have attained the qualifying age for state pension credit) "
                     "Regulations 2006 (SI 2006/214)")),
    "working_age": ("Claim Housing Benefit from the council: in supported or temporary accommodation it meets the rent, "
                    "not the Universal Credit housing element (SI 2013/376 Sch 1 paras 3A-3B); tell Universal Credit "
                    "that Housing Benefit meets the rent.",
                    ("Social Security Contributions and Benefits Act 1992 s 130",
                     "Housing Benefit Regulations 2006 (SI 2006/213)")),
}

#: The law of the disabled band reduction, by nation: in England and Wales SI 1992/554 (made under LGFA 1992 s 13),
#: reg 3 the dwelling (a room, a second bathroom or kitchen, or wheelchair space needed by a substantially and
#: permanently disabled resident), reg 4 the band below charged; in Scotland SI 1992/1335 (made under s 80), reg 3
#: the same conditions (reg 3(3): a wheelchair used within the dwelling), reg 4 the band below.
BAND_REDUCTION_LAW = {
    "england": CANDIDATES["disabled_band_reduction"].legal_basis,
    "wales": CANDIDATES["disabled_band_reduction"].legal_basis,
    "scotland": ("Local Government Finance Act 1992 s 80",
                 "Council Tax (Reductions for Disabilities) (Scotland) Regulations 1992 (SI 1992/1335) regs 3-4"),
}

CTR_ACTIONS = {
    "england": "Claim Council Tax Reduction from the council that sends the council tax bill: at pension age the "
               "national pensioners' scheme (SI 2012/2885), below it the council's own scheme (LGFA 1992 s 13A(2)).",
    "wales": "Claim Council Tax Reduction from the council that sends the council tax bill: Wales has national "
             "schemes for pension age and working age alike (WSI 2013/3029), which every council's scheme follows.",
    "scotland": "Claim Council Tax Reduction from the council that sends the council tax bill: Scotland has national "
                "schemes, at pension age SSI 2012/319 and below it SSI 2021/249.",
}


def carer_support_payment_named(cid: str, scottish, on):
    """Whether finding ``cid`` is named Carer Support Payment: a
    ``carers_allowance`` finding for a household in Scotland (``scottish``,
    a bool or an array) checked on or after ``CSP_EVERYWHERE`` (``on``, a
    date or a ``datetime64[D]`` array). The one household's check and the
    caseload's both name the finding by this.

    >>> bool(carer_support_payment_named("carers_allowance_1", True, dt.date(2026, 12, 7)))
    True
    """
    if candidate(cid).id != "carers_allowance":
        return np.zeros(np.shape(scottish), bool)
    return np.asarray(scottish, bool) & (np.asarray(on, "datetime64[D]") >= np.datetime64(CSP_EVERYWHERE, "D"))


def named_candidate(cid: str, carer_support_payment: bool) -> Candidate:
    """The candidate of finding ``cid`` as it is named: :data:`CARER_SUPPORT_PAYMENT`
    where :func:`carer_support_payment_named` says so, else :func:`candidate`."""
    return CARER_SUPPORT_PAYMENT if carer_support_payment and candidate(cid).id == "carers_allowance" else candidate(cid)


#: The groups a caseload's summary adds findings up by, in order.
BENEFIT_GROUPS: tuple[str, ...] = tuple(dict.fromkeys(c.benefit for c in _CANDIDATES))


def candidate(cid: str) -> Candidate:
    """A candidate by id; per-person ids (``carers_allowance_2``) name the kind."""
    if cid in CANDIDATES:
        return CANDIDATES[cid]
    base = cid.rsplit("_", 1)[0]
    return CANDIDATES[base]
