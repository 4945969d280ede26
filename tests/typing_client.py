"""A small client of the public API, as another tool would write it.

``tests/test_typing.py`` runs ``mypy --strict`` on this file: the public API
(every name in ``entitlements.__all__``, and the calls the README and the docs
show) must type-check cleanly for a client, lazily loaded names included.
It is also run, so that what it claims is true at run time too.
Keep it in step with the README's "From Python" example.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import entitlements
from entitlements import (
    CONVENTIONS,
    BenefitCheck,
    CaseloadCheck,
    Circumstances,
    Claims,
    OUTCOME_KINDS,
    STAGES,
    Adult,
    Caseload,
    CaseloadEstimate,
    CaseloadGains,
    Child,
    EntitlementsError,
    Estimate,
    Gain,
    Household,
    Housing,
    InputError,
    NoRowInForce,
    NonDependant,
    Outcome,
    RateAssumption,
    RatesPolicy,
    RowError,
    RuleTableError,
    RulesVersion,
    Scenario,
    Tables,
    UniversalCredit,
    UnknownTable,
    apply_changes,
    benefit_check,
    caseload_gains,
    check_caseload,
    default_tables,
    estimate,
    estimate_caseload,
    household_after,
    income_gain,
    write_report,
)

ROOT = Path(__file__).resolve().parents[1]


def readme_example() -> str:
    """The README's "From Python" example, word for word (``children=`` a tuple)."""
    h = Household(adults=Adult(age=34, monthly_earnings=90000, lcwra=True),   # pence
                  children=(Child(date_of_birth=dt.date(2019, 5, 1)),))
    result = estimate(h, on=dt.date(2026, 5, 1))
    award: int = result.universal_credit.award
    sheet: str = result.render()
    return f"{award} {sheet[:10]}"


def a_household() -> Household:
    """Every household class, with the children given as a list too."""
    home = Housing(tenure="social_rent", rent=52000, bedrooms=2,
                   non_dependants=[NonDependant(age=25)])
    return Household(adults=[Adult(age=40), Adult(date_of_birth=dt.date(1984, 1, 1))],
                     children=[Child(date_of_birth=dt.date(2016, 9, 14))], housing=home)


def an_estimate(h: Household, tables: Tables) -> int:
    e: Estimate = estimate(h, on=dt.date(2026, 5, 1), tables=tables)
    uc: UniversalCredit = e.universal_credit
    version: RulesVersion = e.rules
    weekly: int = e.total_weekly + e.total_monthly + e.total_annual
    as_json: dict[str, object] = e.to_dict()
    return uc.award + weekly + len(str(version)) + len(as_json)


def a_caseload() -> int:
    cases = Caseload.from_csv(ROOT / "examples" / "caseload.csv")
    results: CaseloadEstimate = estimate_caseload(cases, on=dt.date(2026, 5, 1))
    errors: list[RowError] = list(results.caseload.errors)
    return len(cases) + len(errors)


def a_gain() -> int:
    outcome = Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10), decided=dt.date(2025, 7, 20))
    scenario = Scenario(household=Household(adults=Adult(age=45)), claim_start=dt.date(2025, 1, 10),
                        outcomes=(outcome,))
    gain: Gain = income_gain(scenario)
    after: Household = household_after(scenario.household, outcome)
    changed: Household = apply_changes(after, {})
    kinds: tuple[str, ...] = OUTCOME_KINDS + STAGES + CONVENTIONS
    return gain.recurring_monthly + gain.annual + gain.arrears + len(kinds) + len(changed.adults)


def a_caseload_of_gains_and_its_report() -> int:
    read = caseload_gains(ROOT / "examples" / "caseload.csv")
    # A path may name Parquet files (then a Dask DataFrame): a CSV file's is CaseloadGains.
    assert isinstance(read, CaseloadGains)
    gains: CaseloadGains = read
    summary = gains.summary()
    out = Path(tempfile.mkdtemp()) / "report.md"
    write_report(ROOT / "examples" / "caseload.csv", out)
    return int(summary["cases"])


def rates_after_the_tables() -> int:
    """A date past the tables, held (the default) or uprated, and what was assumed."""
    policy = RatesPolicy.parse("uprate:3.1")
    e: Estimate = estimate(Household(adults=Adult(age=30)), on=dt.date(2027, 6, 1), rates_after=policy)
    held: Estimate = estimate(Household(adults=Adult(age=30)), on=dt.date(2027, 6, 1), rates_after="hold")
    assumed: tuple[RateAssumption, ...] = held.assumptions
    return e.universal_credit.award + len(assumed) + len(str(policy))


def a_benefit_check() -> int:
    """The benefit check from the top level (``entitlements.check`` is its package)."""
    h = Household(adults=Adult(age=70, state_pension_weekly=17000))
    bc: BenefitCheck = benefit_check(h, on=dt.date(2026, 6, 1), claims=Claims(housing_benefit=False),
                                     circumstances=Circumstances(care_needs=(1,)))
    cc: CaseloadCheck = check_caseload([h, h], on=dt.date(2026, 6, 1), claims={"universal_credit": False, "pension_credit": False})
    return len(bc.findings) + int(cc.summary()["patients_missing_something"])


def errors_are_caught() -> str:
    try:
        Adult(age=15)
    except InputError as e:
        return f"{e.field}: {e.value!r}"
    except (NoRowInForce, RuleTableError, UnknownTable, EntitlementsError):
        return "other"
    return "none"


def main() -> None:
    tables: Tables = default_tables()
    print(readme_example())
    print(an_estimate(a_household(), tables), a_caseload(), a_gain(), a_caseload_of_gains_and_its_report())
    print(errors_are_caught(), rates_after_the_tables(), a_benefit_check(), entitlements.__version__)


if __name__ == "__main__":
    main()
