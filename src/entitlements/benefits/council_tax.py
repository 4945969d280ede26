"""Council tax liability [pence]: the band amount, the disabled band
reduction and the discounts, for a year, a day and a week.

Legal basis (Local Government Finance Act 1992, "LGFA 1992"):

- **Band amounts.** The amounts for the bands of one area are in a fixed
  proportion to Band D (s 5(1) England and Wales, s 5(1A) Wales from 2005:
  bands A to I; s 74(1) Scotland, as substituted from 2017-18 by the Council
  Tax (Substitution of Proportion) (Scotland) Order 2016, SSI 2016/368):
  ``council_tax.band_proportions``. The proportion is exact; authorities
  publish each band's amount in whole pence (often as the sum of each
  precept's own rounded amount), so a band amount worked out here from an
  *area* Band D can differ from the bill by a penny or two. Here the band
  amount is rounded to the nearest penny, a half up: pass the bill's own
  figure where it is known.
- **Liability for a day** is the band amount / the days in the financial
  year (s 10(1), A/D; Scotland s 79 by the same formula). For a whole year
  the liability is the band amount. Council Tax Reduction schemes work in
  days and weeks: a week's liability is 7 days' (SI 2012/2885 Sch 1 para 7(1)
  A/B for a day; see :func:`weekly_liability`).
- **Disabled band reduction** (Council Tax (Reductions for Disabilities)
  Regulations 1992, SI 1992/554 reg 4, read, as amended by SI 1999/1004 reg 2,
  read, for England and Wales): a dwelling with a room, a second bathroom or
  kitchen, or wheelchair space needed by a substantially and permanently
  disabled resident is charged the amount of the band immediately below its
  own (reg 4(1), (3), (3A)(a)); a band A dwelling is charged five ninths of
  the Band D amount (reg 4(3A)(b)), a reduction of one ninth of Band D.
  Any discount then applies to the reduced amount (reg 4(4)-(5)). Wales,
  band I (read 2026-12-07 in legalize-dev/legalize-uk: SI 1992/554 as made,
  ``uk/uksi-1992-554.md``; SI 1999/1004, ``uk/uksi-1999-1004.md``; the
  Council Tax (Valuation Bands) (Wales) Order 2003, WSI 2003/3046,
  ``uk-wls/wsi-2003-3046.md``; the Council Tax (Transitional Arrangements)
  (Wales) Regulations 2004, WSI 2004/3142, ``uk-wls/wsi-2004-3142.md``):
  reg 4(1) defines the "alternative valuation band" as "the valuation band
  which appears in the Table in section 5(2) of the Act or, as the case may
  be, section 5(3) of the Act immediately above the valuation band which is
  the relevant valuation band"; from 1 April 2005 the Table of s 5(3) for
  Wales runs A to I (WSI 2003/3046 art 2(3), with the proportion "6: 7: 8:
  9: 11: 13: 15: 18: 21", art 2(2)), so band H is the band above I and a
  band I dwelling is charged band H's amount (``WALES_BAND_I_LAW``),
  as the library does. Not settled by the texts read: reg 4(3A)(a), as SI
  1999/1004 reg 2(3) inserted it, gives A for "any of valuation bands B to
  H" only, and no Welsh amendment naming band I was found in the mirror
  (WSI 2004/3142 is not one: it makes transitional bands for 2005-08, and
  its reg 6 only reads reg 4(6)(a) of SI 1992/554 as referring to s 13B
  regulations too; its footnote lists SI 1992/554's amendments to SI
  2000/501, none for Wales; nor is WSI 2004/3094, the Welsh tax base and
  prescribed classes amendment for the 2005 list). The charge of band H is reg 4(1)-(3)'s reading;
  where a council charges band I otherwise, give the bill's figure. Scotland:
  the Council Tax (Reductions for Disabilities) (Scotland) Regulations 1992,
  SI 1992/1335 reg 4(1), read, charge the band below for bands B to H; band
  A, excluded as made (reg 3(4)), is charged D x 5/9 since 1 April 2000 (reg
  4(1A)-(1C) inserted by SI 1999/756 reg 3, read; 200/360 of Band D on the
  Scottish proportions).
- **Discounts** (s 11, Sch 1; Scotland s 79, Sch 1): 25% where one resident
  is not disregarded and every other is ("single person discount"), twice
  that (50%) where every resident is disregarded (s 11(1)-(3)). Who is
  disregarded (students, the severely mentally impaired, carers, care
  leavers, people under 18 or with child benefit paid for them, and so on:
  Sch 1) is a fact the caller gives.

Not modelled: exemptions (classes of exempt dwelling), empty-homes and
second-homes premiums and discounts (ss 11A-11C, 12), local discretionary
reductions (s 13A(1)(c)), and the council's own rounding of instalments.

Wiring (facts the household model lacks today; for the helper who wires
council tax into ``Household``, ``estimate``, the CLI and the caseload):

- ``Household.local_authority``: the billing authority's name or GSS code,
  matched by :func:`entitlements.benefits.council_tax_areas.authority`
  (typos get suggestions); with the date it gives ``band_d_annual``.
- ``Housing.council_tax_band``: 'A' to 'H' ('I' in Wales).
- ``Housing.liable_for_council_tax``: whether the claimant (or partner) is
  liable (LGFA 1992 s 6); not liable means no liability here and no CTR.
- ``Housing.council_tax_residents`` and ``council_tax_disregarded``: adults
  (18 or over) resident, and how many of them are disregarded for discount
  (Sch 1) - the non-dependants' facts count here too.
- ``Housing.disabled_band_reduction``: the dwelling qualifies under SI
  1992/554 reg 3.
- ``Housing.band_d_annual`` (optional): the Band D (or band) amount from the
  bill, which is exact where the area figure is an average over parishes.
- ``Household.nation`` already exists in spirit (``scotland`` flags): the
  nation picks the band proportions.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from ..errors import InputError
from ..money import divide_half_up
from ..tables import Tables
from ._numeric import days as _days
from ._numeric import flag, is_array, out_int, pence, table_on, whole

__all__ = [
    "BANDS",
    "band_index",
    "band_amount",
    "from_band_charge",
    "days_in_financial_year",
    "discount_percent",
    "annual_liability",
    "weekly_liability",
    "Liability",
    "liability",
]

#: The valuation bands of each nation (LGFA 1992 ss 5(2), 5(3), 74(2)).
BANDS: dict[str, tuple[str, ...]] = {
    "england": tuple("ABCDEFGH"),
    "wales": tuple("ABCDEFGHI"),
    "scotland": tuple("ABCDEFGH"),
}
_PROPORTION_TABLE = {"england": "council_tax.band_proportions_england", "wales": "council_tax.band_proportions_wales",
                     "scotland": "council_tax.band_proportions_scotland"}


def _nation(nation: str) -> str:
    if nation not in BANDS:
        raise InputError("nation", nation, "'england', 'wales' or 'scotland'")
    return nation


def band_index(band, nation: str = "england"):
    """The band as a number (A = 0), for a letter or an array of letters."""
    letters = BANDS[_nation(nation)]
    arr = np.asarray(band)
    if arr.ndim == 0:
        b = str(band).strip().upper() if isinstance(band, str) else band
        if b not in letters:
            raise InputError("council_tax_band", band, f"one of {', '.join(letters)} ({nation})")
        return letters.index(b)
    out = np.full(arr.shape, -1, dtype=np.int64)
    for i, letter in enumerate(letters):
        out[np.char.upper(np.char.strip(arr.astype(str))) == letter] = i
    if np.any(out < 0):
        j = int(np.flatnonzero(out.ravel() < 0)[0])
        raise InputError("council_tax_band", arr.ravel()[j], f"one of {', '.join(letters)} ({nation})", where=f"row {j}")
    return out


def _proportions(nation: str, on, tables: Tables):
    """The band proportions in force: numerators by band (an int64 array
    [bands], or [rows, bands] for a date per row) and Band D's numerator,
    which is the denominator of every band's share of Band D."""
    t = tables.table(_PROPORTION_TABLE[nation])
    row = t.at(table_on(on))
    nums = np.stack([np.asarray(row[k], dtype=np.int64) for k in t.keys], axis=-1)
    return nums, nums[..., 3]


