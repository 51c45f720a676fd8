"""`integr8`: the command line of the Integr8 SDK (typer + rich).

    integr8 call TAG OPERATION [--param name=value ...]     any operation of the API
    integr8 list TAG OPERATION [--filter f=v] [--sort -f]   every page of a list, streamed
    integr8 report clicks|conversions|impressions ...       cursor-paged reports, streamed
    integr8 export KIND ... --output FILE | export resume   Download Center, with progress
    integr8 conversions update FILE.csv                     updates, verified line by line
    integr8 appsamurai campaigns | sync [--dry-run]         AppSamurai campaigns as offers
    integr8 sandbox serve                                   the fake API on a local port
    integr8 contract check-cassettes | probe | diff         the spec as a CI gate
    integr8 demo                                            all of it, against the sandbox

Modules, one job each: `_app` (root command, global options, error handling), `_errors`
(messages and exit codes), `_config` (options, environment, config file), `_state` (what
commands share; the one place clients are built), `_console` (stdout/stderr, logging),
`_options` (shared option declarations, help layout), `_output` (table/json/jsonl/csv writers),
`_atomic` (stdout or an atomically written file), `_values` (parsing typed input), `_progress`
(the export display), `_updates_csv` (reading update files); then one module per command group
(`_call`, `_list`, `_report`, `_export`, `_conversions`, `_appsamurai`, `_sandbox`, `_contract`,
`_demo` with its sample campaigns in `_demo_data`).

Exit codes: 0 ok, 1 API/network/export failure, 2 bad usage or input (nothing sent), 3 conversion
updates not all applied, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM). Tests and the demo
plug a sandbox in through `_state.AppState` passed as typer's `obj` (see `_state`).

SIGTERM (`kill`, `timeout`, systemd, a container stopping) unwinds exactly like Ctrl-C: `main`,
the console script, turns it into `Terminated`, a KeyboardInterrupt raised in the main thread,
so every cleanup that Ctrl-C runs (an export's hidden `.part` files, `--output`'s temporary
file) runs too; then the process exits 143 (128 + SIGTERM), as a shell reports a process killed
by it. Only `main` installs the handler: the library never touches signal handling, and neither
does `app` when another program embeds it. A second SIGTERM while the first one unwinds is
ignored, so it cannot cut the cleanup short (SIGKILL still ends the process at once).

Importing this package imports no part of the SDK (no client, no generated code) and not httpx:
commands import what they use when they run, so `integr8 --help` (and each command's `--help`)
stays quick; tests/test_startup.py checks it. `main` also spares help pages two rich modules typer
imports but this CLI never uses (see `_lighthelp`).
"""

from __future__ import annotations

from typing import Any

app: Any
try:
    from ._app import app
except ModuleNotFoundError as missing:  # the command line is the `cli` extra: typer and rich
    if missing.name not in ("typer", "rich", "click"):
        raise
    app = None
    _MISSING = missing.name

__all__ = ["app", "main"]

INSTALL_HINT = "pip install 'integr8[cli]'"


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: raised in the main thread so the command unwinds as on Ctrl-C."""


_terminated = False


def _on_sigterm(signum: int, frame: object) -> None:
    global _terminated
    import signal

    _terminated = True
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # one unwinding: a second SIGTERM cannot cut it short
    raise Terminated()


def main() -> None:
    """Console-script entry point (`integr8 = "integr8.cli:main"`); SIGTERM exits 143 after the
    same cleanup as Ctrl-C (see the module docstring)."""
    import signal
    import threading

    if app is None:  # installed without the `cli` extra: say how to get it, not a traceback
        import sys

        sys.stderr.write(
            f"integr8: the command line needs the 'cli' extra ({_MISSING} is not installed): {INSTALL_HINT}\n"
        )
        raise SystemExit(1)

    import sys

    from ._errors import EXIT_TERMINATED

    if len(sys.argv) < 2 or any(arg in ("-h", "--help") for arg in sys.argv[1:]):
        from ._lighthelp import import_typer_help

        import_typer_help()  # help is about to be drawn: without the rich modules it never uses

    global _terminated
    _terminated = False
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        app(prog_name="integr8")
    except Terminated:  # arrived outside the command (typer turns it into exit 130 inside)
        raise SystemExit(EXIT_TERMINATED) from None
    except SystemExit:
        if _terminated:
            raise SystemExit(EXIT_TERMINATED) from None
        raise
    finally:
        if previous is not None:  # main() called in a longer-lived process: leave it as it was
            signal.signal(signal.SIGTERM, previous)
