"""A GP-practice adviser's patients, and what they type (QA pass qa-adv10, 2026-12-08).

Figures, worked here from the regulations (not read from the library's tables):

- Rugby, a mixed-age couple (he 67, State Pension £230.25 a week; she 58), private rent £850 a month, LHA
  1-bedroom Rugby & East £595.00 a month, savings £12,000. Universal Credit (SI 2013/376): standard allowance,
  joint, either 25 or over, £666.97 (SI 2026/113 reg 3(3)(a)) + housing £595.00 (lower of rent and LHA,
  Sch 4 para 22) = £1,261.97; less State Pension 230.25 x 52 / 12 = £997.75 (regs 66(1)(a), 73(1)); less
  tariff income (12,000 - 6,000) / 250 = 24 steps x £4.35 = £104.40 (reg 72(1)): £159.82 a month. With an award
  of Universal Credit neither partner is a "pensioner" for Council Tax Reduction (SI 2012/2885 reg 3(1)(a)(ii)):
  the council's working-age scheme whichever of them applies, so who applies decides nothing.
- Aberdeen, a single man of 45, social rent £95.00 a week, two bedrooms, one allowed: 95 x 52 / 12 = 411.6666
  -> £411.67 a month; 14% of it = 57.6333 -> £57.63 (SI 2013/376 Sch 4 para 36(3)); housing costs element
  £354.04. In Scotland the council meets that deduction by a Discretionary Housing Payment (Social Security
  (Scotland) Act 2018 s 88).
- Money typed as advisers write it: "95pw" is £95.00 a week, "650pcm" £650.00 a month.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, Housing, estimate
from entitlements.cli import main
from entitlements.ctr_applicant import applicant_choice
from entitlements.tables import default_tables

ON = dt.date(2026, 12, 8)


def _rugby_couple(council: str = "Rugby") -> Household:
    return Household(adults=(Adult(age=67, state_pension_weekly=23025), Adult(age=58)), capital=1_200_000,
                     local_authority=council,
                     housing=Housing(tenure="private_rent", rent=85000, rent_period="month", brma="Rugby & East",
                                     council_tax_band="C"))


def test_rugby_mixed_age_couple_on_uc_worked_to_the_penny():
    r = estimate(_rugby_couple(), on=ON)
    # 666.97 + 595.00 - 997.75 - 104.40 = 159.82
    assert r.universal_credit.award == 66697 + 59500 - 99775 - 10440 == 15982


def test_no_choice_of_ctr_applicant_for_a_couple_on_universal_credit():
    """An award of UC puts both partners under the working-age scheme (SI 2012/2885 reg 3(1)(a)(ii)):
    no "who applies matters" note, even where the council's scheme is not shipped (Rugby 2026-27)."""
    assert applicant_choice(_rugby_couple(), on=ON, tables=default_tables()) is None
    text = estimate(_rugby_couple(), on=ON).render()
    assert "Who applies for Council Tax Reduction matters" not in text
    assert "Rugby's working-age scheme for 2026-27 is not in the library" in text


def test_scottish_under_occupancy_names_the_dhp(capsys):
    code = main(["estimate", "--on", "2026-12-08", "--age", "45", "--nation", "scotland", "--lcwra",
                 "--lcwra-protection", "pre_2026_claimant", "--pip-daily-living", "enhanced", "--pip-mobility",
                 "enhanced", "--social", "--rent", "95/week", "--bedrooms", "2", "--wide"])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    # 95 x 52 / 12 = 411.67; 14% = 57.63; 411.67 - 57.63 = 354.04
    assert "less 14% (£57.63)" in out and "£354.04" in out
    assert "Discretionary Housing Payment" in out and "£57.63 a month" in out
    assert "Social Security (Scotland) Act 2018 s 88" in out


def test_scottish_under_occupancy_dhp_in_the_check(capsys):
    code = main(["check", "--on", "2026-12-08", "--age", "45", "--nation", "scotland", "--lcwra",
                 "--lcwra-protection", "pre_2026_claimant", "--social", "--rent", "95/week", "--bedrooms", "2"])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    assert "Discretionary Housing Payment" in out and "of £57.63 a month" in out


def test_english_under_occupancy_says_nothing_of_scottish_mitigation(capsys):
    main(["estimate", "--on", "2026-12-08", "--age", "45", "--social", "--rent", "95/week", "--bedrooms", "2",
          "--wide"])
    out = capsys.readouterr().out
    assert "less 14% (£57.63)" in out and "Scotland) Act 2018" not in out


