"""Verifying and unpacking a downloaded artifact: a zip holding one CSV.

Two ways, one result:

- `StreamCheck` verifies while the bytes arrive: it reads the member's local header, inflates
  (or passes through) its data, keeps the CRC-32 and the row count, and writes the CSV when
  extracting. A zip bomb or an unsafe name is refused as soon as it shows, mid-download, and a
  256 MiB artifact is never read twice. Resumed downloads (Range) simply keep feeding it.
- `finish_artifact` is the fallback for archives the stream check cannot follow (data
  descriptors, zip64, encryption, unknown compression): one pass over the member with zipfile.

Both end by comparing with the central directory (exactly one member, its CRC and size), and
by publishing atomically: a temporary file beside `dest`, fsync, rename. No name from inside
the archive is ever used as a path.
"""

from __future__ import annotations

import contextlib
import os
import struct
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    import zipfile

from .errors import ArtifactError

CHUNK = 1 << 20
# Refuse archives whose member claims to expand more than this many times (CSV compresses
# 5-30x in practice; zip bombs 1000x and more) once it is past MIN_BOMB_BYTES.
MAX_RATIO = 200
MIN_BOMB_BYTES = 64 << 20
_LOCAL = struct.Struct("<IHHHHHIIIHH")  # local file header, 30 bytes
_LOCAL_SIG = 0x04034B50


def unsafe_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]


def bomb_limit(compressed: int) -> int:
    return max(MIN_BOMB_BYTES, compressed * MAX_RATIO)


# Every byte except newline and double quote: `translate(None, _NOT_MARKS)` keeps just those two,
# in order, in one native pass (faster than `count` on CPython, and it finds quotes in the same pass).
_NOT_MARKS = bytes(b for b in range(256) if b not in b'\n"')


class RowCounter:
    """Counts CSV records: newlines outside double quotes (quoted fields may hold newlines)."""

    def __init__(self) -> None:
        self.lines = 0
        self.in_quotes = False
        self.last = b""

    def feed(self, chunk: bytes) -> None:
        if not chunk:
            return
        marks = chunk.translate(None, _NOT_MARKS)  # only the newlines and quotes, in order
        if not self.in_quotes and b'"' not in marks:
            self.lines += len(marks)
        else:
            for i, part in enumerate(marks.split(b'"')):
                if i:
                    self.in_quotes = not self.in_quotes
                if not self.in_quotes:
                    self.lines += len(part)
        self.last = chunk[-1:]

    def data_rows(self) -> int:
        records = self.lines + (1 if self.last not in (b"", b"\n") else 0)
        return max(0, records - 1)


def temp_beside(dest: Path, suffix: str) -> Path:
    """A new, empty, uniquely named file beside `dest` (same filesystem, so the rename is atomic).

    Created with mode 0666 minus the umask, like any file the user's tools write: mkstemp's
    0600 would leave the final CSV unreadable to the user's group.
    """
    import secrets  # imported on use: keeps `import integr8` light

    for _ in range(100):
        path = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}{suffix}")
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"could not create a temporary file beside {dest}")


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def publish(tmp: Path, dest: Path) -> None:
    """Make `tmp` (already fsynced) the file at `dest`, atomically."""
    os.replace(tmp, dest)
    _fsync_dir(dest.parent)


class StreamCheck:
    """Verifies (and, when extracting, unpacks) the artifact's one member as it downloads.

    Feed it every downloaded chunk in order; `restart()` when the download starts over. If the
    archive has a shape it cannot follow, it steps aside (`usable` turns False) and
    `finish_artifact` does a full pass instead. Unsafe names and zip bombs raise at once.
    """

    def __init__(self, extract_to: Path | None, export_id: str | None):
        self.extract_to = extract_to
        self.export_id = export_id
        self._out: BinaryIO | None = None
        self.restart()

    def restart(self) -> None:
        self.usable = True
        self._head = b""
        self._state = "header"
        self._left = 0
        self._inflate: zlib._Decompress | None = None
        self.name = ""
        self.crc = 0
        self.expected_crc = 0
        self.compressed = 0
        self.size = 0  # uncompressed bytes seen
        self.declared_size = 0
        self.rows = RowCounter()
        if self.extract_to is not None:
            self.close()
            self._out = open(self.extract_to, "wb")

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    @property
    def complete(self) -> bool:
        return self.usable and self._state == "trailer"

    def feed(self, chunk: bytes) -> None:
        if not self.usable or self._state == "trailer":
            return
        if self._state == "header":
            self._head += chunk
            chunk = self._parse_header()
            if not chunk:
                return
        take = chunk if len(chunk) <= self._left else chunk[: self._left]  # no copy in the common case
        self._left -= len(take)
        try:
            data = self._inflate.decompress(take) if self._inflate is not None else take
            if self._left == 0 and self._inflate is not None:
                data += self._inflate.flush()
        except zlib.error as exc:
            raise ArtifactError(f"the artifact is corrupt: {exc}", export_id=self.export_id) from None
        self._emit(data)
        if self._left == 0:
            self._state = "trailer"

    def _parse_header(self) -> bytes:
        if len(self._head) < _LOCAL.size:
            return b""
        (sig, _version, flags, method, _time, _date, crc, csize, usize, nlen, xlen) = _LOCAL.unpack_from(self._head)
        start = _LOCAL.size + nlen + xlen
        if len(self._head) < start:
            return b""
        if sig != _LOCAL_SIG or flags & 0x09 or method not in (0, 8) or 0xFFFFFFFF in (csize, usize):
            self.usable = False  # encrypted, data descriptor, zip64, exotic: let zipfile judge
            return b""
        self.name = self._head[_LOCAL.size : _LOCAL.size + nlen].decode("utf-8", "replace")
        if unsafe_name(self.name):
            raise ArtifactError(f"refusing the artifact: unsafe member name {self.name!r}", export_id=self.export_id)
        if usize > bomb_limit(csize):
            raise ArtifactError(
                f"refusing the artifact: it would expand to {usize} bytes from {csize} "
                f"(over {MAX_RATIO}x; a zip bomb?)",
                export_id=self.export_id,
            )
        self.expected_crc, self.compressed, self.declared_size = crc, csize, usize
        self._inflate = zlib.decompressobj(-15) if method == 8 else None
        self._left = csize
        self._state = "data"
        rest, self._head = self._head[start:], b""
        return rest

    def _emit(self, data: bytes) -> None:
        if not data:
            return
        self.size += len(data)
        if self.size > self.declared_size:
            raise ArtifactError(
                "the artifact expands beyond the size it declares (a zip bomb?)", export_id=self.export_id
            )
        self.crc = zlib.crc32(data, self.crc)
        self.rows.feed(data)
        if self._out is not None:
            self._out.write(data)

    def finish(self) -> None:
        """Flush and fsync the extracted file, if any."""
        if self._out is not None:
            self._out.flush()
            os.fsync(self._out.fileno())
            self.close()


