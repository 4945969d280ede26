"""Councils' own Council Tax Reduction schemes for working age (England).

One job: read the local scheme files (``rules/ctr/local/<authority>/<year>.toml``
and any overlay a user adds) and work out the reduction a working-age
household gets under its council's scheme for a financial year.

Since April 2013 each English billing authority makes its own scheme for
people below pension age (LGFA 1992 s 13A(1)(a), (2) and Sch 1A; only the
pension-age rules are prescribed: :mod:`.council_tax_reduction`). Two
families are in use, and a scheme file says which (``family``):

- ``"income_banded"``: the household's weekly income (net income, or, in
  some schemes, income in excess of an applicable amount: ``[income]
  measure``) puts it in a band, and each band gives a percentage of the
  council tax (by household type where the scheme has types:
  ``[[household_types]]``). A reduction = that percentage of the week's
  liability less the non-dependant deductions.
- ``"means_tested"``: the old Council Tax Benefit calculation with local
  changes: a maximum percentage of the liability (``[maximum] percent``),
  perhaps capped at a band's liability (``band_cap``), less non-dependant
  deductions, less a taper percentage of income above the applicable amount.

Both can have a capital limit, tariff income, an earnings disregard, a
minimum award, and non-dependant deductions by the non-dependant's income.
Every figure carries its ``source`` (the scheme document and section).

A shipped file may list facts it could not read (``not_read``, from
:data:`NOT_READ_FACTS`): a household that needs one (earnings, a
non-dependant without an exemption, or capital up to the capital limit where
the tariff income is not read) gets an error naming it, which the household
estimate reports as check needed, rather than a figure worked out without it.

A file may also say ``status = "not_shipped"`` with a ``note``: the library
knows the council exists and what is known of its scheme, but cannot work it
out; the result then says so (``status = "check_needed"``), as it does for a
council with no file at all. Nothing silently becomes zero.

Loading is strict: an unknown key, a missing source, bands out of order, a
fraction of a penny: each an error naming the file and the entry.

Weeks: the schemes, like the national ones, work in days and weeks; a
week's liability is 7/days of the year's (see :mod:`.council_tax`), and the
reduction is rounded to the nearest penny, a half up, at the end.

Wiring (facts the household model lacks today, beyond those of
:mod:`.council_tax` and :mod:`.council_tax_reduction`):

- ``weekly_income`` as each scheme counts it: most count net earnings and
  most benefits, disregarding disability and carer benefits, child benefit
  and maintenance (``[income] note`` of each file says what); the caller
  gives the income after the scheme's disregards other than the earnings
  disregard, which is applied here;
- ``weekly_earnings`` (net), so the earnings disregard can be applied;
- ``weekly_applicable_amount`` for schemes that measure excess income or
  taper it (means-tested), where the scheme's applicable amounts are not
  shipped (the file says so);
- each non-dependant's ``gross_weekly_income``, ``in_work`` and ``exempt``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from ..errors import InputError, RuleTableError
from ..money import divide_half_up
from ..rule_table import ReadOnlyDict
from ..tables import read_toml, reject_unknown, shipped_rules_dir
from ._numeric import flag, is_array, out_int, pence, whole
from .council_tax import days_in_financial_year
from .council_tax_areas import AuthoritySchedule, default_authorities, financial_year, normalise_name
from .council_tax_reduction import exact_weekly_reduction

__all__ = [
    "FAMILIES",
    "NOT_READ_FACTS",
    "Band",
    "HouseholdType",
    "NonDependantDeduction",
    "LocalScheme",
    "LocalSchemes",
    "LocalReduction",
    "default_local_schemes",
    "local_reduction",
]

FAMILIES = ("income_banded", "means_tested")
#: Facts of a scheme that a file may record as not read (``not_read = [...]``): a household that needs one gets
#: check_needed (an error naming it), never a figure worked out without it.
NOT_READ_FACTS = ("earnings_disregard", "non_dependant_deductions", "tariff_income")
_PPM = 1_000_000
_TOP = {"authority", "name", "year", "status", "family", "document", "copy_read", "verified", "note",
        "maximum", "capital", "income", "taper", "minimum_award", "household_types", "bands",
        "non_dependant_deductions", "not_read"}
_SOURCED = {"maximum": {"percent", "band_cap", "source", "note"},
            "capital": {"limit", "tariff_lower_limit", "tariff_step", "source", "note"},
            "income": {"measure", "earnings_disregard", "tax_disregarded", "tax_source", "source", "note"},
            "taper": {"percent", "source", "note"},
            "minimum_award": {"weekly", "source", "note"}}
_TYPE_KEYS = {"name", "adults", "children_min", "children_max"}
_BAND_KEYS = {"household", "below", "percent", "source", "note"}
_ND_KEYS = {"in_work", "income_below", "weekly", "source", "note"}
_MEASURES = ("net_income", "excess_income")


@attrs.frozen
class HouseholdType:
    """A kind of household a banded scheme distinguishes (adults, children)."""

    name: str
    adults: int | None  # 1 or 2; None: either
    children_min: int
    children_max: int


@attrs.frozen
class Band:
    """Weekly income below ``below`` pence (None: any) gives ``percent``
    (parts per million of the liability), for ``household`` ("all" or a type)."""

    household: str
    below: int | None
    percent: int
    source: str


@attrs.frozen
class NonDependantDeduction:
    """A weekly deduction for a non-dependant in (or not in) work whose gross
    weekly income is below ``income_below`` pence (None: any)."""

    in_work: bool
    income_below: int | None
    weekly: int
    source: str


@attrs.frozen
class LocalScheme:
    """One council's working-age scheme for one financial year."""

    code: str
    name: str
    year: str
    path: str
    status: str  # "shipped" or "not_shipped"
    family: str | None
    document: str
    copy_read: str
    verified: bool
    note: str | None
    maximum_ppm: int = _PPM
    band_cap: str | None = None
    capital_limit: int | None = None
    tariff_lower_limit: int | None = None
    tariff_step: int | None = None
    measure: str = "net_income"
    earnings_disregard: int = 0
    tax_disregarded: bool = False  # income tax on unearned income taken off it (without UC): [income] tax_source
    taper_ppm: int = 0
    minimum_award: int = 0
    household_types: tuple[HouseholdType, ...] = ()
    bands: tuple[Band, ...] = ()
    non_dependant_deductions: tuple[NonDependantDeduction, ...] = ()
    sources: Mapping[str, str] = attrs.field(factory=ReadOnlyDict, converter=ReadOnlyDict)  # read-only: shared
    not_read: tuple[str, ...] = ()  # NOT_READ_FACTS the file says could not be read


