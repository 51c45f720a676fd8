"""Where results go: stdout, or a file that appears only when it is complete.

Why atomic: `--output FILE` is written to a temporary file beside FILE and renamed over it only
when the command succeeds, so a failed or interrupted run never leaves a truncated file (or
clobbers a good one from an earlier run). The file gets the permissions `> FILE` would give it:
an existing file's own mode (a report kept 0600 stays 0600), else 0666 less the umask.

Commands that work long before they write (`contract probe`) call `check_destination` first, so a
mistyped folder fails before anything is sent rather than after.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ._errors import CliError


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_destination(path: Path) -> Path:
    """The file `path` names (`~` expanded); CliError when it cannot be written there."""
    target = path.expanduser()
    if target.is_dir():
        raise CliError(f"--output: {target} is a directory; give a file name")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CliError(f"--output: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"--output: the folder {folder} is not writable")
    return target


def _mode_for(target: Path) -> int:
    """What `> FILE` leaves: an existing file keeps its mode; a new one gets 0666 less the umask."""
    try:
        found = target.stat()
    except OSError:
        found = None
    if found is not None and stat.S_ISREG(found.st_mode):
        return stat.S_IMODE(found.st_mode)
    return 0o666 & ~_umask()


@contextlib.contextmanager
def destination(path: Path | None) -> Iterator[TextIO]:
    """stdout, or `path` written atomically (temp file beside it, renamed on success)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = check_destination(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            os.chmod(tmp, _mode_for(target))  # as `> FILE` would leave it (mkstemp makes 0600)
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
