#!/usr/bin/env bash
# Runs ilead-bench (release) and, when ILEAD_SMAA_REFERENCE names a copy of the SMAA reference script
# (smaa_reference.py, NumPy and pysensmcda implementations), the references side by side on this machine, then prints the speed ratios. Usage: scripts/bench.sh [--write-baseline]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/environment.sh
swift build -c release --product ilead-bench >&2
out=$(mktemp)
.build/release/ilead-bench | tee "$out"
reference=${ILEAD_SMAA_REFERENCE:-}
if [ -f "$reference" ] && python3 -c "import numpy" 2>/dev/null; then
    python3 "$reference" --impl numpy --m 1000 --n 12 --samples 100000 | tee -a "$out"
    if python3 -c "import pysensmcda" 2>/dev/null; then
        python3 "$reference" --impl pysensmcda --m 1000 --n 12 --samples 100000 2>/dev/null | tail -1 | tee -a "$out"
    fi
    # Our SMAA case once more, right after the references: the ratios use the mean of the two medians, so a
    # machine that slows down or speeds up during the references does not tilt them.
    .build/release/ilead-bench smaa-additive | sed 's/"case": "smaa-additive"/"case": "smaa-additive-after"/' | tee -a "$out"
fi
python3 - "$out" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
ours = next(r for r in rows if r.get("case") == "smaa-additive")
after = next((r for r in rows if r.get("case") == "smaa-additive-after"), ours)
s = (ours["seconds"] + after["seconds"]) / 2
for r in rows:
    if "impl" in r:
        print(f"SMAA-2 additive m=1000 n=12 N=100000: {r['impl']} {r['seconds']:.3f} s / ilead {s:.3f} s "
              f"(medians before and after: {ours['seconds']:.3f}, {after['seconds']:.3f}) = {r['seconds'] / s:.1f}x "
              f"(checksums {r['checksum']:.1f} vs {ours['checksum']:.1f})")
t = next((r for r in rows if r.get("case") == "topsis-1m"), None)
if t: print(f"TOPSIS 1,000,000 x 20: median {t['seconds'] * 1000:.1f} ms = {t['ratioToRead']:.2f}x the time to read the matrix once "
            f"(median of paired ratios; read once {t['readOnceSeconds'] * 1000:.1f} ms; minima {t['minSeconds'] * 1000:.1f} / "
            f"{t['readOnceMinSeconds'] * 1000:.1f} ms = {t['ratioOfMinima']:.2f}x); with the column-statistics pass of validation "
            f"redone: {t['twoPassSeconds'] * 1000:.1f} ms = {t['twoPassRatioToRead']:.2f}x")
mc = next((r for r in rows if r.get("case") == "monte-carlo"), None)
if mc: print(f"Monte Carlo on the synthetic dataset: {mc['runs']} runs over {mc['gaps']} gaps in {mc['seconds']:.2f} s "
             f"(median of 3; fastest {mc['minSeconds']:.2f} s)")
PY
if [ "${1:-}" = "--write-baseline" ]; then grep '"case"' "$out" | grep -v smaa-additive-after | sed 's/, "baselineSeconds".*}/}/' > benchmarks/baseline.jsonl; echo "baseline written" >&2; fi