class LocalSchemes:
    """Every loaded local scheme, by authority and year. Immutable once loaded."""

    __slots__ = ("_schemes", "_authorities", "overlays")

    def __init__(self, schemes: Iterable[LocalScheme], authorities: AuthoritySchedule, overlays=()) -> None:
        self._schemes: dict[tuple[str, str], LocalScheme] = {}
        for s in schemes:
            self._schemes[(s.code, s.year)] = s  # later files (overlays) replace earlier ones
        self._authorities = authorities
        self.overlays = tuple(overlays)

    @classmethod
    def load(cls, directory: str | Path | None = None, overlays: Iterable[str | Path] = (),
             authorities: AuthoritySchedule | None = None) -> "LocalSchemes":
        """The shipped schemes (``rules/ctr/local``), then each overlay (a
        scheme file, or a directory of them) laid over them: an overlay for
        the same council and year replaces the shipped scheme."""
        auth = authorities or default_authorities()
        root = Path(directory) if directory is not None else shipped_rules_dir() / "ctr" / "local"
        schemes = [_parse_scheme(p, auth) for p in sorted(root.rglob("*.toml"))] if root.exists() else []
        labels = []
        for ov in overlays:
            p = Path(ov)
            if not p.exists():
                raise RuleTableError(str(p), "overlay not found: give a scheme .toml file or a directory of them")
            files = sorted(p.rglob("*.toml")) if p.is_dir() else [p]
            schemes.extend(_parse_scheme(f, auth) for f in files)
            labels.append(p.name)
        return cls(schemes, auth, labels)

    def scheme(self, authority: str, *, on: dt.date) -> LocalScheme | None:
        """The scheme of ``authority`` for the year containing ``on``, or None."""
        a = self._authorities.authority(authority)
        return self._schemes.get((a.code, financial_year(on)))

    def authority_name(self, authority: str) -> tuple[str, str]:
        a = self._authorities.authority(authority)
        return a.code, a.name

    def __iter__(self):
        return iter(sorted(self._schemes.values(), key=lambda s: (s.name, s.year)))

    def __len__(self) -> int:
        return len(self._schemes)


