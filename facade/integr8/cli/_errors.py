"""How a failure reaches the user: one line on stderr, and an exit code a script can test.

Why one table for every command: they all fail in the same few ways (a missing key, bad input,
the API said no, the network is down), and a script must be able to tell "fix your input" (2)
from "try again later" (1) from "sent, but not every update was applied" (3) without parsing
text. Expected failures never show a traceback; `--debug` adds one for whoever files the bug.
Every message goes through `integr8._redact`, so a key or a signed URL that an error happens to
quote is masked before it reaches the terminal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence

EXIT_OK = 0
EXIT_FAILURE = 1  # the API, the network or an export failed; or an unexpected error
EXIT_USAGE = 2  # bad options, arguments, input file or settings: nothing was sent
EXIT_NOT_APPLIED = 3  # conversion updates were sent, but not every one was applied
EXIT_INTERRUPTED = 130  # Ctrl-C (set by typer)
EXIT_TERMINATED = 143  # SIGTERM, after the same cleanup as Ctrl-C (128 + 15; see `integr8.cli.main`)

EXIT_CODES_HELP = (
    "[b]Exit codes:[/b] 0 ok, 1 API, network or export failure, 2 bad usage or input "
    "(nothing sent), 3 conversion updates not all applied, 130 interrupted, 143 terminated (SIGTERM)."
)


class CliError(Exception):
    """A failure the CLI reports itself: a message, an exit code, and optional detail lines."""

    def __init__(self, message: str, *, code: int = EXIT_USAGE, details: Sequence[str] = ()):
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = tuple(details)


def as_options(message: str, names: Mapping[str, str]) -> str:
    """An SDK message in the names the user typed: each SDK keyword of `names` (`dest`,
    `filterstatus`, `allow_unknown_status=True`) replaced by its option (`--output`, `--status`,
    `--allow-unknown-status`). Only whole names are replaced: not inside a longer word, a dotted or
    dashed name, or the spec's bracketed spelling (`filter[status]` stays)."""
    for keyword, option in names.items():
        message = re.sub(rf"(?<![\w.\[-]){re.escape(keyword)}(?![\w\]])", option.replace("\\", r"\\"), message)
    return message


@contextlib.contextmanager
def options_named(names: Mapping[str, str]) -> Iterator[None]:
    """Within the block, an SDK `ConfigurationError` (bad input, nothing sent) becomes a CliError
    (exit 2) whose message names options, not keywords (`as_options`). A command wraps the SDK
    calls it makes with its options' values in this; the SDK's other errors pass unchanged, and
    so does `InvalidUpdatesError`, which commands report line by line."""
    try:
        yield
    except Exception as exc:
        from integr8.errors import ConfigurationError, InvalidUpdatesError

        if not isinstance(exc, ConfigurationError) or isinstance(exc, InvalidUpdatesError):
            raise
        raise CliError(as_options(str(exc), names)) from None


def describe(exc: BaseException) -> tuple[int, str, tuple[str, ...], bool]:
    """`(exit code, message, detail lines, expected)` for any exception a command raised.

    `expected` is False for what looks like a bug in the CLI or the SDK (then the user is told
    how to get the traceback). The order of the checks matters: subclasses before their bases.
    """
    from integr8 import errors

    if isinstance(exc, CliError):
        return exc.code, exc.message, exc.details, True
    if isinstance(exc, errors.InvalidUpdatesError):
        lines = tuple(f"updates[{i}]: {msg}" for i, msg in exc.problems)
        return EXIT_USAGE, f"{len(exc.problems)} invalid update(s); nothing was sent", lines, True
    if isinstance(exc, errors.VerificationError):
        return EXIT_NOT_APPLIED, str(exc), (), True
    if isinstance(exc, errors.AuthenticationError):
        hint = "check INTEGR8_API_KEY (Organization > API Access in the Integr8 dashboard)"
        return EXIT_FAILURE, f"{exc} ({hint})", (), True
    if isinstance(exc, errors.ExportTimeoutError):
        message = (
            f"export {exc.export_id} was not ready within {exc.timeout:g}s "
            f"(last status: {exc.status}); fetch it later with: "
            f"integr8 export resume {exc.export_id} --output FILE"
        )
        return EXIT_FAILURE, message, (), True
    if isinstance(exc, errors.APIStatusError) and exc.retry_after is not None:
        return EXIT_FAILURE, f"{exc}; {try_again(exc.retry_after)}", (), True
    if isinstance(exc, errors.APIConnectionError):
        return EXIT_FAILURE, f"{exc} (is INTEGR8_BASE_URL right, and the network up?)", (), True
    if isinstance(exc, (errors.ConfigurationError, ValueError)):
        return EXIT_USAGE, str(exc), (), True
    if isinstance(exc, errors.Integr8Error):
        return EXIT_FAILURE, str(exc), (), True
    if isinstance(exc, FileNotFoundError):
        return EXIT_USAGE, f"{exc.strerror}: {exc.filename}", (), True
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return EXIT_FAILURE, f"{exc.strerror or exc}{where}", (), True
    return EXIT_FAILURE, f"unexpected {type(exc).__name__}: {exc}", (), False


def try_again(seconds: float, now: dt.datetime | None = None) -> str:
    """When to try again after a server's `Retry-After` of `seconds`: the local clock time,
    and how long that is from `now` (default: now, local time)."""
    start = now or dt.datetime.now().astimezone()
    when = start + dt.timedelta(seconds=seconds)
    stamp = when.strftime("%Y-%m-%d %H:%M:%S %Z").strip()
    return f"try again after {stamp} (in {_duration(seconds)})"


def _duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    if whole < 90:
        return f"{whole} s"
    minutes = round(whole / 60)
    if minutes < 90:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def report(exc: BaseException, *, debug: bool) -> int:
    """Print `exc` the way users should see it; return the exit code."""
    from rich.text import Text

    from integr8._redact import redact

    from ._console import error, stderr

    code, message, details, expected = describe(exc)
    if debug:
        stderr().print_exception(show_locals=False)
    error(redact(message))
    for line in details:
        stderr().print(Text(f"  {redact(line)}"), soft_wrap=True)
    if not expected and not debug:
        stderr().print(Text("  (run with --debug for the traceback)"))
    return code
