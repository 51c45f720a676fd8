"""Where output goes: results to stdout, everything else (notes, warnings, progress) to stderr.

Why consoles are made per call and never stored at import time: `sys.stdout` is swapped by test
runners and pipes, and rich decides about colour when a console is created (it honours
`NO_COLOR`, `FORCE_COLOR` and whether the stream is a terminal). Making them late means every
invocation sees its own streams and environment, and piped output carries no escape codes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TextIO

from rich.console import Console
from rich.text import Text

PIPED_WIDTH = 160  # tables written to a pipe or file: wide enough not to fold ids


def stdout(file: TextIO | None = None) -> Console:
    """A console for results, on `file` (default: the current stdout).

    At a terminal rich uses its width; elsewhere rich would assume 80 columns and fold long ids
    and paths, so a wider page is used unless COLUMNS says otherwise.
    """
    stream = file or sys.stdout
    width = None if is_tty(stream) or os.environ.get("COLUMNS") else PIPED_WIDTH
    return Console(file=stream, highlight=False, soft_wrap=False, width=width)


def stderr() -> Console:
    """A console for notes, warnings, errors and progress."""
    return Console(file=sys.stderr, highlight=False)


def is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _line(label: str, style: str, message: str) -> Text:
    # Text, not markup: messages quote user input and API text, which may hold "[...]".
    return Text.assemble((label, style), " ", message)


def error(message: str) -> None:
    stderr().print(_line("error:", "bold red", message), soft_wrap=True)


def warn(message: str) -> None:
    stderr().print(_line("warning:", "bold yellow", message), soft_wrap=True)


def note(message: str, *, quiet: bool = False) -> None:
    """An informational line on stderr (suppressed by --quiet)."""
    if not quiet:
        stderr().print(Text(message), soft_wrap=True)


def setup_logging(debug: bool) -> Callable[[], None]:
    """SDK log records on stderr: warnings always (as `warning:` lines), everything with --debug.

    Why: the SDK reports some things only through logging (a skipped malformed AppSamurai
    campaign, an export whose row count differs), and without a handler Python would print them
    raw or not at all. httpx's request lines (debug only) are redacted by `integr8._redact`.
    Returns the function that undoes it, so a command run in-process (tests, embedding) leaves
    the logging configuration as it found it.
    """
    import logging

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            try:
                message = record.getMessage()
                if record.levelno >= logging.WARNING:
                    warn(message)
                else:
                    stderr().print(Text(f"{record.name}: {message}", style="dim"), soft_wrap=True)
            except Exception:  # logging must never break a command
                self.handleError(record)

    level = logging.DEBUG if debug else logging.WARNING
    handler = Handler(level)
    saved = []
    for name in ("integr8", "httpx"):
        logger = logging.getLogger(name)
        saved.append((logger, logger.level))
        logger.addHandler(handler)
        if debug or logger.getEffectiveLevel() > logging.WARNING:
            logger.setLevel(level)

    def undo() -> None:
        for logger, previous in saved:
            logger.removeHandler(handler)
            logger.setLevel(previous)

    return undo