@cache
def default_local_schemes() -> LocalSchemes:
    """The shipped local schemes, loaded on first use and then reused."""
    return LocalSchemes.load()


@attrs.frozen
class LocalReduction:
    """A working-age reduction under a council's scheme, step by step (pence).

    ``status`` is "calculated", or "check_needed" where the library cannot
    work it out (``reason`` says why: the council's scheme for the year is
    not in the library, or a fact the scheme needs was not given); then every
    amount is None, never a silent zero."""

    authority: str
    code: str
    year: str
    status: str
    reason: str | None
    family: str | None = None
    weekly_liability: Any = None  # after the band cap
    maximum_percent: Any = None  # parts per million of the liability (banded: the band's percent)
    weekly_non_dependant_deductions: Any = None
    weekly_income: Any = None  # as the scheme measures it, after the earnings disregard and with tariff income
    taper_deduction: Any = None
    weekly: Any = None
    annual: Any = None
    source: str | None = None
    verified: bool = False
    # the week's maximum (the day's liability x the percent, made weekly in one step, less the non-dependant
    # deductions), worked out as the award is (2026-12-07: before, from the weekly liability already rounded)
    weekly_maximum: Any = None


def local_reduction(authority: str, annual_liability, *, on: dt.date, couple=False, children=0, weekly_income=0,
                    weekly_earnings=0, capital=0, weekly_applicable_amount=None,
                    weekly_non_dependant_deductions=0, band_cap_annual_liability=None,
                    schemes: LocalSchemes | None = None) -> LocalReduction:
    """The reduction under ``authority``'s working-age scheme for the year
    containing ``on`` [pence/week and pence/year]. The household facts may be
    arrays (a caseload of one council and date).

    ``annual_liability``: the year's council tax after discounts and the
    disabled band reduction; ``band_cap_annual_liability``: the same at the
    scheme's cap band (needed only where the scheme has a band cap, else an
    error naming it); ``weekly_non_dependant_deductions``: the sum of
    :func:`non_dependant_deduction` over the non-dependants.
    """
    s = schemes or default_local_schemes()
    code, name = s.authority_name(authority)
    year = financial_year(on)
    scheme = s.scheme(authority, on=on)
    if scheme is None or scheme.status != "shipped":
        why = (f"{name}'s council tax reduction scheme for working age in {year} is not in the library"
               + (f" ({scheme.note.rstrip('.')})" if scheme is not None and scheme.note else "")
               + ". Add it as a scheme file (see the docs: 'Adding your council's scheme') or check with the council.")
        return LocalReduction(name, code, year, "check_needed", why)
    if (scheme.measure == "excess_income" or scheme.family == "means_tested") and weekly_applicable_amount is None:
        raise InputError("weekly_applicable_amount", None,
                         f"the weekly applicable amount under {name}'s {year} scheme ({scheme.document}): "
                         "the scheme measures income above it")
    if "earnings_disregard" in scheme.not_read and np.any(pence("weekly_earnings", weekly_earnings) > 0):
        raise InputError("weekly_earnings", "more than nil",
                         f"no earnings: the earnings disregard of {name}'s {year} scheme could not be read "
                         f"({scheme.path}); check the reduction with the council")
    cap, limit = pence("capital", capital), np.inf if scheme.capital_limit is None else scheme.capital_limit
    if "tariff_income" in scheme.not_read and np.any((cap > 0) & (cap <= limit)):
        raise InputError("capital", "more than nil", f"no capital up to the limit: the tariff income of {name}'s {year} "
                         f"scheme could not be read ({scheme.path}); check the reduction with the council")
    if scheme.band_cap is not None and band_cap_annual_liability is None:
        raise InputError("band_cap_annual_liability", None,
                         f"the year's liability at band {scheme.band_cap}, {name}'s {year} band cap")
    return _calculate(scheme, annual_liability, on, couple, children, weekly_income, weekly_earnings, capital,
                      weekly_applicable_amount, weekly_non_dependant_deductions, band_cap_annual_liability)


