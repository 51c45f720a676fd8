"""`python -m bench [core] [export] [conversions]`: run the benchmarks, print one line each."""

from __future__ import annotations

import argparse
import sys
import time


def main() -> int:
    from . import conversions, core, export

    suites = {"core": core.run, "export": export.run, "conversions": conversions.run}
    suites["startup"] = __import__("bench.startup", fromlist=["run"]).run  # bench/startup.py
    suites["paging"] = __import__("bench.paging", fromlist=["run"]).run  # bench/paging.py
    suites["parsing"] = __import__("bench.parsing", fromlist=["run"]).run  # bench/parsing.py
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("suites", nargs="*", metavar="SUITE", help=f"any of {', '.join(suites)} (default: all)")
    args = parser.parse_args()
    unknown = [s for s in args.suites if s not in suites]
    if unknown:
        parser.error(f"unknown suite(s) {', '.join(unknown)}; choose from {', '.join(suites)}")
    lines = []
    for name in args.suites or list(suites):
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        for line in suites[name]():
            print(line, flush=True)
            lines.append(line)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    missed = [line for line in lines if not line.ok]
    print(f"{len(lines) - len(missed)} of {len(lines)} targets met")
    return 1 if missed else 0  # a missed target is visible to scripts, not only in the text


if __name__ == "__main__":
    sys.exit(main())