def _central_member(zip_path: Path, export_id: str | None) -> zipfile.ZipInfo:
    import zipfile  # imported on use: keeps `import integr8` light

    try:
        with zipfile.ZipFile(zip_path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
    except zipfile.BadZipFile as exc:
        raise ArtifactError(f"the artifact is not a valid zip: {exc}", export_id=export_id) from None
    if len(members) != 1:
        raise ArtifactError(
            f"the artifact should hold exactly one CSV file, it holds {len(members)}", export_id=export_id
        )
    member = members[0]
    if unsafe_name(member.filename):
        # Never used as a path here, but Integr8 does not produce such names: refuse the archive.
        raise ArtifactError(f"refusing the artifact: unsafe member name {member.filename!r}", export_id=export_id)
    if member.file_size > bomb_limit(member.compress_size):
        raise ArtifactError(
            f"refusing the artifact: it would expand to {member.file_size} bytes from "
            f"{member.compress_size} (over {MAX_RATIO}x; a zip bomb?)",
            export_id=export_id,
        )
    return member


def finish_artifact(
    zip_path: Path, dest: Path, extract: bool, export_id: str | None, check: StreamCheck | None = None
) -> tuple[int, int]:
    """Verify the zip; publish the CSV (extract) or the zip at `dest`. Returns (bytes at dest, rows).

    With a `check` that followed the whole member, only the central directory is read to
    confirm it; otherwise one pass over the member (zipfile raises at the end of a member whose
    CRC differs) counts rows and extracts.
    """
    member = _central_member(zip_path, export_id)
    if check is not None and check.complete:
        if (member.filename, member.CRC, member.file_size) != (check.name, check.crc, check.size) or (
            check.crc != check.expected_crc
        ):
            raise ArtifactError("the artifact is corrupt: its CRC or size does not match", export_id=export_id)
        check.finish()
        if extract:
            assert check.extract_to is not None
            publish(check.extract_to, dest)
            return check.size, check.rows.data_rows()
        size = zip_path.stat().st_size
        publish(zip_path, dest)
        return size, check.rows.data_rows()
    return _full_pass(zip_path, member, dest, extract, export_id)


def _full_pass(
    zip_path: Path, member: zipfile.ZipInfo, dest: Path, extract: bool, export_id: str | None
) -> tuple[int, int]:
    import zipfile

    out_tmp = temp_beside(dest, ".csv.part") if extract else None
    counter = RowCounter()
    written = 0
    try:
        with zipfile.ZipFile(zip_path) as archive, archive.open(member) as src:
            with open(out_tmp, "wb") if out_tmp else contextlib.nullcontext() as out:
                while chunk := src.read(CHUNK):
                    written += len(chunk)
                    if written > member.file_size:
                        raise ArtifactError("the artifact expands beyond the size it declares", export_id=export_id)
                    counter.feed(chunk)
                    if out is not None:
                        out.write(chunk)
                if out is not None:
                    out.flush()
                    os.fsync(out.fileno())
    except (zipfile.BadZipFile, zlib.error) as exc:
        if out_tmp is not None:
            out_tmp.unlink(missing_ok=True)
        raise ArtifactError(f"the artifact is corrupt: {exc}", export_id=export_id) from None
    except BaseException:
        if out_tmp is not None:
            out_tmp.unlink(missing_ok=True)
        raise
    if out_tmp is not None:
        publish(out_tmp, dest)
        return written, counter.data_rows()
    size = zip_path.stat().st_size
    publish(zip_path, dest)
    return size, counter.data_rows()