def _calculate(scheme: LocalScheme, annual_liability, on, couple, children, weekly_income, weekly_earnings, capital,
               applicable, nd, cap_liability) -> LocalReduction:
    scalar = not is_array(annual_liability, couple, children, weekly_income, weekly_earnings, capital,
                          applicable, nd, cap_liability)
    liability = pence("annual_liability", annual_liability)
    if cap_liability is not None:
        liability = np.minimum(liability, pence("band_cap_annual_liability", cap_liability))
    c = flag("couple", couple)
    kids = whole("children", children, 0, 20, "a number of children")
    earnings = pence("weekly_earnings", weekly_earnings)
    income = pence("weekly_income", weekly_income) - np.minimum(earnings, scheme.earnings_disregard)
    if np.any(earnings > pence("weekly_income", weekly_income)):
        raise InputError("weekly_earnings", "more than weekly_income", "earnings counted within weekly_income")
    cap = pence("capital", capital)
    if scheme.tariff_step:
        excess_capital = np.maximum(cap - scheme.tariff_lower_limit, 0)
        income = income + -(-excess_capital // scheme.tariff_step) * 100
    measured = income if scheme.measure == "net_income" else np.maximum(income - pence("weekly_applicable_amount", applicable), 0)
    deductions = pence("weekly_non_dependant_deductions", nd)
    days = np.asarray(days_in_financial_year(on))
    if scheme.family == "income_banded":
        pct = _band_percent(scheme, c, kids, measured)
        num = exact_weekly_reduction(liability, days, max_ppm=pct, weekly_non_dependant_deductions=deductions,
                                     weekly_excess_income=0, taper_ppm=0)
        taper_deduction = np.zeros_like(measured)
    else:
        pct = np.full(np.shape(measured), scheme.maximum_ppm, dtype=np.int64)
        excess = np.maximum(income - pence("weekly_applicable_amount", applicable), 0)
        num = exact_weekly_reduction(liability, days, max_ppm=pct, weekly_non_dependant_deductions=deductions,
                                     weekly_excess_income=excess, taper_ppm=scheme.taper_ppm)
        taper_deduction = divide_half_up(scheme.taper_ppm * excess, _PPM)
    over = cap > scheme.capital_limit if scheme.capital_limit is not None else np.zeros(np.shape(cap), dtype=bool)
    den = days * _PPM
    maximum = divide_half_up(exact_weekly_reduction(liability, days, max_ppm=pct, weekly_non_dependant_deductions=deductions,
                                                    weekly_excess_income=0, taper_ppm=0), den)
    weekly = divide_half_up(np.where(over, 0, num), den)
    below_minimum = weekly < scheme.minimum_award
    num = np.where(over | below_minimum, 0, num)
    out = lambda x: out_int(x, scalar)  # noqa: E731
    return LocalReduction(
        authority=scheme.name, code=scheme.code, year=scheme.year, status="calculated", reason=None,
        family=scheme.family,
        weekly_liability=out(divide_half_up(liability * 7, days)),
        maximum_percent=out(pct),
        weekly_non_dependant_deductions=out(deductions),
        weekly_income=out(measured),
        taper_deduction=out(taper_deduction),
        weekly=out(divide_half_up(num, den)),
        annual=out(divide_half_up(num, 7 * _PPM)),
        source=scheme.document,
        verified=scheme.verified,
        weekly_maximum=out(maximum),
    )


def _band_percent(scheme: LocalScheme, couple, children, measured) -> np.ndarray:
    """The band's percentage [ppm] for each household (0 above the last band)."""
    adults = np.where(couple, 2, 1)
    kind = np.full(np.shape(measured), "all", dtype=object)
    if scheme.household_types:
        kind = np.full(np.broadcast_shapes(np.shape(adults), np.shape(children), np.shape(measured)), None, dtype=object)
        for t in reversed(scheme.household_types):  # the first type that fits wins
            fits = (children >= t.children_min) & (children <= t.children_max)
            if t.adults is not None:
                fits = fits & (adults == t.adults)
            kind = np.where(fits, t.name, kind)
        if np.any(kind == None):  # noqa: E711
            raise InputError("household", "adults and children", f"a household type of {scheme.name}'s scheme "
                             f"({', '.join(t.name for t in scheme.household_types)})")
    pct = np.zeros(np.broadcast_shapes(np.shape(kind), np.shape(measured)), dtype=np.int64)
    done = np.zeros(pct.shape, dtype=bool)
    for b in scheme.bands:  # bands of each household type are in rising order
        hit = ~done & (kind == b.household) & (True if b.below is None else measured < b.below)
        pct = np.where(hit, b.percent, pct)
        done = done | hit
    return pct


def non_dependant_deduction(authority: str, gross_weekly_income, in_work, exempt=False, *, on: dt.date,
                            schemes: LocalSchemes | None = None):
    """One non-dependant's weekly deduction [pence/week] under the council's
    scheme: the first entry of ``[[non_dependant_deductions]]`` for their work
    status whose ``income_below`` their gross weekly income is below; nothing
    if ``exempt`` or the scheme has no deductions."""
    s = schemes or default_local_schemes()
    scheme = s.scheme(authority, on=on)
    if scheme is None or scheme.status != "shipped":
        code, name = s.authority_name(authority)
        raise InputError("local_authority", name, f"a council whose {financial_year(on)} scheme is in the library")
    scalar = not is_array(gross_weekly_income, in_work, exempt)
    income = pence("non_dependant_gross_weekly_income", gross_weekly_income)
    work = flag("non_dependant_in_work", in_work)
    ex = flag("non_dependant_exempt", exempt)
    if "non_dependant_deductions" in scheme.not_read and not np.all(ex):
        raise InputError("non_dependant", "not exempt", f"no non-dependant without an exemption: the non-dependant "
                         f"deductions of the {scheme.name} {scheme.year} scheme could not be read ({scheme.path}); "
                         "check the reduction with the council")
    amount = np.zeros(np.broadcast_shapes(income.shape, work.shape, ex.shape), dtype=np.int64)
    done = np.zeros(amount.shape, dtype=bool)
    for d in scheme.non_dependant_deductions:
        hit = ~done & (work == d.in_work) & (True if d.income_below is None else income < d.income_below)
        amount = np.where(hit, d.weekly, amount)
        done = done | hit
    missing = ~done & ~ex
    if np.any(missing) and scheme.non_dependant_deductions:
        i = int(np.flatnonzero(np.broadcast_to(missing, amount.shape).ravel())[0])
        what = "in work" if np.broadcast_to(work, amount.shape).ravel()[i] else "not in work"
        raise InputError("non_dependant_in_work", what, f"a non-dependant the {scheme.name} {scheme.year} scheme file "
                         f"gives a deduction for (it has none for one {what}: check the scheme document)",
                         where=f"row {i}" if amount.ndim else None)
    return out_int(np.where(ex, 0, amount), scalar)


__all__ += ["non_dependant_deduction"]


# -- parsing and validation -------------------------------------------------


def _fail(where: str, problem: str):
    raise RuleTableError(where, problem)


def _money(where: str, what: str, v: Any, positive: bool = False) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, Decimal)):
        _fail(where, f"{what} must be an amount in pounds, e.g. 25.00 (got {v!r})")
    p = Decimal(v) * 100
    if p != p.to_integral_value() or p < 0 or (positive and p == 0):
        _fail(where, f"{what} = {v} must be a {'positive' if positive else 'non-negative'} amount with at most 2 decimal places")
    return int(p)