def _weekly_line(capsys, *argv) -> str:
    code = main(["estimate", "--on", "2026-12-08", *argv, "--wide"])
    cap = capsys.readouterr()
    return f"{code}\n{cap.out}\n{cap.err}"


def test_money_written_95pw_is_95_a_week(capsys):
    base = ["--age", "74", "--reached-pension-age-before-2016", "yes", "--state-pension", "176.45", "--social",
            "--rent", "105/week", "--lodger-board"]
    out = _weekly_line(capsys, *base, "--lodger", "95pw")
    # boarder: 95 - 20 = 75, half disregarded: 37.50 counted (SI 2002/1792 Sch IV para 8)
    assert out.startswith("0\n") and "£37.50" in out
    assert _weekly_line(capsys, *base, "--lodger", "95 p/w").startswith("0\n")


def test_rent_written_650pcm_is_650_a_month(capsys):
    out = _weekly_line(capsys, "--age", "40", "--private", "--rent", "650pcm", "--lha", "700/month")
    # lower of rent 650.00 and LHA 700.00: 650.00
    assert out.startswith("0\n") and "rent £650.00 a month" in out


def test_a_period_suffix_that_contradicts_the_field_is_refused_in_one_line(capsys):
    with pytest.raises(SystemExit):
        main(["estimate", "--on", "2026-12-08", "--age", "40", "--earnings", "1800pw"])
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "--earnings" in err and "1800pw" in err and "per month" in err


def test_a_council_without_a_band_is_said_not_dropped(capsys):
    code = main(["estimate", "--on", "2026-12-08", "--age", "40", "--council", "Coventry"])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    assert "The council (Coventry) is given without a council tax band" in out
    # UC itself: single 25 or over, £424.90 (SI 2026/113 reg 3(3)(a)), nothing else
    assert "= Universal Credit £424.90" in out


def test_no_band_caveat_where_the_band_is_given_or_not_liable(capsys):
    main(["estimate", "--on", "2026-12-08", "--age", "40", "--social", "--rent", "100/week", "--bedrooms", "1",
          "--council", "Coventry", "--council-tax-band", "A"])
    assert "without a council tax band" not in capsys.readouterr().out
    main(["estimate", "--on", "2026-12-08", "--age", "19", "--supported", "--accommodation", "temporary", "--rent",
          "200/week", "--council", "Coventry", "--not-liable"])
    assert "without a council tax band" not in capsys.readouterr().out


def test_a_child_older_than_the_parent_is_said(capsys):
    code = main(["estimate", "--on", "2026-12-08", "--dob", "2008-09-01", "--child", "2008-06-01:non-advanced"])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    assert "Child 1 (born 01/06/2008) is older than the adult given" in out
    # by age alone: a child of 17 (born 2009-03-01) with an adult of 16
    main(["estimate", "--on", "2026-12-08", "--age", "16", "--child", "2009-03-01:non-advanced"])
    assert "is older than the adult given" in capsys.readouterr().out
    main(["estimate", "--on", "2026-12-08", "--age", "35", "--child", "2019-03-15"])
    assert "is older than" not in capsys.readouterr().out


def test_mixed_age_couple_knock_on_counts_from_the_lcwra_period_whoever_is_adult_1(capsys):
    """LCWRA found for the 58-year-old partner of a 67-year-old (UC claim from 2026-09-01, medical evidence
    2026-09-15): the relevant period (3 months, SI 2013/376 reg 28) ends 2026-12-14, in the assessment period
    2026-12-01 to 2026-12-31, so the element is in from the period beginning 2027-01-01. The HB/CTR knock-on
    counts from then, as it did when the younger partner was adult 1; with the older as adult 1 it said (and
    started at) 15/09/2026. The gain itself: new-claimant LCWRA £217.26 a month (UC Act 2025 s 2(1)); a week
    217.26 x 12 / 52 = 50.1369 -> £50.14; x 52 = £2,607.28."""
    common = ["--on", "2026-12-08", "--private", "--rent", "850/month", "--lha", "595/month", "--capital", "12000",
              "--council", "Coventry", "--council-tax-band", "C", "--with", "lcwra_found", "--from", "2026-09-15",
              "--decided", "2027-01-20", "--claim-start", "2026-09-01"]
    outs = []
    for people in (["--age", "67", "--state-pension", "230.25", "--partner-age", "58", "--adult", "2"],
                   ["--age", "58", "--partner-age", "67", "--partner-state-pension", "230.25", "--adult", "1"]):
        assert main(["gain", *people, *common]) == 0
        outs.append(" ".join(capsys.readouterr().out.split()))
    for out in outs:
        assert "+£50.14 a week" in out and "£2,607.28" in out
        assert "before and after on 01/01/2027" in out, out


