"""A pension-age income gain whose projection runs past the last year of a
council's Band D in the library (Coventry: 2026-27) is refused naming what
to give (``--band-d``, the year and the day), not a flag the adviser did not
type (``--after-council-tax-band``) nor an internal code
(``no_band_d_for_year``). With the Band D given, it runs.

The household: a pensioner couple renting privately in Coventry, he (78) on
Attendance Allowance at the lower rate, she (75) his carer (Carer's Allowance
kept as an underlying entitlement); the outcome: Attendance Allowance at the
higher rate.
"""

from __future__ import annotations

from entitlements.cli import main

HOUSEHOLD = ["--dob", "1948-03-02", "--state-pension", "184.90", "--attendance-allowance", "lower",
             "--partner-dob", "1951-06-10", "--partner-state-pension", "110.75",
             "--partner-reached-pension-age-before-2016", "yes", "--partner-claims-carers-allowance",
             "--private", "--rent", "700/month", "--brma", "Coventry", "--council", "Coventry",
             "--council-tax-band", "B"]
OUTCOME = ["--with", "benefit_claimed", "--benefit", "attendance_allowance", "--award-aa", "higher",
           "--as-of", "2026-12-07"]


def test_projection_past_the_band_d_year_names_band_d(capsys):
    assert main(["gain", *HOUSEHOLD, *OUTCOME, "--from", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("entitlements: --band-d (housing.council_tax_band_d): missing"), err
    assert "Coventry" in err and "2027-28" in err and "01/04/2027" in err, err
    assert "--after-council-tax-band" not in err and "no_band_d_for_year" not in err, err


def test_with_the_band_d_given_the_gain_runs(capsys):
    # Attendance Allowance higher £114.60 less lower £76.70 = £37.90 a week (SI 2026/148 Sch 1 Part III para 1);
    # from 1 October to 30 November 2026 is 61 days: 61 x £37.90 / 7 = £330.271..., £330.27 of arrears.
    assert main(["gain", *HOUSEHOLD, *OUTCOME, "--from", "2026-10-01", "--decided", "2026-12-07",
                 "--band-d", "2516.72"]) == 0
    out = capsys.readouterr().out
    assert "Recurring: +£37.90 a week" in out, out
    assert "Annual income gain (weekly x52): £1,970.80" in out, out  # 52 x £37.90
    assert "arrears £330.27" in out, out