def _percent(where: str, what: str, v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, Decimal)) or not 0 <= v <= 100:
        _fail(where, f"{what} must be a percentage from 0 to 100 (got {v!r})")
    f = Fraction(Decimal(v)) * 10_000
    if f.denominator != 1:
        _fail(where, f"{what} = {v} has more than four decimal places")
    return int(f)


def _source(where: str, d: Mapping) -> str:
    s = d.get("source")
    if not isinstance(s, str) or not s.strip():
        _fail(where, "missing `source`: the scheme document and its section")
    return s.strip()


def _section(where: str, data: Mapping, key: str) -> Mapping | None:
    d = data.get(key)
    if d is None:
        return None
    w = f"{where} [{key}]"
    if not isinstance(d, dict):
        _fail(w, "must be a table")
    reject_unknown(w, key, d, _SOURCED[key])
    _source(w, d)
    return d


def _parse_scheme(path: Path, authorities: AuthoritySchedule) -> LocalScheme:
    where = str(path)
    data = read_toml(path)
    reject_unknown(where, "scheme", data, _TOP)
    for k in ("authority", "year", "status", "document", "copy_read"):
        if not isinstance(data.get(k), str) or not data[k].strip():
            _fail(where, f"missing `{k}`; a scheme needs authority, year, status, document and copy_read")
    try:
        a = authorities.authority(data["authority"])
    except InputError as e:
        raise RuleTableError(where, f"authority: {e}") from None
    year = data["year"]
    if not re.fullmatch(r"\d{4}-\d{2}", year) or (int(year[:4]) + 1) % 100 != int(year[5:]):
        _fail(where, f"year {year!r} must be a financial year like '2025-26'")
    if path.stem != year or normalise_name(path.parent.name.replace("_", " ")) not in \
            {normalise_name(n) for n in (a.name, *a.aliases)}:
        _fail(where, f"a scheme file is rules/ctr/local/<authority>/<year>.toml: expected .../{a.name.lower().replace(' ', '_')}/{year}.toml")
    verified = data.get("verified", True)
    if not isinstance(verified, bool):
        _fail(where, f"verified must be true or false (got {verified!r})")
    if not verified and not data.get("note"):
        _fail(where, "an unverified scheme needs a `note` saying what could not be checked")
    base = dict(code=a.code, name=a.name, year=year, path=where, document=data["document"].strip(),
                copy_read=data["copy_read"].strip(), verified=verified, note=data.get("note"))
    if data["status"] == "not_shipped":
        if not data.get("note"):
            _fail(where, "a not_shipped scheme needs a `note` saying what is known and why it is not shipped")
        return LocalScheme(status="not_shipped", family=None, **base)
    if data["status"] != "shipped":
        _fail(where, f"status {data['status']!r} must be 'shipped' or 'not_shipped'")
    return _parse_shipped(where, data, base)


