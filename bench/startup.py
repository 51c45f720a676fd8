"""Fast start: what a user waits for in a new process (issue 18).

Two lines, each the median of interleaved rounds of fresh subprocesses (A B A B ...):

- First result: a process that imports the SDK, builds a client and lists 5 offers from a
  sandbox on loopback (served by this process), against the same written with plain httpx
  (`httpx.Client(...).get(...).json()`). Target <= 1.3x.
- `integr8 --help` against `python -c "import httpx"`. Target <= 1.3x.

Each is measured twice, because bytecode caching decides much of a start-up time:

- with .pyc files (what users have: pip compiles on install), the gated figure: every
  subprocess reads its bytecode from a cache directory (`PYTHONPYCACHEPREFIX`) filled by the
  untimed warm-up run;
- without .pyc files for the project's own sources (`integr8`, `integr8_client`), as on a
  machine that sets `PYTHONDONTWRITEBYTECODE=1` over an editable install: the same cache minus
  those two packages, nothing written. Printed, not gated: the standard library and other
  dependencies still come from their cache, so the figure isolates what compiling our own
  sources costs.

Both sides of a line run under the same settings, so a ratio compares like with like.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ._harness import Line, Ratio, Rounds, info, interleaved, ratio_at_most, served

ROUNDS = 9  # start-up times are short: more rounds steady the median on a busy machine
PAGE = 5

# The subprocesses read the sandbox's address and key from the environment (not argv: a key in
# argv shows in the process list).
OURS_FIRST = """
import os
from integr8 import Integr8

client = Integr8(api_key=os.environ["BENCH_KEY"], base_url=os.environ["BENCH_URL"], allow_http=True)
page = client.offers.list_offers(integration_id=os.environ["BENCH_INTEGRATION"], pagesize=5)
assert len(page.data) == 5, page
"""

# What a competent user writes with httpx alone: one client, one GET, the JSON.
HTTPX_FIRST = """
import os
import httpx

client = httpx.Client(base_url=os.environ["BENCH_URL"], headers={"API-KEY": os.environ["BENCH_KEY"]})
answer = client.get(f"/api/v2/integrations/{os.environ['BENCH_INTEGRATION']}/offers", params={"page[size]": 5})
answer.raise_for_status()
page = answer.json()
assert len(page["data"]) == 5, page
"""


def _project_dirs() -> list[Path]:
    """The source directories of our two packages (wherever they are installed)."""
    import integr8
    import integr8_client

    return [Path(integr8.__file__).resolve().parent, Path(integr8_client.__file__).resolve().parent]


@contextmanager
def _bytecode_modes() -> Iterator[dict[str, dict[str, str]]]:
    """Environments of the two modes, by name: `cached` reads and writes bytecode in a fresh
    cache directory; `uncached` reads a copy of it (made by `_strip_ours`) and writes nothing."""
    root = Path(tempfile.mkdtemp(prefix="integr8-bench-pyc-"))
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    try:
        yield {
            "cached": {**base, "PYTHONPYCACHEPREFIX": str(root / "cached")},
            "uncached": {**base, "PYTHONPYCACHEPREFIX": str(root / "uncached"), "PYTHONDONTWRITEBYTECODE": "1"},
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _strip_ours(envs: dict[str, dict[str, str]]) -> None:
    """Fill the uncached mode's directory: what the cached runs compiled, minus our packages."""
    src = Path(envs["cached"]["PYTHONPYCACHEPREFIX"])
    dst = Path(envs["uncached"]["PYTHONPYCACHEPREFIX"])
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    for project in _project_dirs():
        # With a prefix, the bytecode of /a/b/c.py is PREFIX/a/b/c.<tag>.pyc.
        shutil.rmtree(dst / project.relative_to(project.anchor), ignore_errors=True)


class _Child:
    """Runs one command line per call, fresh each time; remembers each run's CPU seconds (user +
    system of the child), which the rest of the machine disturbs far less than wall time."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.argv = argv
        self.env = env
        self.cpu: list[float] = []

    def __call__(self) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(self.argv, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)  # this run's child only: runs never overlap
        if done.returncode != 0:
            raise RuntimeError(f"{self.argv[1:3]} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
        self.cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)


def _compare(ours: _Child, baseline: _Child) -> tuple[Ratio, Ratio]:
    """Wall-clock and CPU ratios of `ours` to `baseline` over the same interleaved rounds."""
    ours.cpu.clear()
    baseline.cpu.clear()
    wall = interleaved(ours, baseline, ROUNDS)
    # interleaved runs each side once untimed first: drop that run from the CPU figures too.
    cpu = Ratio(Rounds(tuple(ours.cpu[1:])), Rounds(tuple(baseline.cpu[1:])))
    return wall, cpu


def _help_argv() -> list[str]:
    """`integr8 --help` as users run it: the console script when installed next to this Python."""
    script = Path(sys.executable).with_name("integr8")
    if script.exists():
        return [str(script), "--help"]
    return [sys.executable, "-c", "import sys; from integr8.cli import main; sys.argv[0] = 'integr8'; main()", "--help"]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def run() -> list[Line]:
    lines: list[Line] = []
    with served(0.0) as (sb, server), _bytecode_modes() as envs:
        sandbox = {"BENCH_URL": server.base_url, "BENCH_KEY": sb.api_key, "BENCH_INTEGRATION": sb.integration_id}
        argv = {
            "ours_first": [sys.executable, "-c", OURS_FIRST],
            "httpx_first": [sys.executable, "-c", HTTPX_FIRST],
            "help": _help_argv(),
            "import_httpx": [sys.executable, "-c", "import httpx"],
        }
        for command in argv.values():  # fills the cache: from here on every run reads bytecode
            _Child(command, {**envs["cached"], **sandbox})()
        _strip_ours(envs)
        for mode in ("cached", "uncached"):
            env = {**envs[mode], **sandbox}
            first, first_cpu = _compare(_Child(argv["ours_first"], env), _Child(argv["httpx_first"], env))
            helped, help_cpu = _compare(_Child(argv["help"], env), _Child(argv["import_httpx"], env))
            first_detail = (
                f"a new process imports, builds a client, lists {PAGE} offers on loopback: "
                f"httpx {_ms(first.baseline.median)}, integr8 {_ms(first.ours.median)}; "
                f"CPU {first_cpu.median:.2f}x ({_ms(first_cpu.baseline.median)} vs {_ms(first_cpu.ours.median)}, "
                f"{first_cpu.spread})"
            )
            help_detail = (
                f"import httpx {_ms(helped.baseline.median)}, integr8 --help {_ms(helped.ours.median)}; "
                f"CPU {help_cpu.median:.2f}x ({_ms(help_cpu.baseline.median)} vs {_ms(help_cpu.ours.median)}, "
                f"{help_cpu.spread})"
            )
            if mode == "cached":
                lines.append(ratio_at_most("(a) first result vs plain httpx (with .pyc)", first, 1.3, first_detail))
                lines.append(
                    ratio_at_most(
                        '(b) integr8 --help vs python -c "import httpx" (with .pyc)', helped, 1.3, help_detail
                    )
                )
            else:
                lines.append(
                    info("(a') the same, our sources without .pyc", first.median, f"{first_detail}; {first.spread}")
                )
                lines.append(
                    info("(b') the same, our sources without .pyc", helped.median, f"{help_detail}; {helped.spread}")
                )
    return lines


if __name__ == "__main__":
    for line in run():
        print(line)
