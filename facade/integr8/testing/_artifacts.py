"""What a Download Center export contains: a zip holding one CSV of report rows.

The CSV has the columns named in `fields` (all of the report's columns when empty), then one
column per name in `extra_parameters` (the sandbox records no extra parameters, so those cells
are empty), separated by `delimiter`, times in the export's `timezone`. A synthetic artifact
(`Sandbox.synthetic_artifact_bytes`) is a stored zip of exactly that size whose rows repeat one
sample row: for download benchmarks, produced on the fly at constant memory.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._zipstream import Segment, VirtualFile, crc32_combine, crc32_repeat, stored_zip, zip_overhead

# Export type -> the report kind its rows come from.
SOURCES = {
    "click_logs": "clicks",
    "conversion_logs": "conversions",
    "impression_logs": "impressions",
    "postback_logs": "conversions",
}
_SAMPLE_ROW: dict[str, Any] = {
    "real_tx_id": "0" * 32,
    "tx_id": "0" * 32,
    "status": "Approved",
    "offer_id": "1",
    "publisher": "1",
    "advertiser": "1",
    "payout": 12.5,
    "revenue": 16.25,
    "request_time": "2025-02-01 00:00:00",
    "conversion_time": "2025-02-01 00:00:00",
}


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


def synthetic(
    name: str,
    size: int,
    columns: Sequence[str],
    extra: Sequence[str],
    delimiter: str,
    date_time: tuple[int, int, int, int, int, int],
) -> tuple[VirtualFile, int]:
    """A stored zip of exactly `size` bytes and its number of CSV rows."""
    header = csv_bytes(columns, extra, [], delimiter)
    row = csv_bytes(columns, extra, [_SAMPLE_ROW], delimiter)[len(header) :]
    room = size - zip_overhead(name) - len(header)
    if room < len(row):
        raise ValueError(
            f"synthetic_artifact_bytes={size} is too small: at least "
            f"{zip_overhead(name) + len(header) + len(row)} bytes are needed"
        )
    rows, spare = divmod(room, len(row))
    last = row[:-1] + b" " * spare + b"\n"  # pad the last cell to hit the size exactly
    crc = zlib.crc32(header)
    crc = crc32_combine(crc, crc32_repeat(row, rows - 1), len(row) * (rows - 1))
    crc = crc32_combine(crc, zlib.crc32(last), len(last))
    content = [Segment(header), Segment(row, rows - 1), Segment(last)]
    return stored_zip(name, content, crc, date_time), rows