def _parse_shipped(where: str, data: Mapping, base: dict) -> LocalScheme:
    family = data.get("family")
    if family not in FAMILIES:
        _fail(where, f"family {family!r} must be one of {', '.join(FAMILIES)}")
    kw: dict[str, Any] = {"sources": {}}
    m = _section(where, data, "maximum")
    if m is not None:
        kw["maximum_ppm"] = _percent(f"{where} [maximum]", "percent", m.get("percent", 100))
        if m.get("band_cap") is not None:
            if m["band_cap"] not in tuple("ABCDEFGH"):
                _fail(f"{where} [maximum]", f"band_cap {m['band_cap']!r} must be a band letter A to H")
            kw["band_cap"] = m["band_cap"]
        kw["sources"]["maximum"] = m["source"]
    c = _section(where, data, "capital")
    if c is not None:
        w = f"{where} [capital]"
        kw["capital_limit"] = _money(w, "limit", c.get("limit"), positive=True)
        if ("tariff_step" in c) != ("tariff_lower_limit" in c):
            _fail(w, "give both tariff_lower_limit and tariff_step, or neither")
        if "tariff_step" in c:
            kw["tariff_lower_limit"] = _money(w, "tariff_lower_limit", c["tariff_lower_limit"])
            kw["tariff_step"] = _money(w, "tariff_step", c["tariff_step"], positive=True)
        kw["sources"]["capital"] = c["source"]
    i = _section(where, data, "income")
    if i is not None:
        w = f"{where} [income]"
        if i.get("measure", "net_income") not in _MEASURES:
            _fail(w, f"measure {i.get('measure')!r} must be one of {', '.join(_MEASURES)}")
        kw["measure"] = i.get("measure", "net_income")
        kw["earnings_disregard"] = _money(w, "earnings_disregard", i.get("earnings_disregard", 0))
        kw["sources"]["income"] = i["source"]
        taxed = i.get("tax_disregarded", False)
        if not isinstance(taxed, bool):
            _fail(w, f"tax_disregarded {taxed!r} must be true or false")
        if taxed and not str(i.get("tax_source", "")).strip():
            _fail(w, "tax_disregarded = true needs tax_source (where the scheme disregards the tax)")
        if "tax_source" in i and not taxed:
            _fail(w, "tax_source is for tax_disregarded = true")
        kw["tax_disregarded"] = taxed
        if taxed:
            kw["sources"]["income_tax"] = i["tax_source"]
    t = _section(where, data, "taper")
    if family == "means_tested":
        if t is None:
            _fail(where, "a means_tested scheme needs [taper] with percent and source")
        kw["taper_ppm"] = _percent(f"{where} [taper]", "percent", t.get("percent"))
        kw["sources"]["taper"] = t["source"]
    elif t is not None:
        _fail(where, "[taper] is for means_tested schemes; an income_banded scheme's bands give the percentage")
    mn = _section(where, data, "minimum_award")
    if mn is not None:
        kw["minimum_award"] = _money(f"{where} [minimum_award]", "weekly", mn.get("weekly"))
    kw["household_types"] = tuple(_parse_type(f"{where} [[household_types]] {n}", h)
                                  for n, h in enumerate(data.get("household_types", []), start=1))
    kw["bands"] = _parse_bands(where, data.get("bands", []), kw["household_types"], family)
    kw["non_dependant_deductions"] = _parse_deductions(where, data.get("non_dependant_deductions", []))
    kw["not_read"] = _parse_not_read(where, data, kw)
    return LocalScheme(status="shipped", family=family, **base, **kw)


