"""Verifying and unpacking a downloaded artifact: a zip holding one CSV.

Two ways, one result:

- `StreamCheck` verifies while the bytes arrive: it reads the member's local header, inflates
  (or passes through) its data, keeps the CRC-32 and the row count, and writes the CSV when
  extracting. A zip bomb or an unsafe name is refused as soon as it shows, mid-download, and a
  256 MiB artifact is never read twice. Resumed downloads (Range) simply keep feeding it.
- `finish_artifact` is the fallback for archives the stream check cannot follow (data
  descriptors, zip64, encryption, unknown compression): one pass over the member with zipfile.

Both end by comparing with the central directory (exactly one member, its CRC and size), and
by publishing atomically (`integr8._atomic`, shared with the CLI): a temporary file beside
`dest`, fsync, rename, `dest`'s own mode kept when it exists. No name from inside the archive
is ever used as a path.
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

from ._atomic import publish, temp_beside
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


# States of csv.reader (Modules/_csv.c) that matter for counting records: at the start of a field
# (START_RECORD/START_FIELD), in an unquoted field (IN_FIELD), in a quoted field
# (IN_QUOTED_FIELD), just after a quote inside a quoted field (QUOTE_IN_QUOTED_FIELD).
_START, _FIELD, _QUOTED, _QUOTE_IN_QUOTED = range(4)
# What a double quote does in each state: opens a quoted field only at the start of a field; is a
# literal character inside an unquoted field; may close a quoted field; after a quote, is `""`.
_AFTER_QUOTE = (_QUOTED, _FIELD, _QUOTE_IN_QUOTED, _QUOTED)
# Bytes that keep only line ends (the quote-free fast path counts them).
_NOT_LINE_ENDS = bytes(b for b in range(256) if b not in b"\r\n")
_CR_TO_LF = bytes.maketrans(b"\r", b"\n")
# A multi-byte (non-ASCII) delimiter is replaced by this byte, which never occurs in UTF-8.
_WIDE = b"\xff"


class RowCounter:
    """Counts the records `csv.reader` yields for the same bytes, fed in chunks split anywhere.

    The reference is `csv.reader(open(path, newline="", encoding="utf-8"), delimiter=delimiter)`
    with the default dialect otherwise (`quotechar='"'`, `doublequote=True`, `strict=False`):
    a line ends at LF, CR or CRLF (one end); a double quote opens a quoted field only at the start
    of a field (anywhere else it is a literal character, as in `Phone 6.5" screen`); inside a
    quoted field `""` is a quote and line ends are data; a quote closing a field followed by
    anything but a delimiter or a line end goes on as an unquoted field (non-strict); an empty
    line is a record (`[]`); a last line without a line end is a record, and so is a quoted field
    still open at the end of the data. `data_rows()` is that count minus the header.

    Speed (it sees every downloaded byte): a chunk without quotes, outside a quoted field, only
    counts its line ends, in one native `bytes.translate` pass as before. A chunk with quotes is
    split on them (one native pass) and a small state machine walks the pieces: what a quote does
    depends only on the state and on the byte before it (a delimiter or line end: a field starts);
    line ends are counted natively in the pieces outside quoted fields. Measured on a 2-core box:
    over 1 GB/s without quotes, about 250 MB/s on clicks rows with ~4 quotes a row.

    Bytes are assumed UTF-8 (any ASCII-compatible encoding, for an ASCII delimiter): a byte
    0xFF, which UTF-8 never uses, counts as the delimiter when the delimiter is not ASCII.
    """

    def __init__(self, delimiter: str = ",") -> None:
        if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in '\r\n"':
            raise ValueError(f"delimiter must be one character (not a quote or newline), got {delimiter!r}")
        encoded = delimiter.encode("utf-8")
        self._wide = encoded if len(encoded) > 1 else b""
        self._carry = b""  # the start of a wide delimiter split by the chunk boundary
        # Bytes after which a field starts: the delimiter and the line ends.
        self._field_ends = (_WIDE if self._wide else encoded) + b"\r\n"
        self.lines = 0  # records ended by a line end
        self.state = _START
        self.last = b""  # the last byte counted

    def feed(self, chunk: bytes) -> None:
        """Count the next bytes of the CSV (any length; split anywhere, even inside a CRLF)."""
        self._count(self._widen(self._carry + chunk) if self._wide else chunk)

    def _count(self, chunk: bytes) -> None:
        if not chunk:
            return
        if self.last == b"\r" and chunk[0] == 10 and self.state != _QUOTED:
            self.lines -= 1  # the LF of a CRLF split by the boundary: counted below, one line end
        if b'"' not in chunk:
            if self.state != _QUOTED:
                ends = chunk.translate(None, _NOT_LINE_ENDS)
                self.lines += len(ends) - chunk.count(b"\r\n") if b"\r" in ends else len(ends)
                self.state = _START if chunk[-1] in self._field_ends else _FIELD
        else:
            self._quoted(chunk)
        self.last = chunk[-1:]

    def _widen(self, chunk: bytes) -> bytes:
        for keep in range(len(self._wide) - 1, 0, -1):
            if chunk.endswith(self._wide[:keep]):
                chunk, self._carry = chunk[:-keep], chunk[-keep:]
                break
        else:
            self._carry = b""
        return chunk.replace(self._wide, _WIDE)

    def _quoted(self, chunk: bytes) -> None:
        if b"\r" in chunk:
            chunk = chunk.replace(b"\r\n", b"\n").translate(_CR_TO_LF)  # every line end one LF
        parts = chunk.split(b'"')  # between quotes: what each quote does depends on its neighbours
        state = self.state
        lines = 0
        ends = self._field_ends
        first = parts[0]
        if first and state != _QUOTED:
            lines += first.count(b"\n")
            state = _START if first[-1] in ends else _FIELD
        after_quote = _AFTER_QUOTE
        for part in parts[1:]:
            state = after_quote[state]
            if part and state != _QUOTED:
                lines += part.count(b"\n")
                state = _START if part[-1] in ends else _FIELD
        self.lines += lines
        self.state = state

    def data_rows(self) -> int:
        """Records `csv.reader` yields for everything fed, minus the header (0 at least)."""
        if self._carry:  # the data ended within what could have been a delimiter: other bytes
            carry, self._carry = self._carry, b""
            self._count(carry)
        ends_line = self.last in (b"\r", b"\n") and self.state != _QUOTED
        records = self.lines + (0 if ends_line or not self.last else 1)
        return max(0, records - 1)


class StreamCheck:
    """Verifies (and, when extracting, unpacks) the artifact's one member as it downloads.

    Feed it every downloaded chunk in order; `restart()` when the download starts over. If the
    archive has a shape it cannot follow, it steps aside (`usable` turns False) and
    `finish_artifact` does a full pass instead. Unsafe names and zip bombs raise at once.
    """

    def __init__(self, extract_to: Path | None, export_id: str | None, delimiter: str = ","):
        self.extract_to = extract_to
        self.export_id = export_id
        self.delimiter = delimiter  # the CSV's, to count rows as csv.reader does
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
        self.rows = RowCounter(self.delimiter)
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
    CRC differs) counts rows and extracts. Rows are the CSV's data rows as `csv.reader` counts
    them (`RowCounter`), with the check's delimiter (',' without a check).
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
    delimiter = check.delimiter if check is not None else ","
    return _full_pass(zip_path, member, dest, extract, export_id, delimiter)


def _full_pass(
    zip_path: Path, member: zipfile.ZipInfo, dest: Path, extract: bool, export_id: str | None, delimiter: str = ","
) -> tuple[int, int]:
    import zipfile

    out_tmp = temp_beside(dest, ".csv.part") if extract else None
    counter = RowCounter(delimiter)
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
