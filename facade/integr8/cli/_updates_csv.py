"""Reading conversion updates from a CSV file, and saying exactly which lines are wrong.

Why check everything before sending anything: an update that reaches the API with a typo is
not rejected, it is silently skipped, so the safe order is to read the whole file, report every
bad line at once (numbered as an editor shows them: the header is line 1), and send only when
all of them are right.

Columns: `tx_id`, `conversion_time`, `hash` (required: copy them from the Conversion Report),
then at least one of `status`, `payout`, `revenue`. An empty cell leaves that value unchanged.
`conversion_time` is read by the SDK's own reader (`integr8._times`): an exact time in any form
it accepts, a date alone refused in every form (`2025-02-01`, `20250201`) alike. `status` is
checked by the SDK's rule too (`integr8._conversions.status_problem`): one of the known conversion
statuses (Approved, Rejected, Pending, as written), with a did-you-mean, unless
`--allow-unknown-status`.
"""

from __future__ import annotations

import csv
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ._errors import CliError

KEYS = ("tx_id", "conversion_time", "hash")
VALUES = ("status", "payout", "revenue")
COLUMNS = KEYS + VALUES


ALLOW_UNKNOWN_STATUS = "--allow-unknown-status"


def read_updates(path: Path, *, allow_unknown_status: bool = False) -> tuple[list[Any], list[int]]:
    """The updates in `path` and the CSV line each came from; CliError listing every bad line
    (a status that is not a known one among them, unless `allow_unknown_status`)."""
    from integr8 import ConversionUpdate

    from .._times import read_exact  # here, not at import: `integr8 --help` loads no SDK module

    try:
        handle = open(path, newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None
    problems: list[str] = []
    updates: list[Any] = []
    lines: list[int] = []
    with handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise CliError(f"{path} is empty; it needs a header line: {','.join(COLUMNS)}") from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise CliError(f"{path}: line 1: {exc}") from None
        missing = [k for k in KEYS if k not in header]
        unknown = [h for h in header if h not in COLUMNS]
        duplicated = sorted({h for h in header if header.count(h) > 1})
        if missing or unknown or duplicated or not any(v in header for v in VALUES):
            parts = []
            if missing:
                parts.append(f"missing column(s) {', '.join(missing)}")
            if unknown:
                parts.append(f"unknown column(s) {', '.join(unknown)}")
            if duplicated:
                parts.append(f"repeated column(s) {', '.join(duplicated)}")
            if not any(v in header for v in VALUES):
                parts.append(f"no value column (one of {', '.join(VALUES)})")
            raise CliError(
                f"{path}: line 1: {'; '.join(parts)}; the header must name columns from: {', '.join(COLUMNS)}"
            )
        first_line: dict[str, int] = {}
        previous = reader.line_num
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except (csv.Error, UnicodeDecodeError) as exc:
                problems.append(f"line {previous + 1}: {exc}")
                break
            line, previous = previous + 1, reader.line_num  # where the record starts
            if not any(cell.strip() for cell in row):
                continue  # blank lines are harmless
            bad = _check_row(row, header, line, first_line, allow_unknown_status)
            if bad:
                problems.extend(f"line {line}: {msg}" for msg in bad)
                continue
            cells = {name: row[i].strip() for i, name in enumerate(header)}
            updates.append(
                ConversionUpdate(
                    tx_id=cells["tx_id"],
                    conversion_time=read_exact(cells["conversion_time"], "conversion_time"),
                    hash=cells["hash"],
                    status=cells.get("status") or None,
                    payout=Decimal(cells["payout"]) if cells.get("payout") else None,
                    revenue=Decimal(cells["revenue"]) if cells.get("revenue") else None,
                )
            )
            lines.append(line)
    if problems:
        raise CliError(f"{path}: {len(problems)} problem(s); nothing was sent", details=problems)
    if not updates:
        raise CliError(f"{path} has a header but no updates")
    return updates, lines


def _check_row(
    row: list[str], header: list[str], line: int, first_line: dict[str, int], allow_unknown_status: bool
) -> list[str]:
    from .._conversions import status_problem
    from .._times import exact_problem

    if len(row) != len(header):
        return [f"{len(row)} cell(s), the header has {len(header)} (a stray comma or quote?)"]
    cells = {name: row[i].strip() for i, name in enumerate(header)}
    bad = [f"{key} is empty" for key in KEYS if not cells.get(key)]
    when = cells.get("conversion_time")
    problem = exact_problem(when) if when else None
    if problem:
        bad.append(f"conversion_time {when!r} {problem}")
    status = status_problem(
        cells.get("status") or None, allow_unknown=allow_unknown_status, opt_in=ALLOW_UNKNOWN_STATUS
    )
    if status:
        bad.append(status)
    for name in ("payout", "revenue"):
        text = cells.get(name)
        if text:
            try:
                number = Decimal(text)
            except InvalidOperation:
                bad.append(f"{name} {text!r} is not a number")
                continue
            if not number.is_finite():
                bad.append(f"{name} {text!r} is not a number")
    if not any(cells.get(v) for v in VALUES):
        bad.append("nothing to change: fill status, payout or revenue")
    tx_id = cells.get("tx_id")
    if tx_id:
        if tx_id in first_line:
            bad.append(f"tx_id {tx_id} is also on line {first_line[tx_id]}; one update per conversion")
        else:
            first_line[tx_id] = line
    return bad
