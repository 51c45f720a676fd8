"""What a Download Center export contains: a zip holding one CSV of report rows.

The CSV has the columns named in `fields` (all of the report's columns when empty), then one
column per name in `extra_parameters` (the sandbox records no extra parameters, so those cells
are empty), separated by `delimiter`, times in the export's `timezone`.

A synthetic artifact (`Sandbox.synthetic_artifact_bytes`), for download benchmarks, is a zip of
exactly that size produced on the fly at constant memory, holding one CSV of rows as varied as
the sandbox's exports (random 32-hex ids, the seeded world's offer, publisher and advertiser
names, times through the day): `BLOCK_ROWS` distinct rows, repeated. Its CSV is
(`Sandbox.synthetic_artifact_compression`):
- "deflated" (the default): as Integr8's zips are, and as `zipped` writes the sandbox's own. It
  compresses like them, about 3.2x for click rows, and is as hard to unpack as a real export of
  that size: the rows are deflated once, ending on a full flush (nothing after refers back into
  them), that compressed block is repeated, and nothing repeats within deflate's 32 KiB window
  that would not in real rows. A last stretch of rows (a final deflate block) and the zip
  comment make the size exact.
- "stored": the same rows uncompressed, so verifying it is a CRC-32 over the bytes received and
  unpacking it a copy (what issue 18's export targets were first measured on). Whole rows and
  the zip comment make the size exact.
"""

from __future__ import annotations

import csv
import functools
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._zipstream import Segment, VirtualFile, crc32_combine, crc32_repeat, dos_time, stored_zip, zip_overhead

# Export type -> the report kind its rows come from.
SOURCES = {
    "click_logs": "clicks",
    "conversion_logs": "conversions",
    "impression_logs": "impressions",
    "postback_logs": "conversions",
}
BLOCK_ROWS = 8192  # distinct rows of a synthetic artifact (about 1.3 MiB of click rows)
COMPRESSIONS = ("deflated", "stored")  # of a synthetic artifact's CSV; the first is the default


def postback_row(conversion: Mapping[str, Any]) -> dict[str, Any]:
    """The postback log row of a conversion (the sandbox logs one postback per conversion)."""
    failed = conversion["hash"][-1] in "01"  # about one in eight, fixed per conversion
    return {
        "real_tx_id": conversion["real_tx_id"],
        "tx_id": conversion["tx_id"],
        "offer_id": conversion["offer_id"],
        "publisher": conversion["publisher"],
        "advertiser": conversion["advertiser"],
        "postback_url": f"https://postback.sandbox.integr8.test/pb?tx_id={conversion['tx_id']}",
        "http_status": 500 if failed else 200,
        "request_time": conversion["conversion_time"],
    }


def columns_of(export_type: str) -> list[str]:
    """The columns an export of this type can have (those of its report rows)."""
    base = [
        "real_tx_id", "tx_id", "status", "offer_id", "offer_name", "publisher",
        "publisher_name", "advertiser", "advertiser_name",
    ]  # fmt: skip
    if export_type == "conversion_logs":
        return [*base, "conversion_time", "hash", "payout", "revenue", "currency"]
    if export_type == "postback_logs":
        return [
            "real_tx_id", "tx_id", "offer_id", "publisher", "advertiser", "postback_url",
            "http_status", "request_time",
        ]  # fmt: skip
    return [*base, "request_time"]


def csv_bytes(columns: Sequence[str], extra: Sequence[str], rows: Iterable[Mapping[str, Any]], delimiter: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow([*columns, *extra])
    blanks = [""] * len(extra)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns] + blanks)
    return out.getvalue().encode("utf-8")


