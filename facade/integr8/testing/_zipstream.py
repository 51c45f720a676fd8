"""Zip files served by byte range without being held in memory.

Why: benchmarks download artifacts of hundreds of megabytes, and the sandbox must serve them
(with `Range`) at constant memory. A file here is a list of segments, each either real bytes or
a pattern repeated N times, and any byte range of it can be produced chunk by chunk.

A zip needs the CRC-32 of its member's content in the header that precedes the content. For
"a header line, then the same block of rows N times, then a last stretch", that CRC follows from
the CRC of the block alone: `crc32_combine` (ported from zlib, which Python does not expose)
joins CRCs of concatenated pieces, and doubling gives N repetitions in log N steps, so the
header is written before a single content byte is produced (`stored_zip` here; the deflated
one is `integr8.testing._artifacts.deflated_zip`).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

CHUNK = 64 * 1024
_POLY = 0xEDB88320


def _multmodp(a: int, b: int) -> int:
    """a * b modulo the CRC-32 polynomial (reflected bit order), as in zlib's crc32.c."""
    m = 1 << 31
    p = 0
    while True:
        if a & m:
            p ^= b
            if (a & (m - 1)) == 0:
                break
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1
    return p


_X2N = [1 << 30]  # x^(2^n) mod p for n = 0..31
for _ in range(31):
    _X2N.append(_multmodp(_X2N[-1], _X2N[-1]))


def _x2nmodp(n: int, k: int) -> int:
    """x^(n * 2^k) mod p."""
    p = 1 << 31  # x^0
    while n:
        if n & 1:
            p = _multmodp(_X2N[k & 31], p)
        n >>= 1
        k += 1
    return p


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of A+B from crc32(A), crc32(B) and len(B)."""
    return _multmodp(_x2nmodp(len2, 3), crc1) ^ crc2


def crc32_repeat(block: bytes, times: int) -> int:
    """CRC-32 of `block * times`, in O(log times) combines."""
    result, result_len = 0, 0
    power, power_len = zlib.crc32(block), len(block)
    while times:
        if times & 1:
            result = crc32_combine(result, power, power_len)
            result_len += power_len
        times >>= 1
        if times:
            power = crc32_combine(power, power, power_len)
            power_len *= 2
    return result


@dataclass(frozen=True)
class Segment:
    pattern: bytes
    times: int = 1

    @property
    def size(self) -> int:
        return len(self.pattern) * self.times

    def read(self, start: int, end: int) -> Iterator[bytes]:
        """Bytes [start, end) of the segment, in chunks of about CHUNK bytes."""
        if self.times == 1:
            for at in range(start, end, CHUNK):
                yield self.pattern[at : min(end, at + CHUNK)]
            return
        period = len(self.pattern)
        # A block of whole periods at least CHUNK long, built once per read: slices of it
        # starting at any phase give CHUNK bytes of the repeated pattern.
        block = self.pattern * (CHUNK // period + 2)
        at = start
        while at < end:
            phase = at % period
            n = min(end - at, CHUNK)  # len(block) - phase > CHUNK always
            yield block[phase : phase + n]
            at += n


class VirtualFile:
    """A file made of segments; `read(start, end)` yields any byte range in chunks."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.segments = [s for s in segments if s.size]
        self.size = sum(s.size for s in self.segments)

    def read(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        end = self.size if end is None else min(end, self.size)
        offset = 0
        for segment in self.segments:
            seg_end = offset + segment.size
            if seg_end > start and offset < end:
                yield from segment.read(max(start, offset) - offset, min(end, seg_end) - offset)
            offset = seg_end
            if offset >= end:
                break

    def getvalue(self) -> bytes:
        """The whole file (for small files and tests)."""
        return b"".join(self.read())


def dos_time(date_time: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    year, month, day, hour, minute, second = date_time
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day


def stored_zip(
    name: str,
    content: Sequence[Segment],
    crc: int,
    date_time: tuple[int, int, int, int, int, int],
    comment: bytes = b"",
) -> VirtualFile:
    """A one-entry stored zip around `content` (whose CRC-32 is `crc`), as a VirtualFile, with
    the zip comment `comment` (at most 65,535 bytes)."""
    size = sum(s.size for s in content)
    if size >= 0xFFFFFFFF:
        raise ValueError("synthetic artifacts must stay below 4 GiB (no Zip64)")
    raw_name = name.encode("utf-8")
    dos_time_, dos_date = dos_time(date_time)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, dos_time_, dos_date, crc, size, size, len(raw_name), 0)
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII",
        0x02014B50, 20, 20, 0, 0, dos_time_, dos_date, crc, size, size,
        len(raw_name), 0, 0, 0, 0, 0, 0,
    )  # fmt: skip
    central_size = len(central) + len(raw_name)
    central_offset = len(local) + len(raw_name) + size
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, central_size, central_offset, len(comment))
    return VirtualFile([Segment(local + raw_name), *content, Segment(central + raw_name + end + comment)])


def zip_overhead(name: str) -> int:
    """Bytes a one-entry zip (stored or deflated, no extra fields, no comment) adds around its
    member's data."""
    return 30 + 46 + 22 + 2 * len(name.encode("utf-8"))
