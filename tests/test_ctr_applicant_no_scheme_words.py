"""The mixed-age couple's "who applies" note: where a partner's scheme could
not be worked out at all, it said "Adult 1 (68) applying, no scheme: not
worked out, <council>'s working-age scheme ... is not in the library",
which reads as if no scheme applied to him; the reason alone is said now.

Since 2026-12-08 (qa-adv10): this couple has an award of Universal Credit (£315.27), so neither is a pensioner
for Council Tax Reduction (SI 2012/2885 reg 3(1)(a)(ii)) and who applies decides nothing: no "who applies" note
at all (it used to be said, wrongly, where the council's working-age scheme is not shipped)."""

from __future__ import annotations

from entitlements.cli import main


def test_no_scheme_is_not_said(capsys):
    assert main(["estimate", "--age", "68", "--state-pension", "241.30", "--partner-age", "59", "--partner-lcwra",
                 "--social", "--rent", "110/week", "--bedrooms", "1", "--council", "Nuneaton and Bedworth",
                 "--council-tax-band", "A", "--on", "2026-12-07"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "no scheme" not in out, out
    assert "Who applies for Council Tax Reduction matters" not in out, out
    assert "Nuneaton and Bedworth's working-age scheme for 2026-27 is not in the library" in out, out
    # UC itself, by hand: £666.97 + £217.26 + £110 x 52 / 12 (£476.67) - £241.30 x 52 / 12 (£1,045.63) = £315.27.
    assert "= Universal Credit £315.27" in out
