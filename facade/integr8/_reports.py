"""Cursor pagination of the report operations: every row once, newest first.

Reports page by cursor, not by number: each page's `data.pageInfo.endCursor` (a `real_tx_id`)
goes back as `page[after]` while `hasNextPage` is true. Rows are deduplicated against the
previous page only, so memory stays flat however long the report is; the cursors followed are
remembered (one string a page) so that a report whose cursors go round raises `CursorLoopError`
before any row is yielded twice, instead of paging forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from .errors import CursorLoopError


def _rows_and_next(page: Any, followed: set[str], operation: str) -> tuple[list[Any], str | None]:
    """The page's rows and the cursor to follow next (None at the end).

    Raises `CursorLoopError` when that cursor was followed before: the pages would go round
    forever, yielding the same rows again.
    """
    body = getattr(page, "data", None)
    rows = getattr(body, "data", None)
    rows = list(rows) if isinstance(rows, list) else []
    info = getattr(body, "page_info", None)
    if not info or not getattr(info, "has_next_page", False):
        return rows, None
    cursor = getattr(info, "end_cursor", None) or (getattr(rows[-1], "real_tx_id", None) if rows else None)
    if not isinstance(cursor, str) or not cursor:
        raise CursorLoopError(
            f"{operation}: the report says it has a next page but gives no cursor to it; stopping instead of looping",
            operation=operation,
        )
    if cursor in followed:
        raise CursorLoopError(
            f"{operation}: the report's cursor did not advance: page[after]={cursor!r} was followed before "
            f"({len(followed)} page(s) read); stopping instead of looping and repeating rows",
            operation=operation,
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


def _check_fresh(rows: list[Any], fresh: list[Any], cursor: str | None, after: str | None, operation: str) -> None:
    """A page that only repeats the one before, and still points further: new cursors over the
    same rows would page forever."""
    if rows and not fresh and cursor is not None:
        raise CursorLoopError(
            f"{operation}: the page after page[after]={after!r} repeats the rows of the page before it and "
            "points on to another; stopping instead of looping",
            operation=operation,
        )


def iter_cursor(fetch: Callable[[str | None], Any], operation: str = "report") -> Iterator[Any]:
    after: str | None = None
    previous: set[Any] = set()
    followed: set[str] = set()
    while True:
        rows, cursor = _rows_and_next(fetch(after), followed, operation)
        fresh, previous = _fresh(rows, previous)
        _check_fresh(rows, fresh, cursor, after, operation)
        yield from fresh
        if cursor is None:
            return
        followed.add(cursor)
        after = cursor


async def aiter_cursor(fetch: Callable[[str | None], Awaitable[Any]], operation: str = "report") -> AsyncIterator[Any]:
    after: str | None = None
    previous: set[Any] = set()
    followed: set[str] = set()
    while True:
        rows, cursor = _rows_and_next(await fetch(after), followed, operation)
        fresh, previous = _fresh(rows, previous)
        _check_fresh(rows, fresh, cursor, after, operation)
        for row in fresh:
            yield row
        if cursor is None:
            return
        followed.add(cursor)
        after = cursor
