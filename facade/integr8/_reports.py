"""Cursor pagination of the report operations: every row once, newest first.

Reports page by cursor, not by number: each page's `data.pageInfo.endCursor` (a `real_tx_id`)
goes back as `page[after]` while `hasNextPage` is true. Rows are deduplicated against the
previous page only, so memory stays flat however long the report is; the cursors followed are
remembered (one string a page) so that a report whose cursors go round raises `CursorLoopError`
before any row is yielded twice, instead of paging forever.

Sans-IO, like `integr8._pagewalk.PageWalk`: `CursorWalk` decides what to fetch and what to hand
out, and the paginators of `integr8._pagination` (the cursor strategy of `Paginator` and
`AsyncPaginator`) only fetch what it asks for. A flow that reads a report itself drives it the
same way: `wanted(0)` -> fetch each token's cursor -> `arrived(token, page)` -> `pop_ready()`
(its new rows in `fresh`), until `done()`.
"""

from __future__ import annotations

import datetime as dt
import operator
from typing import Any, NotRequired, TypedDict

from ._pagewalk import NOT_YET
from .errors import CursorLoopError

CursorToken = tuple[int, str | None]  # (page read, its `page[after]`: None for the first page)
_row_id = operator.attrgetter("real_tx_id")


class ReportArgs(TypedDict):
    """The keyword arguments of `Integr8.iter_report` after `kind` (see its docstring)."""

    integration_id: str
    start: dt.datetime | dt.date | str
    end: dt.datetime | dt.date | str
    status: NotRequired[str | None]
    offer_id: NotRequired[str | None]
    publisher: NotRequired[str | None]
    advertiser: NotRequired[str | None]
    timezone: NotRequired[str]
    page_size: NotRequired[int]


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
    """The rows whose `real_tx_id` neither the page before (`previous`) nor an earlier row of
    this page had (rows without one are all kept), and this page's ids."""
    try:
        keys = set(map(_row_id, rows))
    except AttributeError:
        pass
    else:
        # The usual page: ids all different, none on the page before. One pass in C, no copy.
        if len(keys) == len(rows) and keys.isdisjoint(previous):
            return rows, keys
    seen: set[Any] = set()
    out = []
    for row in rows:
        key = getattr(row, "real_tx_id", None)
        if key is not None and (key in previous or key in seen):
            continue
        seen.add(key)
        out.append(row)
    return out, seen


class CursorWalk:
    """The plan of one report read: the cursor to fetch next, the rows not yet handed out.

    The same interface as `PageWalk`, so one driver runs both: `wanted(in_flight)` gives at most
    one token `(n, after)` (fetch the page at cursor `after`, None for the first page), and only
    once the page before has been handed out, so a reader that stops early never costs a page it
    did not use; `arrived(token, page)` checks the page (raising `CursorLoopError` before any of its
    rows is handed out if its cursor was followed before, if it says there is a next page but
    gives no cursor, or if it only repeats the page before and still points on); `pop_ready()` hands
    the page out with its new rows in `fresh`; `done()` after the last page. A report has no
    numbered pages to re-read: `listing_changed` stays False and `heal_passes` 0.
    """

    listing_changed = False
    heal_passes = 0

    def __init__(self, operation: str = "report"):
        self.operation = operation
        self.fresh: list[Any] = []
        self._after: str | None = None  # the cursor of the next page
        self._previous: set[Any] = set()  # `real_tx_id`s of the page before
        self._followed: set[str] = set()
        self._reads = 0
        self._asked = False  # a page is being fetched
        self._ready: Any = NOT_YET  # arrived, not yet handed out
        self._ready_rows: list[Any] = []
        self._ended = False  # the last page has arrived

    def wanted(self, in_flight: int) -> list[CursorToken]:
        if self._ended or self._asked or in_flight or self._ready is not NOT_YET:
            return []
        self._asked = True
        self._reads += 1
        return [(self._reads, self._after)]

    def arrived(self, token: CursorToken, page: Any) -> None:
        self._asked = False
        rows, cursor = _rows_and_next(page, self._followed, self.operation)
        fresh, self._previous = _fresh(rows, self._previous)
        if rows and not fresh and cursor is not None:  # new cursors over the same rows: endless
            raise CursorLoopError(
                f"{self.operation}: the page after page[after]={self._after!r} repeats the rows of the page "
                "before it and points on to another; stopping instead of looping",
                operation=self.operation,
            )
        self._ready, self._ready_rows = page, fresh
        if cursor is None:
            self._ended = True
        else:
            self._followed.add(cursor)
            self._after = cursor

    def has_ready(self) -> bool:
        return self._ready is not NOT_YET

    def pop_ready(self) -> Any:
        """The page that arrived (its new rows in `fresh`), else `NOT_YET`."""
        page, self._ready = self._ready, NOT_YET
        if page is not NOT_YET:
            self.fresh, self._ready_rows = self._ready_rows, []
        return page

    def done(self) -> bool:
        return self._ended and self._ready is NOT_YET
