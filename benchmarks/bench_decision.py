"""Decision engine timings, side by side with pymcdm, in one run.

Run: .venv/bin/python benchmarks/bench_decision.py [--n 83000] [--pymcdm-promethee-n 20000]

Prints a table of method, n, our time, pymcdm time and ratio. pymcdm's PROMETHEE II builds
n x n tables; it runs in a subprocess allowed 2 GB of address space beyond what its imports
mapped, and its failure is reported rather than crashing the benchmark.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import textwrap
import time
import tracemalloc

import numpy as np

from rancang.decision import DecisionMatrix, promethee_ii, rank_alternatives, topsis, vikor_q, wsm


def timed(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def pymcdm_promethee_subprocess(n: int, limit_gb: float = 2.0) -> str:
    code = textwrap.dedent(f"""
        import resource, time, numpy as np
        from pymcdm.methods import PROMETHEE_II
        # 2 GB more than the address space already mapped after the imports
        vm = [l for l in open('/proc/self/status') if l.startswith('VmSize')][0]
        lim = int(vm.split()[1]) * 1024 + int({limit_gb} * 1024**3)
        resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
        rng = np.random.default_rng(0)
        x = rng.uniform(0, 100, size=({n}, 8)); w = np.full(8, 1/8); t = np.ones(8)
        t0 = time.perf_counter()
        PROMETHEE_II('vshape_2', p=np.full(8, 20.0), q=np.full(8, 5.0))(x, w, t)
        print(f"{{time.perf_counter() - t0:.3f}}")
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if r.returncode == 0:
        return f"{float(r.stdout.strip()):.3f} s"
    last = (r.stderr.strip().splitlines() or ["killed"])[-1]
    kind = "MemoryError" if "MemoryError" in last else last[:40]
    return f"failed ({kind}) under {limit_gb:g} GB"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=83_000)
    ap.add_argument("--pymcdm-promethee-n", type=int, default=20_000)
    ap.add_argument("--samples", type=int, default=10_000)
    args = ap.parse_args()
    from pymcdm import methods as pm
    from pymcdm import normalizations as pn

    rng = np.random.default_rng(0)
    n, m = args.n, 8
    x = rng.uniform(0, 100, size=(n, m))
    w = rng.dirichlet(np.ones(m))
    types = np.array([1, 1, -1, 1, -1, 1, 1, -1])
    d = ["benefit" if t == 1 else "cost" for t in types]
    rows = []

    def row(name: str, ours: float, theirs: float | str) -> None:
        if isinstance(theirs, float):
            rows.append((name, n, f"{ours:.3f} s", f"{theirs:.3f} s", f"{theirs / ours:.1f}x"))
        else:
            rows.append((name, n, f"{ours:.3f} s", theirs, ""))

    row("TOPSIS", timed(lambda: topsis(x, w, d)),
        timed(lambda: pm.TOPSIS(pn.vector_normalization)(x, w, types)))
    row("VIKOR", timed(lambda: vikor_q(x, w, d)), timed(lambda: pm.VIKOR()(x, w, types)))
    row("WSM", timed(lambda: wsm(x, w, d)),
        timed(lambda: pm.WSM(pn.minmax_normalization)(x, w, types)))
    funcs = ["usual", "u-shape", "v-shape", "level", "linear", "linear", "v-shape", "usual"]
    q = np.full(m, 5.0)
    p = np.full(m, 20.0)
    tracemalloc.start()
    t_prom = timed(lambda: promethee_ii(x, w, d, functions=funcs, q=q, p=p), repeat=1)
    peak = tracemalloc.get_traced_memory()[1] / 1024**2
    tracemalloc.stop()
    row(f"PROMETHEE II (5 linear-time types; peak {peak:.0f} MB)", t_prom,
        f"n={args.pymcdm_promethee_n}: {pymcdm_promethee_subprocess(args.pymcdm_promethee_n)}")
    n5 = 3_000
    t5 = timed(lambda: promethee_ii(x[:n5], w, d, functions="linear", q=q, p=p), repeat=1)
    theirs5 = pymcdm_promethee_subprocess(n5)
    ratio5 = f"{float(theirs5.split()[0]) / t5:.0f}x" if theirs5.endswith(" s") else ""
    rows.append(("PROMETHEE II, linear (pymcdm 'vshape_2')", n5, f"{t5:.3f} s", theirs5,
                 ratio5))
    t_g = timed(lambda: promethee_ii(x, w, d, functions="gaussian", s=np.full(m, 10.0)),
                repeat=1)
    rows.append(("PROMETHEE II, 8 Gaussian (fast Gauss transform)", n, f"{t_g:.3f} s", "", ""))
    mixed = ["usual", "u-shape", "v-shape", "level", "linear", "gaussian", "gaussian", "usual"]
    tracemalloc.start()
    t_mix = timed(lambda: promethee_ii(x, w, d, functions=mixed, q=q, p=p,
                                       s=np.full(m, 10.0)), repeat=1)
    peak = tracemalloc.get_traced_memory()[1] / 1024**2
    tracemalloc.stop()
    rows.append((f"PROMETHEE II, all six types (peak {peak:.0f} MB)", n, f"{t_mix:.3f} s", "",
                 ""))

    xs = x[:514]
    dm = DecisionMatrix.build([f"r{i}" for i in range(514)], [f"c{j}" for j in range(m)], xs, d)
    for method in ("topsis", "vikor", "promethee", "wsm"):
        opts = {"functions": "linear", "q": 5.0, "p": 20.0} if method == "promethee" else {}
        t = timed(lambda method=method, opts=opts: rank_alternatives(
            dm, w, method=method, samples=args.samples, rng=1, **opts), repeat=1)
        rows.append((f"robustness {method}, {args.samples} samples", 514, f"{t:.3f} s", "", ""))

    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'method':<52} {'n':>7} {'rancang':>10} {'pymcdm':>34} {'ratio':>7}")
    for r in rows:
        print(f"{r[0]:<52} {r[1]:>7} {r[2]:>10} {r[3]:>34} {r[4]:>7}")
    print(f"process max RSS: {maxrss:.0f} MB")


if __name__ == "__main__":
    main()