def zipped(name: str, content: bytes, date_time: tuple[int, int, int, int, int, int]) -> VirtualFile:
    """A deflated one-entry zip (deterministic: fixed timestamp)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo(name, date_time=date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, content)
    return VirtualFile([Segment(buffer.getvalue())])


def sample_rows(count: int, seed: int = 0) -> list[dict[str, Any]]:
    """`count` report rows as varied as the sandbox's (seeded: the same rows every time), with
    every column any export type has; a day's times in order."""
    from ._seed import _ADJECTIVES, _BRANDS, _FLOWS, _GEOS, _NOUNS, _PRODUCTS

    rng = random.Random(seed)
    offers = []
    for n in range(1, 61):  # the reported offers, each with its advertiser
        brand = n % len(_BRANDS)
        name = f"{_BRANDS[brand]} {rng.choice(_PRODUCTS)} - {rng.choice(_GEOS)} ({rng.choice(_FLOWS)})"
        offers.append((str(n), name, str(brand + 1), f"{_BRANDS[brand]} Corp"))
    publishers = [
        (str(n + 1), f"{_ADJECTIVES[n % len(_ADJECTIVES)]} {_NOUNS[(n * 7) % len(_NOUNS)]} Media") for n in range(25)
    ]
    rows = []
    for n in range(count):
        offer_id, offer_name, advertiser, advertiser_name = rng.choice(offers)
        publisher, publisher_name = rng.choice(publishers)
        second = n * 86400 // count
        when = f"2025-02-03 {second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
        tx_id = f"{rng.getrandbits(128):032x}"
        payout = rng.choice((1.5, 2.0, 2.75, 4.0, 12.5))
        rows.append({
            "real_tx_id": f"{rng.getrandbits(128):032x}", "tx_id": tx_id,
            "status": "Rejected" if rng.random() < 0.1 else "Approved",
            "offer_id": offer_id, "offer_name": offer_name, "publisher": publisher,
            "publisher_name": publisher_name, "advertiser": advertiser, "advertiser_name": advertiser_name,
            "request_time": when, "conversion_time": when, "hash": f"{rng.getrandbits(128):032x}",
            "payout": payout, "revenue": round(payout * 1.3, 2), "currency": "USD",
            "postback_url": f"https://postback.sandbox.integr8.test/pb?tx_id={tx_id}",
            "http_status": 500 if rng.random() < 0.125 else 200,
        })  # fmt: skip
    return rows


@functools.lru_cache(maxsize=8)
def _deflated_rows(columns: tuple[str, ...], extra: tuple[str, ...], delimiter: str) -> tuple[bytes, bytes, bytes]:
    """(the CSV's header line, `BLOCK_ROWS` rows, those rows deflated ending on a full flush)."""
    header = csv_bytes(columns, extra, [], delimiter)
    rows = csv_bytes(columns, extra, sample_rows(BLOCK_ROWS), delimiter)[len(header) :]
    return header, rows, _deflate(rows, zlib.Z_FULL_FLUSH)


def _deflate(data: bytes, flush: int) -> bytes:
    """`data` as raw deflate blocks (level 6, zip's default), ended by `flush`."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(flush)


def synthetic(
    name: str,
    size: int,
    columns: Sequence[str],
    extra: Sequence[str],
    delimiter: str,
    date_time: tuple[int, int, int, int, int, int],
    compression: str = "deflated",
) -> tuple[VirtualFile, int]:
    """A zip of exactly `size` bytes holding one CSV named `name`, deflated or stored
    (`compression`, see the module docstring), and its number of data rows. ValueError when
    `size` is too small for the header and one row, when the CSV would reach 4 GiB (no zip64),
    or for another `compression`."""
    check_compression(compression)
    room = size - zip_overhead(name)
    layout = (_layout if compression == "deflated" else _stored_layout)(room, tuple(columns), tuple(extra), delimiter)
    if layout is None:
        raise ValueError(f"synthetic_artifact_bytes={size} is too small for a CSV header and one row")
    data, crc, csize, usize, rows, comment = layout
    if usize >= 0xFFFFFFFF:
        raise ValueError(f"synthetic_artifact_bytes={size} is too large: its CSV would reach 4 GiB (no zip64)")
    if compression == "deflated":
        zipped = deflated_zip(name, data, crc, csize, usize, date_time, b" " * comment)
    else:
        zipped = stored_zip(name, data, crc, date_time, b" " * comment)
    assert zipped.size == size, (zipped.size, size)
    return zipped, rows


def check_compression(compression: object) -> str:
    """`compression` if it names a synthetic artifact's compression, else ValueError."""
    if compression not in COMPRESSIONS:
        raise ValueError(
            f"synthetic_artifact_compression must be {' or '.join(map(repr, COMPRESSIONS))}, got {compression!r}"
        )
    assert isinstance(compression, str)
    return compression


