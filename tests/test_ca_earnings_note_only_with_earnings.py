"""The household total's note that Carer's Allowance's earnings test is
estimated from monthly earnings appears only where a carer who claims it has
earnings: a pensioner carer with none (whose Carer's Allowance is an
underlying entitlement under the overlapping benefits rule) was told of an
earnings estimate that was never made."""

from __future__ import annotations

from entitlements.cli import main

NOTE = "Carer's Allowance earnings test estimated"


def test_no_earnings_no_note(capsys):
    assert main(["estimate", "--age", "78", "--state-pension", "184.90", "--attendance-allowance", "lower",
                 "--partner-age", "75", "--partner-state-pension", "110.75",
                 "--partner-reached-pension-age-before-2016", "yes", "--partner-claims-carers-allowance",
                 "--on", "2026-12-07"]) == 0
    assert NOTE not in " ".join(capsys.readouterr().out.split())


def test_with_earnings_the_note_stays(capsys):
    assert main(["estimate", "--age", "34", "--gross-earnings", "846.56", "--hours", "16", "--claims-carers-allowance",
                 "--child", "2018-03-15:dla-middle", "--on", "2026-12-07"]) == 0
    assert NOTE in " ".join(capsys.readouterr().out.split())