def test_a_brma_typed_as_the_council_offers_the_council_first():
    """'Rugby & East' is the Broad Rental Market Area; the council is Rugby (offered first; it used to offer
    only 'Argyll and Bute')."""
    from entitlements.benefits.council_tax_areas import authority
    from entitlements.errors import InputError

    with pytest.raises(InputError) as e:
        authority("Rugby & East")
    assert "close matches: 'Rugby'" in str(e.value)


def test_scottish_carer_is_paid_carer_support_payment_on_the_uc_sheet_too(capsys):
    """Aberdeen: he (45) gets ADP daily living enhanced, she (44) cares for him and claims: Carer Support Payment
    £86.45 a week (as Carer's Allowance), counted by UC as 86.45 x 52 / 12 = 374.6166 -> £374.62 a month; the UC
    line named it Carer's Allowance while the household total said Carer Support Payment. The carer element
    (£209.34) follows ADP as it follows PIP (SI 2013/376 reg 30)."""
    main(["estimate", "--on", "2026-12-08", "--age", "45", "--nation", "scotland", "--pip-daily-living", "enhanced",
          "--lcwra", "--lcwra-protection", "pre_2026_claimant", "--partner-age", "44",
          "--partner-claims-carers-allowance", "--wide"])
    out = " ".join(capsys.readouterr().out.split())
    assert "- Carer Support Payment (claimant 2): £86.45 a week x 52 / 12 £374.62" in out
    assert "Carer element £209.34" in out


def test_ctr_not_shipped_do_line_names_the_council(capsys):
    """North Warwickshire's working-age scheme is not shipped: the CTR finding's "Do" names the council (it said
    only "the council that sends the council tax bill"). UC for this lone father, by hand: 424.90 + 2 x 303.94 +
    LHA 2-bed Coventry 675.00 = 1,707.78, less 55% x (900 - 427) = 260.15: £1,447.63."""
    code = main(["check", "--on", "2026-12-08", "--age", "35", "--earnings", "900/month", "--child", "2022-06-10:boy",
                 "--child", "2019-03-15:girl", "--private", "--rent", "750/month", "--brma", "Coventry", "--council",
                 "North Warwickshire Borough Council", "--council-tax-band", "B"])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    assert "£1,447.63 a month" in out
    assert "Do: Claim Council Tax Reduction from North Warwickshire council" in out


def test_benefit_cap_exemption_names_adp_in_scotland(capsys):
    """ADP (Scotland's PIP) exempts from the cap as PIP does; the reason now names it in Scotland only.
    UC here: 424.90 + housing 95 x 52 / 12 = 411.67 (one bedroom, none spare) = £836.57."""
    main(["estimate", "--on", "2026-12-08", "--age", "45", "--nation", "scotland", "--pip-daily-living", "enhanced",
          "--social", "--rent", "95/week", "--bedrooms", "1", "--wide"])
    out = " ".join(capsys.readouterr().out.split())
    assert "PIP (Adult Disability Payment in Scotland), reg 83(1)(b)-(d)" in out
    assert "= Universal Credit £836.57" in out
    main(["estimate", "--on", "2026-12-08", "--age", "45", "--pip-daily-living", "enhanced", "--social", "--rent",
          "95/week", "--bedrooms", "1", "--wide"])
    assert "Adult Disability Payment in Scotland" not in capsys.readouterr().out


def test_check_weekly_finding_month_is_rounded_once(capsys):
    """The care leaver in a Coventry hostel: Housing Benefit £200.00 a week is 200 x 52 / 12 = 866.666... ->
    £866.67 a month (it showed £866.66, the difference of two rounded monthly totals); CTR £19.31 a week is
    19.31 x 52 / 12 = 83.6766... -> £83.68 (it showed £83.67). UC £338.58 a month (single under 25)."""
    code = main(["check", "--on", "2026-12-08", "--age", "19", "--supported", "--accommodation", "temporary",
                 "--rent", "200/week", "--council", "Coventry", "--council-tax-band", "A"])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    assert "Housing Benefit: £200.00 a week, £866.67 a month, £10,400.00 a year" in out
    assert "Council Tax Reduction: £19.31 a week, £83.68 a month" in out
    assert "Universal Credit: £78.13 a week, £338.58 a month" in out
