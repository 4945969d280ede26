"""``python -m entitlements.report caseload.csv -o report.html``: the funders' report."""

from .write import main

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