#: Where a Welsh band I dwelling with the disabled band reduction is charged band H's amount: SI 1992/554 reg
#: 4(1)'s "alternative valuation band" with the Table of LGFA 1992 s 5(3) as WSI 2003/3046 art 2(3) substituted it
#: for Wales (read 2026-12-07; the module notes say what was not found).
WALES_BAND_I_LAW = "SI 1992/554 reg 4(1) (band H, the band above I in LGFA 1992 s 5(3)'s table for Wales: WSI 2003/3046 art 2(3))"


def band_amount(band_d_annual, band, *, on, tables: Tables, nation: str = "england",
                disabled_band_reduction=False):
    """The annual amount for a band [pence/year], from the Band D amount.

    ``band`` is a letter (or an array of letters or band numbers); with
    ``disabled_band_reduction`` the band below is charged, and band A five
    ninths of Band D (SI 1992/554 reg 4(3A), as amended by SI 1999/1004;
    Scotland SI 1992/1335 reg 4(1C), inserted by SI 1999/756).
    Rounded to the nearest penny, a half up (see the module docstring).

    >>> from entitlements.tables import default_tables
    >>> band_amount(216000, "A", on=dt.date(2025, 4, 1), tables=default_tables())   # 6/9 of £2,160
    144000
    """
    scalar = not is_array(band_d_annual, band, disabled_band_reduction, on)
    d = pence("band_d_annual", band_d_annual)
    b = band if isinstance(band, (int, np.integer)) or (isinstance(band, np.ndarray) and band.dtype.kind in "iu") \
        else band_index(band, nation)
    b = whole("council_tax_band", b, 0, len(BANDS[_nation(nation)]) - 1, "a band number (A = 0)")
    reduced = flag("disabled_band_reduction", disabled_band_reduction)
    nums, den = _proportions(nation, on, tables)
    charged = np.maximum(b - reduced.astype(np.int64), 0)
    if nums.ndim == 1:
        num = nums[charged]
    else:
        shape = np.broadcast_shapes(charged.shape, nums.shape[:-1])
        num = np.take_along_axis(np.broadcast_to(nums, shape + nums.shape[-1:]),
                                 np.broadcast_to(charged, shape)[..., None], -1)[..., 0]
    # Band A with the reduction: five ninths of Band D (England and Wales,
    # SI 1992/554 reg 4(3A)(b); Scotland, SI 1992/1335 reg 4(1C)).
    num = np.where(reduced & (b == 0), 5 * den // 9, num)
    return out_int(divide_half_up(d * num, den), scalar)


def from_band_charge(band_charge_annual, band, *, on, tables: Tables, nation: str = "england",
                     disabled_band_reduction=False):
    """The Band D and the amount charged [pence/year] worked back from the
    year's charge for the home's own band on a bill (before any discount or
    reduction): ``(band_d_annual, band_amount_annual)``.

    The bands of an area stand in fixed proportion to Band D (LGFA 1992 s
    5(1), (1A); s 74(1)), so the Band D is the charge x D's share / the band's
    share, and with the disabled band reduction the band below is charged in
    the same proportion (band A: five ninths of Band D, SI 1992/554 reg
    4(3A)(b), as amended by SI 1999/1004); each to the nearest penny, a half
    up. Without the reduction the amount charged is the bill's own figure.

    >>> from entitlements.tables import default_tables
    >>> from_band_charge(192000, "C", on=dt.date(2025, 4, 1), tables=default_tables())  # C is 8/9 of D
    (216000, 192000)
    >>> from_band_charge(192000, "C", on=dt.date(2025, 4, 1), tables=default_tables(), disabled_band_reduction=True)
    (216000, 168000)
    """
    scalar = not is_array(band_charge_annual, band, disabled_band_reduction, on)
    charge = pence("band_charge_annual", band_charge_annual)
    b = band if isinstance(band, (int, np.integer)) or (isinstance(band, np.ndarray) and band.dtype.kind in "iu") \
        else band_index(band, nation)
    b = whole("council_tax_band", b, 0, len(BANDS[_nation(nation)]) - 1, "a band number (A = 0)")
    reduced = flag("disabled_band_reduction", disabled_band_reduction)
    nums, den = _proportions(nation, on, tables)
    below = np.maximum(b - reduced.astype(np.int64), 0)
    if nums.ndim == 1:
        own, charged = nums[b], nums[below]
    else:
        shape = np.broadcast_shapes(b.shape, nums.shape[:-1])
        wide = np.broadcast_to(nums, shape + nums.shape[-1:])
        own = np.take_along_axis(wide, np.broadcast_to(b, shape)[..., None], -1)[..., 0]
        charged = np.take_along_axis(wide, np.broadcast_to(below, shape)[..., None], -1)[..., 0]
    charged = np.where(reduced & (b == 0), 5 * den // 9, charged)
    band_d = divide_half_up(charge * den, own)
    amount = np.where(reduced, divide_half_up(charge * charged, own), charge)
    return out_int(band_d, scalar), out_int(amount, scalar)


def days_in_financial_year(on):
    """365 or 366: the days in the financial year (1 April to 31 March)
    containing ``on`` (LGFA 1992 s 10(1), D)."""
    d = _days(on)
    year = d.astype("datetime64[Y]").astype(np.int64) + 1970
    month = d.astype("datetime64[M]").astype(np.int64) % 12 + 1
    start_year = np.where(month >= 4, year, year - 1)
    start = (start_year - 1970).astype("datetime64[Y]").astype("datetime64[M]") + 3
    end = (start_year + 1 - 1970).astype("datetime64[Y]").astype("datetime64[M]") + 3
    n = (end.astype("datetime64[D]") - start.astype("datetime64[D]")).astype(np.int64)
    return int(n) if n.ndim == 0 else n


def discount_percent(residents, disregarded, *, on, tables: Tables):
    """The discount [percent]: the appropriate percentage (25) if one resident
    counts, twice it (50) if none does, else 0 (LGFA 1992 s 11(1)-(3);
    Scotland s 79). ``residents`` are the adults resident; ``disregarded`` how
    many of them Sch 1 disregards."""
    scalar = not is_array(residents, disregarded, on)
    r = whole("council_tax_residents", residents, 1, 50, "a count of adult residents")
    g = whole("council_tax_disregarded", disregarded, 0, 50, "a count of disregarded residents")
    if np.any(g > r):
        raise InputError("council_tax_disregarded", int(np.max(g)), "no more than the number of residents")
    appropriate = tables.at("council_tax.appropriate_percentage", table_on(on))
    pct = appropriate.numerator // appropriate.denominator  # a Fraction, or one per row (PercentArray)
    counted = r - g
    return out_int(np.where(counted == 0, 2 * pct, np.where(counted == 1, pct, 0)), scalar)


def annual_liability(band_amount_annual, discount):
    """The year's liability after a discount [pence/year]: the band amount x
    (1 - discount/100), to the nearest penny (SI 1992/554 reg 4(5) for the
    order; LGFA 1992 s 11)."""
    scalar = not is_array(band_amount_annual, discount)
    a = pence("band_amount_annual", band_amount_annual)
    p = whole("discount", discount, 0, 100, "a discount in percent")
    return out_int(divide_half_up(a * (100 - p), 100), scalar)


def weekly_liability(annual, *, on):
    """A week's liability [pence/week]: 7 days at the year's daily amount,
    annual x 7 / days in the financial year (LGFA 1992 s 10(1) A/D; the CTR
    schemes' daily A/B: SI 2012/2885 Sch 1 para 7(1)), to the nearest penny.
    For the reduction itself the schemes keep the exact figure."""
    scalar = not is_array(annual, on)
    a = pence("annual_liability", annual)
    days = days_in_financial_year(on)
    return out_int(divide_half_up(a * 7, days), scalar)


@attrs.frozen
class Liability:
    """One household's council tax for a financial year, step by step (pence)."""

    nation: str
    band: str
    band_d_annual: int
    band_charged: str  # the band whose amount is charged ("5/9 of D" for band A reduced)
    band_amount_annual: int
    discount_percent: int
    annual: int
    days_in_year: int
    weekly: int
    sources: tuple[str, ...]


def liability(band_d_annual: int, band: str, *, on: dt.date, tables: Tables, nation: str = "england",
              residents: int = 2, disregarded: int = 0, disabled_band_reduction: bool = False) -> Liability:
    """Council tax for one dwelling and financial year, with every step.

    >>> from entitlements.tables import default_tables
    >>> r = liability(216000, "C", on=dt.date(2025, 6, 1), tables=default_tables(), residents=1)
    >>> r.band_amount_annual, r.annual      # 8/9 of £2,160 = £1,920; 25% off
    (192000, 144000)
    """
    amount = band_amount(band_d_annual, band, on=on, tables=tables, nation=nation,
                         disabled_band_reduction=disabled_band_reduction)
    disc = discount_percent(residents, disregarded, on=on, tables=tables)
    annual = annual_liability(amount, disc)
    i = band_index(band, nation)
    charged = BANDS[nation][max(i - 1, 0)] if disabled_band_reduction and i > 0 else (
        "5/9 of D" if disabled_band_reduction else BANDS[nation][i])
    sources = ["LGFA 1992 s 74(1); SSI 2016/368" if nation == "scotland" else "LGFA 1992 s 5(1)" +
               ("-(1A)" if nation == "wales" else ""), "LGFA 1992 s 10(1)"]
    if disabled_band_reduction:
        sources.append("SI 1992/554 reg 4 (as amended by SI 1999/1004)")
        if nation == "wales" and BANDS[nation][i] == "I":  # read 2026-12-07: see the module notes
            sources.append(WALES_BAND_I_LAW)
    if disc:
        sources.append("LGFA 1992 s 11 and Sch 1" if nation != "scotland" else "LGFA 1992 s 79 and Sch 1")
    return Liability(nation, BANDS[nation][i], band_d_annual, charged, amount, disc, annual,
                     days_in_financial_year(on), weekly_liability(annual, on=on), tuple(sources))
