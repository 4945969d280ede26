"""Reading and writing: every file, DataFrame and record the library takes or gives.

Households (:mod:`~entitlements.io.households` one record at a time,
:mod:`~entitlements.io.household_columns` a caseload in columns, with the
helpers for columns of cells in :mod:`~entitlements.io.cells`), a caseload
of households with its ids and row errors (:mod:`~entitlements.io.caseloads`),
advice outcomes (:mod:`~entitlements.io.outcomes` by record,
:mod:`~entitlements.io.outcome_columns` in columns, from any source:
:mod:`~entitlements.io.sources`), CSV files (:mod:`~entitlements.io.csv`),
Excel workbooks read as their CSV would be (:mod:`~entitlements.io.workbooks`)
and the writers (:mod:`~entitlements.io.writers`). Nothing here estimates:
these modules turn what people type into the input models
(:mod:`entitlements.household`, :mod:`entitlements.columns`,
:mod:`entitlements.gain.outcomes`, :mod:`entitlements.gain.cases`) and
results into files. Importing the package imports none of them.
"""