@functools.lru_cache(maxsize=8)
def _stored_layout(
    room: int, columns: tuple[str, ...], extra: tuple[str, ...], delimiter: str
) -> tuple[list[Segment], int, int, int, int, int] | None:
    """The stored CSV filling `room` bytes with the zip comment, as `_layout` gives it: the
    header, the block of rows repeated, then as many of its first rows as fit; the comment takes
    the rest (less than one row)."""
    header, rows, _ = _deflated_rows(columns, extra, delimiter)
    lines = rows.splitlines(keepends=True)
    room -= len(header)
    if room < len(lines[0]):
        return None
    repeats, left = divmod(room, len(rows))
    used = 0
    count = 0
    for line in lines:
        if used + len(line) > left:
            break
        used += len(line)
        count += 1
    last = b"".join(lines[:count])
    crc = crc32_combine(zlib.crc32(header), crc32_repeat(rows, repeats), repeats * len(rows))
    crc = crc32_combine(crc, zlib.crc32(last), len(last))
    usize = len(header) + repeats * len(rows) + len(last)
    segments = [Segment(header), Segment(rows, repeats), Segment(last)]
    return segments, crc, usize, usize, repeats * len(lines) + count, left - used


@functools.lru_cache(maxsize=8)
def _layout(
    room: int, columns: tuple[str, ...], extra: tuple[str, ...], delimiter: str
) -> tuple[list[Segment], int, int, int, int, int] | None:
    """The deflate stream of a CSV filling `room` bytes with the zip comment: (its segments, the
    CSV's CRC-32, the stream's bytes, the CSV's bytes, its data rows, the comment's length), or
    None when `room` is too small. Cached: each export of a benchmark gets the same one."""
    header, rows, block = _deflated_rows(columns, extra, delimiter)
    lines = rows.splitlines(keepends=True)
    head = _deflate(header, zlib.Z_FULL_FLUSH)
    smallest = len(_deflate(lines[0], zlib.Z_FINISH))
    if room < len(head) + smallest:
        return None
    repeats = (room - len(head) - smallest) // len(block)
    left = room - len(head) - repeats * len(block)  # for the last rows (a final deflate block) and the comment
    # The most of the block's first rows whose final block fits in `left` (compressed sizes grow
    # with the rows, near enough monotonically; the comment takes the few bytes left).
    low, high = 1, len(lines)
    while low < high:
        middle = (low + high + 1) // 2
        if len(_deflate(b"".join(lines[:middle]), zlib.Z_FINISH)) <= left:
            low = middle
        else:
            high = middle - 1
    last = b"".join(lines[:low])
    tail = _deflate(last, zlib.Z_FINISH)
    comment = left - len(tail)
    assert 0 <= comment <= 0xFFFF, comment
    crc = crc32_combine(zlib.crc32(header), crc32_repeat(rows, repeats), repeats * len(rows))
    crc = crc32_combine(crc, zlib.crc32(last), len(last))
    usize = len(header) + repeats * len(rows) + len(last)
    csize = len(head) + repeats * len(block) + len(tail)
    segments = [Segment(head), Segment(block, repeats), Segment(tail)]
    return segments, crc, csize, usize, repeats * len(lines) + low, comment


def deflated_zip(
    name: str,
    data: Sequence[Segment],
    crc: int,
    csize: int,
    usize: int,
    date_time: tuple[int, int, int, int, int, int],
    comment: bytes = b"",
) -> VirtualFile:
    """A one-entry zip around `data` (raw deflate, `csize` bytes, expanding to `usize` bytes
    whose CRC-32 is `crc`), sizes in the local header as `zipfile` writes them."""
    raw_name = name.encode("utf-8")
    time_, date = dos_time(date_time)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, time_, date, crc, csize, usize, len(raw_name), 0)
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII",
        0x02014B50, 20, 20, 0, 8, time_, date, crc, csize, usize,
        len(raw_name), 0, 0, 0, 0, 0, 0,
    )  # fmt: skip
    central_size = len(central) + len(raw_name)
    central_offset = len(local) + len(raw_name) + csize
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, central_size, central_offset, len(comment))
    return VirtualFile([Segment(local + raw_name), *data, Segment(central + raw_name + end + comment)])
