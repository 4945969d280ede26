"""The household flags of ``entitlements estimate`` and ``entitlements gain``: one row a household fact, and the household they build.

Every field a household file can hold (of :class:`~entitlements.household.Adult`,
:class:`~entitlements.household.Child`, :class:`~entitlements.household.NonDependant`,
:class:`~entitlements.household.Housing` and :class:`~entitlements.household.Household`)
is set by a flag in :data:`FLAGS` (a child's and a non-dependant's facts by the
options of ``--child`` and ``--non-dependant``, in :mod:`entitlements.io.arguments`).
``tests/test_cli_ux.py`` derives the fields from the attrs classes and fails for
one without a flag, and runs each row's ``example``. To add a household field:
add its row here, with an example.

A flag changes the household it is given with (a file's, or one built from
``--age``); a flag not given changes nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from .io import arguments as arg

__all__ = ["Flag", "FLAGS", "add_household_flags", "household_from_args", "covered_fields"]


def _yes_no(text: str) -> bool:
    words = {"yes": True, "y": True, "true": True, "no": False, "n": False, "false": False}
    if text.strip().lower() not in words:
        raise argparse.ArgumentTypeError(f"{text!r}: answer yes or no")
    return words[text.strip().lower()]


@attrs.frozen
class Flag:
    """One household fact on the command line.

    ``owner`` is the class whose ``fields`` the flag sets ("Adult" flags come
    twice: ``--NAME`` for the claimant, ``--partner-NAME`` for the partner).
    ``help`` may say ``{whose}`` ("the claimant's") and ``{who}`` ("the
    claimant"). ``kind``: ``switch`` (no value), ``value`` (one, read by
    ``type``), ``append`` (repeatable) or ``tenure`` (the four tenure
    switches). ``to_fields`` turns the value into field values (default: the
    one field set to it). ``example``: arguments the test runs to see the
    first field change (with ``needs``, arguments it needs beside)."""

    owner: str
    fields: tuple[str, ...]
    name: str
    help: str
    kind: str = "value"
    type: Callable[[str], Any] | None = None
    choices: tuple[str, ...] | None = None
    metavar: str | None = None
    to_fields: Callable[[Any], Mapping[str, Any]] | None = None
    example: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    once: str = ""  # a ``value`` flag that may not be repeated: why (the error's words); "" takes the last

    def dest(self, prefix: str = "") -> str:
        return (prefix + self.name).replace("-", "_")

    def values(self, value: Any) -> Mapping[str, Any]:
        return self.to_fields(value) if self.to_fields else {self.fields[0]: value}


def _lha(value: tuple[int, str]) -> dict[str, Any]:
    """``--lha``: a rate a week or a month (the rent officers' periods)."""
    from .errors import InputError

    if value[1] not in ("week", "month"):
        raise InputError("--lha", value[0], "an amount per week or per month")
    return {"lha_rate": value[0], "lha_period": value[1]}


_RATES = {"pip": ("standard", "enhanced"), "dla_care": ("lowest", "middle", "highest"),
          "lower_higher": ("lower", "higher")}

#: Every household fact a flag can give, by the class it belongs to.
FLAGS: tuple[Flag, ...] = (
    # -- an adult: the claimant (--NAME) and the partner (--partner-NAME) ----------------
    Flag("Adult", ("age", "date_of_birth"), "age", "{whose} age in years (or --{prefix}dob)", type=arg.whole_number, metavar="YEARS",
         to_fields=lambda v: {"age": v, "date_of_birth": None}, example=("--age", "51")),
    Flag("Adult", ("date_of_birth", "age"), "dob", "{whose} date of birth (instead of --{prefix}age)", type=arg.date,
         metavar="DATE", to_fields=lambda v: {"date_of_birth": v, "age": None}, example=("--dob", "1980-01-02")),
    Flag("Adult", ("monthly_earnings",), "earnings", "{whose} net earnings in the assessment period (after tax, NI and "
         "pension contributions), e.g. 900/month", type=arg.money("month"), metavar="POUNDS", example=("--earnings", "900")),
    Flag("Adult", ("gross_monthly_earnings",), "gross-earnings", "{whose} gross pay a month (net is worked out: income "
         "tax, NI, pension)", type=arg.money("month"), metavar="POUNDS", example=("--gross-earnings", "1200")),
    Flag("Adult", ("pension_contribution_monthly",), "pension-contribution", "{whose} pension contributions a month, "
         "taken from the gross pay of --{prefix}gross-earnings", type=arg.money("month"), metavar="POUNDS",
         example=("--pension-contribution", "50"), needs=("--gross-earnings", "1200")),
    Flag("Adult", ("work_hours_weekly",), "hours", "{whose} hours of paid work a week on average, in whole hours "
         "(Housing Benefit and Council Tax Reduction: the additional earnings disregard)", type=arg.whole_number, metavar="HOURS",
         example=("--hours", "30"), needs=("--earnings", "900")),
    Flag("Adult", ("pension_relief",), "pension-relief", "how {whose} pension contributions get tax relief "
         "(default net_pay)", choices=("net_pay", "relief_at_source"), example=("--pension-relief", "relief_at_source")),
    Flag("Adult", ("in_paid_work",), "in-paid-work", "whether {who} is in paid work (default: yes if there are "
         "earnings)", type=_yes_no, metavar="yes|no", example=("--in-paid-work", "yes")),
    Flag("Adult", ("lcw",), "lcw", "{who} has limited capability for work (LCW)", kind="switch", example=("--lcw",)),
    Flag("Adult", ("lcwra", "lcwra_element_in_award"), "lcwra", "{who} has limited capability for work and "
         "work-related activity (LCWRA), with the element in the award", kind="switch",
         to_fields=lambda v: {"lcwra": True, "lcwra_element_in_award": True}, example=("--lcwra",)),
    Flag("Adult", ("lcwra", "lcwra_element_in_award"), "lcwra-pending", "{who} has been found to have LCWRA but the "
         "element is not yet in the award (the relevant period of SI 2013/376 reg 28 has not ended); not for a "
         "decision still awaited: leave it out and try `gain --with lcwra_found`", kind="switch",
         to_fields=lambda v: {"lcwra": True, "lcwra_element_in_award": False}, example=("--lcwra-pending",),
         needs=()),
    Flag("Adult", ("lcwra_protection",), "lcwra-protection", "which LCWRA amount {who} gets from 6 April 2026, and "
         "why (with --{prefix}lcwra; default: decided from --{prefix}uc-claim-start and --{prefix}evidence-date, as "
         "`gain` decides it)", choices=("pre_2026_claimant", "severe_conditions_criteria", "terminally_ill", "new_claimant"),
         example=("--lcwra-protection", "terminally_ill"), needs=("--lcwra",)),
    Flag("Adult", ("uc_claim_start",), "uc-claim-start", "the first day of the Universal Credit award {who} has had "
         "continuously (with --{prefix}lcwra: decides the LCWRA amount from 6 April 2026, SI 2013/376 reg 27A)",
         type=arg.date, metavar="DATE", example=("--uc-claim-start", "2026-02-01"), needs=("--lcwra",)),
    Flag("Adult", ("lcwra_evidence_date",), "evidence-date", "the day {who} first gave medical evidence of limited "
         "capability for work (with --{prefix}lcwra: starts the relevant period of reg 28; decides the LCWRA amount "
         "with --{prefix}uc-claim-start)", type=arg.date, metavar="DATE", example=("--evidence-date", "2026-03-01"),
         needs=("--lcwra",)),
    Flag("Adult", ("lcw_element_saved", "lcw"), "lcw-saved", "{who} keeps the LCW element from before 3 April 2017 "
         "(a saved case, SI 2017/204 Sch 2); implies --{prefix}lcw", kind="switch",
         to_fields=lambda v: {"lcw_element_saved": True, "lcw": True}, example=("--lcw-saved",)),
    Flag("Adult", ("carer",), "carer", "{who} cares 35 hours or more a week for a severely disabled person "
         "(SI 2013/376 reg 30)", kind="switch", example=("--carer",)),
    Flag("Adult", ("claims_carers_allowance", "carer"), "claims-carers-allowance", "{who} claims Carer's Allowance "
         "(the amount is worked out; implies --{prefix}carer)", kind="switch",
         to_fields=lambda v: {"claims_carers_allowance": True, "carer": True}, example=("--claims-carers-allowance",)),
    Flag("Adult", ("carers_allowance_weekly",), "carers-allowance", "{whose} Carer's Allowance as paid, e.g. 83.30/week "
         "(or --{prefix}claims-carers-allowance to work it out)", type=arg.money("week"), metavar="POUNDS",
         example=("--carers-allowance", "83.30")),
    Flag("Adult", ("new_style_esa_weekly",), "esa", "{whose} new-style ESA a week", type=arg.money("week"),
         metavar="POUNDS", example=("--esa", "92.05")),
    Flag("Adult", ("esa_support_component",), "esa-support-component", "{who} gets the support component of ESA "
         "(a benefit cap exemption)", kind="switch", example=("--esa-support-component",)),
    Flag("Adult", ("new_style_jsa_weekly",), "jsa", "{whose} new-style JSA a week", type=arg.money("week"),
         metavar="POUNDS", example=("--jsa", "92.05")),
    Flag("Adult", ("pension_income_weekly",), "pension", "{whose} pensions other than State Pension a week "
         "(occupational, personal), before income tax", type=arg.money("week"), metavar="POUNDS", example=("--pension", "120.00")),
    Flag("Adult", ("state_pension_weekly",), "state-pension", "{whose} State Pension a week, before income tax (income; it "
         "overlaps with Carer's Allowance, SI 1979/597 reg 4, and uses up the allowance in a tax code)", type=arg.money("week"),
         metavar="POUNDS", example=("--state-pension", "230.25")),
    Flag("Adult", ("reached_pension_age_before_6_april_2016",), "reached-pension-age-before-2016", "whether {who} "
         "reached State Pension age before 6 April 2016 (the savings credit; default: from the date of birth or age, "
         "asked for where it turns on sex)", type=_yes_no, metavar="yes|no",
         example=("--reached-pension-age-before-2016", "yes")),
    Flag("Adult", ("other_unearned_income_monthly",), "other-income", "{whose} other unearned income a month that "
         "UC counts (SI 2013/376 reg 66), e.g. maintenance for the claimant", type=arg.money("month"), metavar="POUNDS",
         example=("--other-income", "100")),
    Flag("Adult", ("pip_daily_living",), "pip-daily-living", "{whose} PIP (ADP in Scotland) daily living rate",
         choices=_RATES["pip"], example=("--pip-daily-living", "standard")),
    Flag("Adult", ("pip_mobility",), "pip-mobility", "{whose} PIP (ADP in Scotland) mobility rate", choices=_RATES["pip"],
         example=("--pip-mobility", "enhanced")),
    Flag("Adult", ("dla_care",), "dla-care", "{whose} DLA care rate", choices=_RATES["dla_care"],
         example=("--dla-care", "middle")),
    Flag("Adult", ("dla_mobility",), "dla-mobility", "{whose} DLA mobility rate", choices=_RATES["lower_higher"],
         example=("--dla-mobility", "higher")),
    Flag("Adult", ("attendance_allowance",), "attendance-allowance", "{whose} Attendance Allowance rate",
         choices=_RATES["lower_higher"], example=("--attendance-allowance", "lower")),
    Flag("Adult", ("blind",), "blind", "{who} is certified severely sight impaired or blind", kind="switch",
         example=("--blind",)),
    Flag("Adult", ("carer_paid_for",), "carer-paid-for", "someone is paid Carer's Allowance (or has the Universal "
         "Credit carer element) for caring for {who}: no severe disability amount", kind="switch",
         example=("--carer-paid-for",)),
    # -- the household ------------------------------------------------------------------
    Flag("Household", ("children",), "child", "a child: date of birth, then any of: dla-lowest, dla-middle, "
         "dla-highest, dla-mobility-lower, dla-mobility-higher, pip-standard, pip-enhanced, pip-mobility-standard, "
         "pip-mobility-enhanced, blind, girl, boy, multiple-birth, adoption, kinship, non-consensual, continuation, and "
         "for a young person 16 to 19 non-advanced, training or not-in-education; "
         "e.g. 2012-03-04:dla-middle,girl (repeat for each child)", kind="append", type=arg.child, metavar="DOB[:OPTS]",
         example=("--child", "2019-05-01")),
    Flag("Household", ("capital",), "capital", "savings and other capital, in pounds (both partners together)",
         type=arg.money("total"), metavar="POUNDS", example=("--capital", "7000")),
    Flag("Household", ("nation",), "nation", "where the household lives (income tax bands, Scottish benefits; default "
         "england)", choices=("england", "wales", "scotland"), example=("--nation", "scotland")),
    Flag("Household", ("greater_london",), "london", "lives in Greater London (the higher benefit cap)", kind="switch",
         example=("--london",)),
    Flag("Household", ("childcare_costs_monthly",), "childcare", "childcare charges paid for the assessment period, "
         "e.g. 400/month", type=arg.money("month"), metavar="POUNDS", example=("--childcare", "400"),
         needs=("--child", "2019-05-01", "--childcare-children", "1")),
    Flag("Household", ("childcare_children",), "childcare-children", "how many children the childcare is for "
         "(default 1 with --childcare)", type=arg.whole_number, metavar="N", example=("--childcare-children", "1"),
         needs=("--child", "2019-05-01")),
    Flag("Household", ("benefit_cap_grace_period",), "cap-grace-period", "within the benefit cap's 9-month grace period "
         "after work ended (SI 2013/376 reg 82(2))", kind="switch", example=("--cap-grace-period",)),
    Flag("Household", ("child_benefit_claimed",), "no-child-benefit", "Child Benefit is not claimed (it is taken as "
         "claimed for every child otherwise)", kind="switch", to_fields=lambda v: {"child_benefit_claimed": False},
         example=("--no-child-benefit",)),
    Flag("Household", ("guardians_allowance",), "guardians-allowance", "Guardian's Allowance is paid (a benefit cap "
         "exemption, SI 2013/376 reg 83(1)(k))", kind="switch", example=("--guardians-allowance",)),
    Flag("Household", ("local_authority",), "council", "the billing authority (local council) by name or GSS code, "
         "for council tax and Council Tax Reduction (with --council-tax-band), e.g. Coventry or E08000026; without "
         "--nation it gives the nation (Swansea: Wales), said in the first line",
         metavar="NAME", example=("--council", "North Warwickshire")),
    Flag("Household", ("mixed_age_protected",), "mixed-age-protected", "a mixed-age couple entitled as that couple "
         "to Pension Credit or pension-age Housing Benefit on 14 May 2019 and since: those instead of Universal Credit "
         "(SI 2019/37 art 4)", kind="switch", example=("--mixed-age-protected",),
         needs=("--age", "70", "--partner-age", "60")),
    Flag("Household", ("transitional_family_premium",), "transitional-family-premium", "Scotland, Council Tax "
         "Reduction: the applicant has kept the transitional family premium (entitled to Council Tax Reduction on 30 "
         "April 2016 with a child in the family, a child in it since and no new application: SSI 2016/81 reg 2; "
         "pension age SSI 2012/319 reg 20(e), working age SSI 2021/249 reg 98); without it, no family premium",
         kind="switch", example=("--transitional-family-premium",)),
    Flag("Household", ("transitional_family_premium_22_20",), "transitional-family-premium-22-20", "Scotland, "
         "working-age Council Tax Reduction: the transitional family premium the applicant was entitled to on 31 March "
         "2022 was £22.20 a week, which it stays (SSI 2021/249 reg 98(2)(a)); with --transitional-family-premium",
         kind="switch", example=("--transitional-family-premium", "--transitional-family-premium-22-20")),
    Flag("Household", ("applicant",), "applicant", "which of a couple claims Housing Benefit and applies for Council "
         "Tax Reduction: adult1 (the one the plain flags describe) or adult2 (the partner, --partner-...); where not "
         "given and a rule turns on it (no disability premium for a claimant with limited capability for work, SI "
         "2006/213 Sch 3 para 13(9)), check needed", choices=("adult1", "adult2"), example=("--applicant", "adult2"),
         needs=("--partner-age", "40")),
    Flag("Household", ("marriage_allowance_transferred_by",), "marriage-allowance-transferred-by", "which of a "
         "married couple (or civil partners) has elected to transfer 10%% of their personal allowance to the other "
         "(the marriage allowance, ITA 2007 ss 55B-55C): adult1 or adult2 (the partner); it lowers the tax on pensions "
         "that Pension Credit, pension-age Housing Benefit and Council Tax Reduction disregard",
         choices=("adult1", "adult2"), example=("--marriage-allowance-transferred-by", "adult2"),
         needs=("--partner-age", "70")),
    Flag("Household", ("savings_credit_protected",), "savings-credit-protected", "a couple one of whom reached "
         "pensionable age before 6 April 2016 and one after, one of whom has had savings credit since before 6 April "
         "2016 without a break: their savings credit is worked out (SI 2002/1792 reg 7A); without it, none",
         kind="switch", example=("--savings-credit-protected",), needs=("--age", "85", "--partner-age", "68")),
    Flag("Household", ("adjusted_net_income_annual",), "adjusted-net-income", "the higher partner's adjusted net income "
         "for the tax year, for the High Income Child Benefit Charge, e.g. 65000/year", type=arg.money("year"),
         metavar="POUNDS", example=("--adjusted-net-income", "65000")),
    # -- the home -------------------------------------------------------------------------
    Flag("Housing", ("tenure",), "tenure", "", kind="tenure", example=("--owner",)),
    Flag("Housing", ("rent", "rent_period"), "rent", "eligible rent (with eligible service charges), e.g. 650/month, "
         "150/week, 300/2weeks", type=arg.amount_per, metavar="AMOUNT/PERIOD",
         to_fields=lambda v: {"rent": v[0], "rent_period": v[1]}, example=("--rent", "150/week"),
         needs=("--social", "--bedrooms", "1", "--rent", "100/month")),
    Flag("Housing", ("owner_housing_costs", "owner_housing_costs_period"), "owner-costs", "an owner-occupier's "
         "service charges, ground rent and rentcharges that Pension Credit meets (SI 2002/1792 Sch II para 13), after "
         "charges for fuel, meals and other ineligible services and for repairs, e.g. 15/week, 780/year; not mortgage "
         "interest (a Support for Mortgage Interest loan)", type=arg.amount_per, metavar="AMOUNT/PERIOD",
         to_fields=lambda v: {"owner_housing_costs": v[0], "owner_housing_costs_period": v[1]},
         example=("--owner-costs", "15/week"), needs=("--owner", "--age", "75")),
    Flag("Housing", ("rent_free_weeks",), "rent-free-weeks", "rent-free weeks in the year, for rent paid weekly, "
         "two-weekly or four-weekly (SI 2013/376 Sch 4 para 7)", type=arg.whole_number, metavar="N", example=("--rent-free-weeks", "2"),
         needs=("--social", "--bedrooms", "1", "--rent", "100/week")),
    Flag("Housing", ("bedrooms",), "bedrooms", "bedrooms in the home (for a social renter on Universal Credit: the "
         "under-occupancy deduction; not needed at pension age)", type=arg.whole_number, metavar="N", example=("--bedrooms", "2"), needs=("--private", "--lha", "500/month", "--rent", "500/month")),
    Flag("Housing", ("brma",), "brma", "the Broad Rental Market Area, for a private renter: the LHA for the bedrooms "
         "allowed is looked up", metavar="NAME", example=("--brma", "Coventry"), needs=("--private", "--lha", "500/month", "--rent", "500/month")),
    Flag("Housing", ("lha_rate", "lha_period"), "lha", "or the Local Housing Allowance for the household's category, "
         "given, e.g. 797.81/month", type=arg.amount_per, metavar="AMOUNT/PERIOD",
         to_fields=lambda v: _lha(v), example=("--lha", "560/month"), needs=("--private", "--brma", "Coventry", "--rent", "500/month")),
    Flag("Housing", ("shared_accommodation_exception",), "shared-accommodation-exception", "why a single private "
         "renter under 35 is not held to the shared accommodation rate (SI 2013/376 Sch 4 para 29)",
         choices=("care_leaver_under_25", "hostel_resident_3_months", "disability_benefit", "mappa",
                  "domestic_abuse_refuge", "foster_parent"),
         example=("--shared-accommodation-exception", "mappa"), needs=("--private", "--lha", "500/month", "--rent", "500/month")),
    Flag("Housing", ("extra_bedrooms",), "extra-bedroom", "a reason for an extra bedroom (SI 2013/376 Sch 4 para 12; "
         "SI 2006/214 reg 13D(3)-(3B); repeat for each reason, child_cannot_share once for each such child): overnight_carer, couple_cannot_share, child_cannot_share, foster_carer", kind="append",
         choices=("overnight_carer", "couple_cannot_share", "child_cannot_share", "foster_carer"),
         to_fields=lambda v: {"extra_bedrooms": tuple(v)}, example=("--extra-bedroom", "overnight_carer"),
         needs=("--social", "--bedrooms", "2", "--rent", "500/month")),
    Flag("Housing", ("self_contained",), "not-self-contained", "a private renter (with any partner) has the exclusive "
         "use of neither two rooms nor a room with a bathroom, toilet and kitchen (a room in a shared house): Housing "
         "Benefit at pension age uses the shared accommodation rate for one bedroom unless the severe disability "
         "premium applies (SI 2006/214 reg 13D(2))", kind="switch", to_fields=lambda v: {"self_contained": False},
         example=("--not-self-contained",), needs=("--private", "--brma", "Bristol", "--rent", "130/week")),
    Flag("Housing", ("lodger_payment_weekly",), "lodger", "what a lodger (one person paying on a commercial basis to "
         "live in the home, not family: give them as --non-dependant) pays a week, e.g. 100; Housing Benefit, Pension "
         "Credit and Council Tax Reduction count it less £20 (a sub-tenant: SI 2006/214 Sch 5 para 10) or, with "
         "--lodger-board, less £20 and half the rest (para 9); Universal Credit does not count it (SI 2013/376 reg 66)",
         type=arg.money("week"), metavar="POUNDS", example=("--lodger", "100"), needs=("--owner", "--age", "75"),
         once="one lodger only: each lodger's payments have their own £20 disregard (SI 2006/214 Sch 5 paras 9-10; "
              "SI 2002/1792 Sch IV paras 8-9), so two lodgers cannot be given as one payment; more than one lodger "
              "is not modelled"),
    Flag("Housing", ("lodger_board",), "lodger-board", "the lodger's payment includes some meals the household cooks "
         "or prepares and the lodger eats there (board and lodging): £20 and half of the rest disregarded", kind="switch",
         example=("--lodger-board",), needs=("--owner", "--age", "75", "--lodger", "100")),
    Flag("Housing", ("non_dependants",), "non-dependant", "an adult non-dependant: age, and any exemption from the "
         "housing cost contribution (under_21, pension_credit, disability_benefit, carers_allowance, prisoner, "
         "responsible_for_child_under_5, armed_forces_operations); for Housing Benefit and Council Tax Reduction "
         "add ,work (16 hours a week or more), ,income=POUNDS (gross a week) and ,hb-ctr=REASON (why no deduction: "
         "full_time_student, pension_credit, income_support_jsa_esa, uc_no_earned_income, prisoner_or_patient, "
         "normal_home_elsewhere, armed_forces_operations, youth_training, disregarded_for_discount: "
         "Council Tax Reduction only) and ,uc (in receipt of Universal "
         "Credit: in Scotland a pensioner's second adult rebate of 25 per cent), e.g. 25, 30:carers_allowance or "
         "40,work,income=450 (repeat for each)",
         kind="append", type=arg.non_dependant, metavar="AGE[:EXEMPTION][,work][,income=POUNDS][,hb-ctr=REASON][,uc]",
         example=("--non-dependant", "25"), needs=("--social", "--bedrooms", "2", "--rent", "500/month")),
    Flag("Housing", ("accommodation",), "accommodation", "with --supported: temporary (a council homelessness "
         "placement) or specified (supported, exempt accommodation, a refuge or hostel); Housing Benefit meets the rent "
         "(SI 2013/376 Sch 1 paras 3A-3B)", choices=("temporary", "specified"), example=("--accommodation", "temporary"),
         needs=("--supported", "--rent", "300/week")),
    Flag("Housing", ("council_tax_band",), "council-tax-band", "the home's council tax band, A to H (I in Wales), with "
         "--council ('Band D' and 'd' are read as D)", choices=tuple("ABCDEFGHI"), type=arg.council_tax_band,
         example=("--council-tax-band", "C"),
         needs=("--owner", "--council", "North Warwickshire")),
    Flag("Housing", ("council_tax_liable",), "not-liable", "neither the claimant nor the partner is liable for the "
         "council tax (LGFA 1992 s 6): no Council Tax Reduction", kind="switch",
         to_fields=lambda v: {"council_tax_liable": False}, example=("--not-liable",),
         needs=("--owner", "--council", "North Warwickshire", "--council-tax-band", "B")),
    Flag("Housing", ("council_tax_disregarded",), "council-tax-disregarded", "how many of the adults living there "
         "(claimants and non-dependants) are disregarded for the council tax discount (students, the severely mentally "
         "impaired, carers and others: LGFA 1992 Sch 1)", type=arg.whole_number, metavar="N",
         example=("--council-tax-disregarded", "1"), needs=("--owner", "--council", "North Warwickshire",
                                                            "--council-tax-band", "B", "--partner-age", "70")),
    Flag("Housing", ("disabled_band_reduction",), "disabled-band-reduction", "the home qualifies for the disabled band "
         "reduction (a room, bathroom or space a disabled resident needs: SI 1992/554 reg 3): the band below is charged",
         kind="switch", example=("--disabled-band-reduction",),
         needs=("--owner", "--council", "North Warwickshire", "--council-tax-band", "B")),
    Flag("Housing", ("council_tax_band_d",), "band-d", "the Band D council tax for the home's area from the bill or "
         "the council's published charges, in pounds a year (with its parish): used instead of the area Band D the "
         "library ships, or where it ships none", type=arg.money("year", "the Band D on the bill, over £0 a year, e.g. 2215.41"),
         metavar="POUNDS",
         example=("--band-d", "2215.41"), needs=("--owner", "--council", "Rugby", "--council-tax-band", "B")),
    Flag("Housing", ("council_tax_band_charge",), "band-charge", "or the year's charge for the home's own band from "
         "the bill, in pounds a year, before any discount or reduction: used instead of the shipped area Band D",
         type=arg.money("year", "the band's charge on the bill, over £0 a year, e.g. 1723.10"), metavar="POUNDS",
         example=("--band-charge", "1723.10"),
         needs=("--owner", "--council", "Rugby", "--council-tax-band", "B")),
)

_TENURES = (
    ("social", "social_rent", "rents from a council or housing association (give --bedrooms, unless past pension age)"),
    ("private", "private_rent", "rents privately (give --brma, or --lha)"),
    ("owner", "owner_occupier", "owns the home (no UC housing costs element)"),
    ("supported", "supported_or_temporary", "supported or temporary accommodation (rent met by Housing Benefit)"),
)


def covered_fields() -> set[tuple[str, str]]:
    """``(class name, field)`` for every household field a flag sets."""
    out = {(f.owner, field) for f in FLAGS for field in f.fields}
    out |= {("Child", field) for field, _ in arg.CHILD_OPTIONS.values()} | {("Child", "date_of_birth")}
    out |= {("NonDependant", field) for field in arg.NON_DEPENDANT_PARTS}
    out |= {("Household", "adults"), ("Household", "housing")}  # --age, --partner-age; the home's flags
    return out


def _help(flag: Flag, prefix: str) -> str:
    whose, who = ("the partner's", "the partner") if prefix else ("the claimant's", "the claimant")
    text = flag.help.format(whose=whose, who=who, prefix=prefix)
    return text[0].upper() + text[1:]


def _add(group: argparse._ActionsContainer, flag: Flag, prefix: str = "") -> None:
    name = f"--{prefix}{flag.name}"
    if flag.kind == "tenure":
        tenure = group.add_mutually_exclusive_group()
        for word, value, text in _TENURES:
            tenure.add_argument(f"--{word}", action="store_const", const=value, dest="tenure", help=text)
    elif flag.kind == "switch":
        group.add_argument(name, action="store_true", default=None, dest=flag.dest(prefix), help=_help(flag, prefix))
    elif flag.kind == "append":
        group.add_argument(name, action="append", default=[], dest=flag.dest(prefix), type=flag.type, choices=flag.choices,
                           metavar=flag.metavar, help=_help(flag, prefix))
    else:
        group.add_argument(name, dest=flag.dest(prefix), type=flag.type, choices=flag.choices, metavar=flag.metavar,
                           help=_help(flag, prefix), **({"action": _once(flag.once)} if flag.once else {}))


def _once(why: str) -> type[argparse.Action]:
    """An argparse action that refuses its flag given twice, saying ``why``."""

    class Once(argparse.Action):
        def __call__(self, parser, namespace, values, option_string=None):
            if getattr(namespace, self.dest, None) is not None:
                parser.error(f"{option_string} given twice: {why}")
            setattr(namespace, self.dest, values)

    return Once


def add_household_flags(parser: argparse.ArgumentParser) -> None:
    """Every flag of :data:`FLAGS`, in three groups: the claimant, the partner, the household and home."""
    claimant = parser.add_argument_group("the claimant")
    partner = parser.add_argument_group("the partner (any --partner-age or --partner-dob makes a couple)")
    home = parser.add_argument_group("the household and the home")
    for flag in FLAGS:
        if flag.owner == "Adult":
            _add(claimant, flag)
            _add(partner, flag, "partner-")
        else:
            _add(home, flag)


def _given(args: argparse.Namespace, flag: Flag, prefix: str = "") -> Any:
    """The flag's value, or None where it was not given."""
    if flag.kind == "tenure":
        return getattr(args, "tenure", None)
    value = getattr(args, flag.dest(prefix), None)
    return None if value is None or value == [] else value


def _changes(args: argparse.Namespace, owner: str, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for flag in FLAGS:
        if flag.owner == owner:
            value = _given(args, flag, prefix)
            if value is not None:
                out.update(flag.values(value))
    return out


def _numbered(n: int, make: Any) -> Any:
    """``make()``, an adult built from the flags, with an error in one of its
    fields named as adult ``n``'s (``adults[2].age``), so that the message
    names the flag that gave it (``--partner-age``, not ``age``)."""
    from .errors import InputError

    try:
        return make()
    except InputError as e:
        if type(e) is InputError and "." not in e.field and "[" not in e.field:
            raise InputError(f"adults[{n}].{e.field}", e.value, e.expected, e.where) from None
        raise


def household_from_args(args: argparse.Namespace, base: Any | None = None) -> Any:
    """The household the flags describe: ``base`` (a household from a file)
    with the flags' changes, or one built from them (``--age`` or ``--dob``
    needed). Children and non-dependants given are added to the file's."""
    from .errors import Described, UsageError
    from .household import Adult, Household, Housing

    for prefix in ("", "partner_"):
        if getattr(args, prefix + "age", None) is not None and getattr(args, prefix + "dob", None) is not None:
            flag = prefix.replace("_", "-")
            raise UsageError(f"--{flag}dob", getattr(args, prefix + "dob").isoformat(), f"either --{flag}age or --{flag}dob, not both")
        if getattr(args, prefix + "lcwra", None) and getattr(args, prefix + "lcwra_pending", None):
            # Opposite facts (the element in the award, and not yet): neither may win silently.
            flag = prefix.replace("_", "-")
            raise UsageError(f"--{flag}lcwra-pending", Described(f"given with --{flag}lcwra"),
                             f"one of them: --{flag}lcwra where the LCWRA element is in the award, --{flag}lcwra-pending "
                             "where the relevant period of SI 2013/376 reg 28 has not ended")
    claimant, partner = _changes(args, "Adult"), _changes(args, "Adult", "partner-")
    adults = list(base.adults) if base is not None else []
    if not adults:
        if claimant.get("age") is None and claimant.get("date_of_birth") is None:
            raise UsageError("--age", None, "--age YEARS or --dob DATE for the claimant (or a household file)")
        adults = [_numbered(1, lambda: Adult(**claimant))]
    elif claimant:
        adults[0] = _numbered(1, lambda: attrs.evolve(adults[0], **claimant))
    if partner:
        if len(adults) == 2:
            adults[1] = _numbered(2, lambda: attrs.evolve(adults[1], **partner))
        elif partner.get("age") is None and partner.get("date_of_birth") is None:
            raise UsageError(f"--partner-{_first_flag(partner)}", Described("given without a partner"),
                             "--partner-age or --partner-dob first (it makes a couple)")
        else:
            adults.append(_numbered(2, lambda: Adult(**partner)))
    household = base if base is not None else Household(adults=tuple(adults))
    changes = _changes(args, "Household")
    changes["adults"] = tuple(adults)
    taken = _nation_of_council(changes, household.nation)
    if taken is not None:
        changes["nation"] = taken[0]
        args.nation_from_council = NATION_TAKEN.format(nation=taken[0].title(), council=taken[1])
    if "children" in changes:
        changes["children"] = tuple(household.children) + tuple(changes["children"])
    if "childcare_costs_monthly" in changes and "childcare_children" not in changes and not household.childcare_children:
        changes["childcare_children"] = 1
    home = _changes(args, "Housing")
    if home:
        if "non_dependants" in home and household.housing is not None:
            home["non_dependants"] = household.housing.non_dependants + tuple(home["non_dependants"])
        if household.housing is None and "tenure" not in home:
            raise UsageError(f"--{_first_flag(home, 'Housing')}", Described("given without a tenure"),
                             "--social, --private, --owner or --supported too")
        changes["housing"] = attrs.evolve(household.housing, **home) if household.housing else Housing(**home)
    return household.replace(**changes)


#: The one line a command prints where ``--council`` gave the nation (``--nation`` not given).
NATION_TAKEN = ("Nation: {nation}, the council's ({council} is a billing authority in {nation} only; --nation not "
                "given)")


def _nation_of_council(changes: Mapping[str, Any], nation: str) -> tuple[str, str] | None:
    """``--council`` implies the nation: where ``--nation`` is not given, the
    household's nation is the default (england) and the council's name or
    GSS code names a billing authority of another nation (names and codes
    each name one authority, so one nation), that nation and the authority's
    name; else None (``--nation`` given and contradicting the council, or a
    file's nation other than england, keeps the refusal naming the flag)."""
    if "local_authority" not in changes or "nation" in changes or nation != "england":
        return None
    from .benefits.council_tax_areas import default_authorities
    from .errors import InputError

    try:
        a = default_authorities().authority(changes["local_authority"])
    except InputError:  # an unknown council: its own error, later, with close names
        return None
    return (a.nation, a.name) if a.nation != nation else None


def nation_note(args: argparse.Namespace) -> str | None:
    """The line saying the nation was taken from ``--council``, or None."""
    return getattr(args, "nation_from_council", None)


def flag_for(field: str) -> str | None:
    """The flag that gives a household field as an error names it
    (``adults[2].reached_pension_age_before_6_april_2016`` ->
    ``--partner-reached-pension-age-before-2016``; ``housing.lha_rate`` or
    ``lha_rate`` -> ``--lha``), or None where no flag gives it."""
    import re

    m = re.fullmatch(r"adults\[(\d+)\]\.(\w+)", field)
    if m:  # adults[1] is the claimant, adults[2] the partner
        if m[1] not in ("1", "2"):
            return None
        owners, name, prefix = ("Adult",), m[2], "partner-" if m[1] == "2" else ""
    else:
        m = re.fullmatch(r"(?:housing\.)?(\w+)", field)
        if not m:
            return None
        owners, name, prefix = ("Housing", "Household"), m[1], ""
    flags = [f for f in FLAGS if f.owner in owners and name in f.fields and f.kind != "tenure"]
    flags.sort(key=lambda f: f.fields[0] != name)  # the flag that sets it first, before one that implies it
    return f"--{prefix}{flags[0].name}" if flags else None


def _first_flag(changes: Mapping[str, Any], owner: str = "Adult") -> str:
    """The flag that set the first of ``changes`` (to name it in an error)."""
    for flag in FLAGS:
        if flag.owner == owner and flag.fields[0] in changes:
            return flag.name
    return next(iter(changes))


def option_strings(parser: argparse.ArgumentParser) -> Sequence[str]:
    """Every option a parser takes (for the tests that walk it)."""
    return [s for a in parser._actions for s in a.option_strings]
