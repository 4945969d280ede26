"""fuzz7 (2026-12-07): faults found fuzzing the day's pension-age additions (owner housing costs, the married
couple's allowance, Blind Person's Allowance, the marriage allowance, savings_credit_protected, a non-dependant
disregarded for discount), each seen to fail before its fix."""

from __future__ import annotations

from entitlements.cli import main


def test_a_non_dependant_disregarded_for_discount_without_the_count_names_the_flag(capsys):
    # No household file, --council-tax-disregarded not typed: the error named the model's field
    # "housing.council_tax_disregarded", which an adviser at the command line never typed.
    rc = main(["estimate", "--age", "70", "--state-pension", "200/week", "--owner", "--council", "Coventry",
               "--council-tax-band", "B", "--non-dependant", "30,hb-ctr=disregarded_for_discount",
               "--on", "2026-12-07"])
    assert rc == 1
    assert capsys.readouterr().err.strip() == (
        "entitlements: --council-tax-disregarded (housing.council_tax_disregarded): 0 is not allowed (expected at "
        "least 1: the non-dependants given hb_ctr_exemption 'disregarded_for_discount' are among the residents "
        "disregarded for discount (LGFA 1992 s 11, Sch 1)).")