def _parse_not_read(where: str, data: Mapping, kw: Mapping) -> tuple[str, ...]:
    raw = data.get("not_read", [])
    if not isinstance(raw, list) or any(f not in NOT_READ_FACTS for f in raw) or len(set(raw)) != len(raw):
        _fail(where, f"not_read must be a list of distinct facts from {list(NOT_READ_FACTS)} (got {raw!r})")
    if raw and not data.get("note"):
        _fail(where, "a scheme with facts not_read needs a `note` saying what could not be read")
    if "earnings_disregard" in raw and kw.get("earnings_disregard"):
        _fail(where, "earnings_disregard is both given ([income]) and listed as not_read")
    if "tariff_income" in raw and kw.get("tariff_step"):
        _fail(where, "tariff income is both given ([capital] tariff_step) and listed as not_read")
    if "non_dependant_deductions" in raw and kw["non_dependant_deductions"]:
        _fail(where, "non_dependant_deductions are both given and listed as not_read")
    return tuple(raw)


def _parse_type(w: str, h: Any) -> HouseholdType:
    if not isinstance(h, dict) or set(h) - _TYPE_KEYS or not isinstance(h.get("name"), str):
        _fail(w, f"a household type needs `name` and may have {sorted(_TYPE_KEYS)}")
    adults = h.get("adults")
    if adults not in (None, 1, 2):
        _fail(w, f"adults must be 1 or 2 (got {adults!r})")
    lo, hi = h.get("children_min", 0), h.get("children_max", 20)
    if not (isinstance(lo, int) and isinstance(hi, int) and 0 <= lo <= hi):
        _fail(w, "children_min and children_max must be whole numbers, min <= max")
    return HouseholdType(h["name"], adults, lo, hi)


def _parse_bands(where: str, raw: Any, types: tuple[HouseholdType, ...], family: str) -> tuple[Band, ...]:
    if family == "income_banded" and not raw:
        _fail(where, "an income_banded scheme needs [[bands]]")
    if family == "means_tested" and raw:
        _fail(where, "[[bands]] are for income_banded schemes")
    names = {t.name for t in types} or {"all"}
    bands: list[Band] = []
    last: dict[str, int | None] = {}
    for n, b in enumerate(raw, start=1):
        w = f"{where} [[bands]] {n}"
        if not isinstance(b, dict) or set(b) - _BAND_KEYS:
            _fail(w, f"a band may have {sorted(_BAND_KEYS)}")
        household = b.get("household", "all")
        if household not in names:
            _fail(w, f"household {household!r} is not one of {sorted(names)}")
        below = _money(w, "below", b["below"], positive=True) if "below" in b else None
        prev = last.get(household, 0)
        if household in last and prev is None:
            _fail(w, f"a band for {household!r} follows one with no upper bound")
        if below is not None and prev is not None and below <= prev:
            _fail(w, f"bands of {household!r} must rise: below = {b['below']} is not above the previous band's")
        last[household] = below
        bands.append(Band(household, below, _percent(w, "percent", b.get("percent")), _source(w, b)))
    return tuple(bands)


def _parse_deductions(where: str, raw: Any) -> tuple[NonDependantDeduction, ...]:
    out = []
    for n, d in enumerate(raw, start=1):
        w = f"{where} [[non_dependant_deductions]] {n}"
        if not isinstance(d, dict) or set(d) - _ND_KEYS or not isinstance(d.get("in_work"), bool):
            _fail(w, f"a deduction needs in_work (true or false), weekly and source; it may have {sorted(_ND_KEYS)}")
        below = _money(w, "income_below", d["income_below"], positive=True) if "income_below" in d else None
        out.append(NonDependantDeduction(d["in_work"], below, _money(w, "weekly", d.get("weekly")), _source(w, d)))
    return tuple(out)
