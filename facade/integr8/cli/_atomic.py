"""Where results go: stdout, or a file that appears only when it is complete.

Why atomic: `--output FILE` is written to a temporary file beside FILE and renamed over it only
when the command succeeds, so a failed or interrupted run never leaves a truncated file (or
clobbers a good one from an earlier run). The file gets the permissions `> FILE` would give it.
"""

from __future__ import annotations

import contextlib
import os
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


@contextlib.contextmanager
def destination(path: Path | None) -> Iterator[TextIO]:
    """stdout, or `path` written atomically (temp file beside it, renamed on success)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = path.expanduser()
    if target.is_dir():
        raise CliError(f"--output: {target} is a directory; give a file name")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CliError(f"--output: the folder {folder} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            os.chmod(tmp, 0o666 & ~_umask())  # as `> FILE` would make it (mkstemp makes 0600)
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
