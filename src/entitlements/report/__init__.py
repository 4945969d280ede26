"""The funders' report: an income-gain caseload rendered (Markdown, HTML, charts).

What it says is :mod:`~entitlements.report.sections`, its charts
:mod:`~entitlements.report.charts`, the two formats
:mod:`~entitlements.report.render`, and writing it in one call (with the
command ``python -m entitlements.report``) :mod:`~entitlements.report.write`.
The gains themselves are :mod:`entitlements.gain.caseload`.

:func:`render_markdown`, :func:`render_html`, :func:`write_report` and
:func:`main` are importable from here. The readers and the caseload result
that used to live here moved (to :mod:`entitlements.io.outcomes`,
:mod:`entitlements.io.outcome_columns` and :mod:`entitlements.gain.caseload`):
their old paths warn, for one release.
"""

from .._forward import forward

_HOMES = {
    "render_markdown": "entitlements.report.render",
    "render_html": "entitlements.report.render",
    "write_report": "entitlements.report.write",
    "main": "entitlements.report.write",
}
_MOVED = {
    "caseload_gains": "entitlements.gain.caseload",
    "CaseloadGains": "entitlements.gain.caseload",
    "OUTCOME_COLUMNS": "entitlements.io.outcomes",
    "scenario_from_record": "entitlements.io.outcomes",
    "outcome_from_record": "entitlements.io.outcomes",
    "cases_from_scenarios": "entitlements.io.outcome_columns",
    "cases_from_columns": "entitlements.io.outcome_columns",
}

__all__ = ["render_markdown", "render_html", "write_report", "main"]

__getattr__ = forward(__name__, _HOMES, moved=_MOVED, cache=globals())


def __dir__():
    return sorted(list(globals()) + list(_HOMES))
