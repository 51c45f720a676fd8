"""Results on stdout or in a file, as a table, JSON, JSON lines or CSV, written as they arrive.

Why streaming writers: a list or a report can run to hundreds of thousands of rows, so rows go
out as pages come in and are never all held in memory. Each writer takes rows one at a time;
the table and CSV writers look at the first batch (about one page) only to choose their columns
and widths, then stream the rest with the same layout.

Rows are plain dicts: generated models turn into what the API sent with `.to_dict()` (wire
names, ISO dates), so JSON output round-trips and CSV headers match the API's field names.
"""

from __future__ import annotations

import csv
import enum
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

from ._console import is_tty, note, warn
from ._console import stdout as stdout_console

MAX_CELL = 40  # table columns wider than this are cut with an ellipsis


class Format(enum.StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


FORMAT_HELP = (
    "table, json (one document), jsonl (one JSON object per line) or csv. "
    "Default: table on a terminal, {piped} when piped or written to a file."
)


def resolve(fmt: Format, *, piped: Format, output: Path | None) -> Format:
    """`auto` becomes table on a terminal, else `piped` (what scripts want from this command)."""
    if fmt is not Format.auto:
        return fmt
    if output is None and is_tty(sys.stdout):
        return Format.table
    return piped


# -- records -----------------------------------------------------------------------------------


def record(item: Any) -> dict[str, Any]:
    """A row as a dict: a model's `.to_dict()`, a mapping as is, anything else as {"value": ...}."""
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        as_dict: dict[str, Any] = to_dict()
        return as_dict
    if isinstance(item, Mapping):
        return dict(item)
    return {"value": item}


def answer_records(answer: Any) -> tuple[Any, list[dict[str, Any]]]:
    """(the whole answer as JSON-able data, its records) for an operation's result.

    The API wraps results in `data`: a list for list operations, one object for `get`. Tables and
    CSV show those records; `json` shows the whole answer (pagination `meta` included).
    """
    if answer is None:
        return None, []
    whole = record(answer) if not isinstance(answer, (str, int, float, bool, list)) else answer
    data = whole.get("data") if isinstance(whole, dict) else whole
    if isinstance(data, list):
        return whole, [r if isinstance(r, dict) else {"value": r} for r in data]
    if isinstance(data, dict):
        return whole, [data]
    return whole, [whole if isinstance(whole, dict) else {"value": whole}]


def pick(row: Mapping[str, Any], columns: list[str] | None) -> dict[str, Any]:
    """`row` limited to `columns`; a dotted column reads a nested field (`meta.total`)."""
    if not columns:
        return dict(row)
    out: dict[str, Any] = {}
    for column in columns:
        value: Any = row
        if column in row:  # a key that itself holds dots
            out[column] = row[column]
            continue
        for part in column.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        out[column] = value
    return out


def cell(value: Any) -> str:
    """A value as CSV or table text: nested values as compact JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
    return str(value)


def _dumps(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, indent=indent)


# -- writers -----------------------------------------------------------------------------------


class RowWriter:
    """Takes rows one at a time; `close()` finishes the document."""

    def __init__(self, stream: TextIO, columns: list[str] | None = None, batch: int = 100):
        self.stream = stream
        self.columns = columns
        self.batch = max(1, batch)
        self.count = 0

    def write(self, row: Mapping[str, Any]) -> None:
        self.count += 1
        self._write(pick(row, self.columns))

    def _write(self, row: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class JsonLinesWriter(RowWriter):
    def _write(self, row: dict[str, Any]) -> None:
        self.stream.write(_dumps(row) + "\n")
        if self.count % self.batch == 0:
            self.stream.flush()


class JsonArrayWriter(RowWriter):
    """One JSON array, still streamed: `[`, the rows, `]`."""

    def _write(self, row: dict[str, Any]) -> None:
        self.stream.write(("[\n  " if self.count == 1 else ",\n  ") + _dumps(row))
        if self.count % self.batch == 0:
            self.stream.flush()

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


class _Batched(RowWriter):
    """Holds the first batch to choose the layout from, then streams batch by batch."""

    def __init__(
        self,
        stream: TextIO,
        columns: list[str] | None = None,
        batch: int = 100,
        quiet: bool = False,
    ):
        super().__init__(stream, columns, batch)
        self.pending: list[dict[str, Any]] = []
        self.header: list[str] | None = None
        self.quiet = quiet
        self.dropped: set[str] = set()

    def _write(self, row: dict[str, Any]) -> None:
        self.pending.append(row)
        if len(self.pending) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        if self.header is None:
            self.header = self._choose_header(self.pending)
        extra = {k for row in self.pending for k in row} - set(self.header) - self.dropped
        if extra:
            warn(
                f"column(s) {', '.join(sorted(extra))} first appear after the header was written "
                "and are left out; use --columns to choose them, or --format jsonl"
            )
        self.dropped |= extra
        self._emit(self.pending)
        self.pending = []
        self.stream.flush()

    def _choose_header(self, rows: list[dict[str, Any]]) -> list[str]:
        """--columns, or the union of the first batch's keys in first-seen order.

        The union, not the first row's keys: models omit unset fields, so the first row alone
        may lack a column that the second row has.
        """
        if self.columns:
            return list(self.columns)
        seen: dict[str, None] = {}
        for row in rows:
            seen.update(dict.fromkeys(row))
        return list(seen)

    def _emit(self, rows: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self._flush()
        super().close()


class CsvWriter(_Batched):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._csv = csv.writer(self.stream, lineterminator="\n")
        self._started = False

    def _emit(self, rows: list[dict[str, Any]]) -> None:
        assert self.header is not None
        if not self._started:
            self._csv.writerow(self.header)
            self._started = True
        for row in rows:
            self._csv.writerow([cell(row.get(k)) for k in self.header])


class TableWriter(_Batched):
    """A borderless table (like `gh`), printed batch by batch in the first batch's layout.

    Without --columns it shows what fits the screen: ids, names and status first, plain fields
    before nested ones, and it says once which fields it left out (they are in `--format json`).
    """

    FIRST = ("id", "incremental_id", "name", "title", "status", "active")
    GAP = 3  # padding and the (blank) column rule between two columns

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._widths: dict[str, int] = {}
        self._shown = False

    def _choose_header(self, rows: list[dict[str, Any]]) -> list[str]:
        header = super()._choose_header(rows)
        self._widths = {k: min(MAX_CELL, max([len(k), *(len(cell(r.get(k))) for r in rows)])) for k in header}
        if self.columns:
            return header
        nested = {k for k in header if any(isinstance(r.get(k), (dict, list)) for r in rows)}
        first = {k: i for i, k in enumerate(self.FIRST)}
        order = sorted(header, key=lambda k: (k in nested, first.get(k, len(first))))
        budget = stdout_console(self.stream).width
        chosen: list[str] = []
        used = 0
        for key in order:
            need = self._widths[key] + (self.GAP if chosen else 0)
            if used + need <= budget:
                chosen.append(key)
                used += need
        left_out = [k for k in header if k not in chosen]
        if left_out:
            self.dropped |= set(left_out)
            note(
                f"(the table shows {len(chosen)} of {len(header)} fields; left out: "
                f"{', '.join(left_out)}; choose with --columns, or use --format json)",
                quiet=self.quiet,
            )
        return chosen

    def _emit(self, rows: list[dict[str, Any]]) -> None:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        assert self.header is not None
        table = Table(
            box=box.SIMPLE_HEAD,  # the same box for every batch keeps the columns aligned
            show_header=not self._shown,
            show_edge=False,
            pad_edge=False,
            header_style="bold",
        )
        for name in self.header:
            table.add_column(Text(name), width=self._widths[name], no_wrap=True, overflow="ellipsis")
        for row in rows:
            # Text, not str: cells are data and must never be read as rich markup.
            table.add_row(*(Text(cell(row.get(k))) for k in self.header))
        stdout_console(self.stream).print(table)
        self._shown = True


def writer(
    fmt: Format,
    stream: TextIO,
    *,
    columns: list[str] | None = None,
    batch: int = 100,
    quiet: bool = False,
) -> RowWriter:
    if fmt is Format.jsonl:
        return JsonLinesWriter(stream, columns, batch)
    if fmt is Format.json:
        return JsonArrayWriter(stream, columns, batch)
    if fmt is Format.csv:
        return CsvWriter(stream, columns, batch, quiet=quiet)
    if fmt is Format.table:
        return TableWriter(stream, columns, batch, quiet=quiet)
    raise ValueError(f"no writer for {fmt}")


def write_rows(
    items: Iterable[Any],
    fmt: Format,
    stream: TextIO,
    *,
    columns: list[str] | None = None,
    batch: int = 100,
    limit: int | None = None,
    quiet: bool = False,
) -> int:
    """Write every item (models or dicts) as it arrives; returns how many were written."""
    out = writer(fmt, stream, columns=columns, batch=batch, quiet=quiet)
    for item in items:
        if limit is not None and out.count >= limit:
            break
        out.write(record(item))
    out.close()
    return out.count


def write_answer(
    answer: Any,
    fmt: Format,
    stream: TextIO,
    *,
    columns: list[str] | None = None,
    quiet: bool = False,
) -> int:
    """One operation's result: `json` prints it whole, other formats print its records.

    With --columns, every format prints the records' chosen fields (json as an array).
    """
    whole, rows = answer_records(answer)
    if whole is None:
        return 0
    if fmt is Format.json and not columns:
        stream.write(_dumps(whole, indent=2) + "\n")
        stream.flush()
        return len(rows)
    single = not (isinstance(whole, dict) and isinstance(whole.get("data"), list))
    if fmt is Format.table and single and rows:
        print_record(pick(rows[0], columns), stream)
        return 1
    return write_rows(rows, fmt, stream, columns=columns, quiet=quiet)


def print_record(row: Mapping[str, Any], stream: TextIO) -> None:
    """One object as a two-column field/value table."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE, show_header=False, show_edge=False, pad_edge=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for key, value in row.items():
        table.add_row(Text(str(key)), Text(cell(value)))
    stdout_console(stream).print(table)
