"""Cursor pagination of the report operations: every row once, newest first.

Reports page by cursor, not by number: each page's `data.pageInfo.endCursor` (a `real_tx_id`)
goes back as `page[after]` while `hasNextPage` is true. Rows are deduplicated against the
previous page only, so memory stays flat however long the report is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from .errors import Integr8Error


def _rows_and_next(page: Any, after: str | None) -> tuple[list[Any], str | None]:
    body = getattr(page, "data", None)
    rows = getattr(body, "data", None)
    rows = list(rows) if isinstance(rows, list) else []
    info = getattr(body, "page_info", None)
    if not info or not getattr(info, "has_next_page", False):
        return rows, None
    cursor = getattr(info, "end_cursor", None) or (getattr(rows[-1], "real_tx_id", None) if rows else None)
    if not isinstance(cursor, str) or not cursor or cursor == after:
        raise Integr8Error(
            "The report says it has a next page but its cursor did not advance "
            f"(page[after]={after!r}); stopping instead of looping."
        )
    return rows, cursor


def _fresh(rows: list[Any], previous: set[Any]) -> tuple[list[Any], set[Any]]:
    seen: set[Any] = set()
    out = []
    for row in rows:
        key = getattr(row, "real_tx_id", None)
        if key is not None and (key in previous or key in seen):
            continue
        seen.add(key)
        out.append(row)
    return out, seen


def iter_cursor(fetch: Callable[[str | None], Any]) -> Iterator[Any]:
    after: str | None = None
    previous: set[Any] = set()
    while True:
        rows, cursor = _rows_and_next(fetch(after), after)
        fresh, previous = _fresh(rows, previous)
        yield from fresh
        if cursor is None:
            return
        after = cursor


async def aiter_cursor(fetch: Callable[[str | None], Awaitable[Any]]) -> AsyncIterator[Any]:
    after: str | None = None
    previous: set[Any] = set()
    while True:
        rows, cursor = _rows_and_next(await fetch(after), after)
        fresh, previous = _fresh(rows, previous)
        for row in fresh:
            yield row
        if cursor is None:
            return
        after = cursor
