"""Run households through PolicyEngine UK and write what it computes.

This script is run by ``crosscheck_policyengine.py`` with the Python of the
separate PolicyEngine virtual environment (``benchmarks/.pe-venv``). It is
the only file here that imports ``policyengine_uk`` (AGPL-3.0): the
``entitlements`` library never does, and this script never imports
``entitlements``. The two talk only through JSON files.

Usage: ``<pe-venv>/bin/python pe_worker.py IN.json OUT.json``

IN.json: ``{"groups": [{"period": "2025", "situation": {...}, "benunits": [...]}, ...],
"variables": [...]}``. Each group is one PolicyEngine situation (people,
benunits, households) for one fiscal year; ``benunits`` lists its benefit
unit names in the order the caller wants results back. PolicyEngine treats a
variable given as an input for any person as an input for everyone in the
situation, so the caller puts households whose inputs differ in kind (net
earnings given, or gross pay to be taxed) in separate groups.

OUT.json: ``{"import_seconds": s, "groups": [{"seconds": s, "build_seconds": s, "values":
{variable: [annual amount per benefit unit, ...]}}, ...], "version": "..."}``.
Every amount is PolicyEngine's annual figure (its YEAR period is the fiscal
year starting in April of that year); the caller converts.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> None:
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        job = json.load(f)

    t = time.perf_counter()
    from importlib.metadata import version

    from policyengine_uk import Simulation

    import_seconds = time.perf_counter() - t

    out_groups = []
    for group in job["groups"]:
        period = group["period"]
        t = time.perf_counter()
        sim = Simulation(situation=group["situation"])
        built = time.perf_counter() - t
        values = {}
        for name in job["variables"]:
            arr = sim.calculate(name, period, map_to="benunit")
            values[name] = [float(x) for x in arr]
        # The taper rate, read from PolicyEngine's own parameters.
        rate = sim.tax_benefit_system.parameters(period).gov.dwp.universal_credit.means_test.reduction_rate
        seconds = time.perf_counter() - t
        position = {name: i for i, name in enumerate(group["situation"]["benunits"])}
        order = [position[b] for b in group["benunits"]]
        out_groups.append(
            {
                "seconds": seconds,
                "build_seconds": built,
                "reduction_rate": float(rate),
                "values": {k: [v[i] for i in order] for k, v in values.items()},
            }
        )

    with open(dst, "w", encoding="utf-8") as f:
        json.dump(
            {
                "import_seconds": import_seconds,
                "groups": out_groups,
                "version": version("policyengine-uk"),
                "core_version": version("policyengine-core"),
            },
            f,
        )


if __name__ == "__main__":
    main()
