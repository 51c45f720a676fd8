"""Files the SDK and the CLI write: the complete new file, or nothing, with the mode `> FILE` gives.

One helper for both (an export's `dest`, the CLI's `--output`), so they cannot drift apart:

1. `check_target`, before any request: the destination must be a regular file or absent.
   A directory, a FIFO, a socket or a device node (`/dev/null`) is refused with
   `ConfigurationError` naming the argument as the caller spells it (`dest`, `--output`):
   the rename that publishes the file would replace it (run as root, `-o /dev/null` would turn
   the device into a regular file; a FIFO's reader would never see a byte). Its folder must
   exist and take a new file (checked by creating and removing one), so a mistyped path fails
   before minutes of work rather than after.
2. `temp_beside`: the bytes go to a new hidden file beside the destination (same filesystem, so
   the rename is atomic), `.<name>.<random><suffix>`; callers remove it on any failure,
   Ctrl-C and (in the CLI) SIGTERM included.
3. `publish`: fsync done by the writer, the temporary file gets the mode the destination should
   have, then `os.replace` and an fsync of the folder. The mode is what a shell's `> FILE`
   leaves: an existing file keeps its own (a report kept 0600 stays 0600), a new one gets
   0666 less the umask (not mkstemp's 0600, which would hide a CSV from the user's group).

A symbolic link as destination is replaced by the new file (the link itself, not its target),
as `mv` would; the mode kept is that of the file it pointed to.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from .errors import ConfigurationError

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def umask() -> int:
    """The process umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _existing(target: Path) -> os.stat_result | None:
    try:
        return target.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None


def not_regular(found: os.stat_result) -> str | None:
    """What `found` is when it is not a regular file ("a directory", "a FIFO (named pipe)",
    "a character device", ...); None for a regular file."""
    if stat.S_ISREG(found.st_mode):
        return None
    return next((kind for test, kind in _KINDS if test(found.st_mode)), "not a regular file")


def check_target(path: str | os.PathLike[str], name: str) -> Path:
    """The absolute path `path` names (`~` expanded), once it is known that a file can be
    published there; raises `ConfigurationError` starting with `name` (e.g. "dest", "--output")
    when the destination exists and is not a regular file, when its folder does not exist, or
    when no file can be created in it, or when `path` is no path at all (None, a number). Makes no
    request: call it before any."""
    if isinstance(path, bytes) or not isinstance(path, (str, os.PathLike)):
        raise ConfigurationError(f"{name}: expected a file path (str or pathlib.Path), got {type(path).__name__}")
    target = Path(path).expanduser()
    shown = str(target)
    try:
        found = _existing(target)
    except OSError as exc:
        raise ConfigurationError(f"{name}: cannot look at {shown!r}: {exc.strerror or exc}") from None
    kind = not_regular(found) if found is not None else None
    if kind is not None:
        hint = "give a file path such as 'clicks.csv'" if kind == "a directory" else "give the path of a regular file"
        raise ConfigurationError(
            f"{name}: {shown!r} is {kind}, not a regular file; {hint} (the result is written beside it "
            "and renamed into place, which would replace it)"
        )
    folder = target.parent
    if not folder.is_dir():
        raise ConfigurationError(f"{name}: the folder {str(folder)!r} does not exist")
    try:  # find out now, not after minutes of work, that the folder takes no new file
        temp_beside(target, ".probe").unlink()
    except OSError as exc:
        raise ConfigurationError(f"{name}: cannot write in {str(folder)!r}: {exc.strerror or exc}") from None
    return target.absolute()


def temp_beside(dest: Path, suffix: str) -> Path:
    """A new, empty, uniquely named file beside `dest` (same filesystem, so the rename is atomic).

    Created with mode 0666 minus the umask; `publish` sets the final mode."""
    import secrets  # imported on use: keeps `import integr8` light

    for _ in range(100):
        path = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}{suffix}")
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"could not create a temporary file beside {dest}")


def mode_for(dest: Path) -> int:
    """The permission bits `> dest` would leave: an existing regular file's own, else 0666 less
    the umask."""
    found = _existing(dest)
    if found is not None and stat.S_ISREG(found.st_mode):
        return stat.S_IMODE(found.st_mode)
    return 0o666 & ~umask()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def publish(tmp: Path, dest: Path) -> None:
    """Make `tmp` (already fsynced) the file at `dest`, atomically, with the mode `> dest` would
    leave (`mode_for`: an existing file's own, else 0666 less the umask).

    Raises `ConfigurationError` (and leaves `dest` alone) if `dest` has become something other
    than a regular file since `check_target` looked; `OSError` from the rename as it comes."""
    found = _existing(dest)
    kind = not_regular(found) if found is not None else None
    if kind is not None:
        raise ConfigurationError(f"{str(dest)!r} is now {kind}, not a regular file: not replacing it")
    if found is not None and stat.S_ISREG(found.st_mode):
        # An existing file keeps its own mode. A new one keeps what `temp_beside` gave it (0666
        # less the umask, applied by the kernel): reading the umask means setting it, which would
        # race with other threads creating files, so it is not read here.
        os.chmod(tmp, stat.S_IMODE(found.st_mode))
    os.replace(tmp, dest)
    _fsync_dir(dest.parent)


@contextlib.contextmanager
def text_file(dest: Path, suffix: str = ".part") -> Iterator[TextIO]:
    """A text stream (UTF-8, no newline translation) whose content becomes `dest` when the block
    ends without an exception (`publish`); on any exception, KeyboardInterrupt included, the
    temporary file is removed and `dest` is left as it was. Call `check_target` first."""
    tmp = temp_beside(dest, suffix)
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        publish(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
