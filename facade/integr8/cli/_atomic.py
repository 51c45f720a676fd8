"""Where results go: stdout, or a file that appears only when it is complete.

Why atomic: `--output FILE` is written to a temporary file beside FILE and renamed over it only
when the command succeeds, so a failed or interrupted run (Ctrl-C, SIGTERM) never leaves a
truncated file (or clobbers a good one from an earlier run). The file gets the permissions
`> FILE` would give it: an existing file's own mode (a report kept 0600 stays 0600), else 0666
less the umask. The rules are the SDK's own (`integr8._atomic`), shared with `export_to_file`:
a FILE that is a directory, a FIFO, a socket or a device (`/dev/null`) is refused (exit 2)
before anything is sent; leave `--output` out to write to stdout.

Commands that work long before they write (`contract probe`, `export`) call
`check_destination` first, so a mistyped folder fails before anything is sent rather than after.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ._errors import CliError

# The SDK's rules (`integr8._atomic`) are imported when a command writes, not when the command
# line starts: `integr8 --help` loads no part of the SDK or httpx.


def check_destination(path: Path) -> Path:
    """The file `path` names (`~` expanded, absolute); CliError (exit 2, naming `--output`) when
    it is not a regular file or absent, or its folder does not exist or takes no new file."""
    from integr8._atomic import check_target
    from integr8.errors import ConfigurationError

    try:
        return check_target(path, "--output")
    except ConfigurationError as exc:
        raise CliError(str(exc)) from None


@contextlib.contextmanager
def destination(path: Path | None) -> Iterator[TextIO]:
    """stdout, or `path` written atomically (temp file beside it, renamed on success)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    from integr8._atomic import text_file

    with text_file(check_destination(path)) as stream:
        yield stream
