"""Walking numbered pages while the data may change: what to fetch, what to hand out, what to heal.

Sans-IO: `PageWalk` decides and remembers, the sync and async paginators only fetch what it asks
for and feed the pages back, so the rules below are written once.

Why healing: numbered pages are positions in a list the server recomputes on every request. An
item deleted from a page already read shifts every later item one place back, so the first item
of the next page slides onto the page already read and would never be seen. Items inserted shift
the other way and would be seen twice. Neither is visible in one page; both show between pages,
as a `total_count` that differs from the one before, or as items already seen. When either shows,
the walk re-reads the pages around where it happened (a heal pass) and hands out only the items
it has not handed out yet; a listing that keeps changing is given `MAX_HEAL_PASSES` passes, then
`ListingChangedError`. Never a silently short listing.

What it trusts of `meta`: `total_count` and `total_page` as whole numbers, or as text holding
one (`"25"`); the number of pages from `total_page`, else from `total_count` and the page size.
A `meta` from which the number of pages cannot be known, or whose two numbers disagree (more, or
fewer, pages than `total_count` fills), is an `APIResponseValidationError`. An empty page after
the first ends the listing (a server may announce any number of pages; it cannot make them hold
items), unless its own `meta` says items are there, which is an error too.

Memory: the ids of the items handed out on the last `memory_pages` pages only (`memory_pages *
page_size` ids; 8 pages or 4 x concurrency, whichever is more), which is what a heal pass needs:
items move by at most as many places as the listing changed. A change too large to heal from that
memory raises `ListingChangedError` instead of guessing. Of the pages' arrivals, while the
listing's size holds, only the last `concurrency` (and the highest page number before them) are
kept, so a walk's memory does not grow with the listing's length. CPU per page is constant while
nothing changes (and, when every item has an id and none repeats, a few C-level set operations).

Bounds: at most `MAX_HEAL_PASSES` heal passes in a row (a main-pass page between them resets the
count); a listing that grows while read is followed, up to twice its first size plus 10 pages.

What pages cannot show, and so cannot be healed: a deletion and an insertion that cancel out
between two page reads (the size does not move, nothing repeats), and, where a server sends no
`total_count`, a deletion that does not change `total_page`. A listing whose items have no `id`
cannot be healed at all (nothing tells which were handed out): if it changes, `ListingChangedError`.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from .errors import APIResponseValidationError, ListingChangedError

log = logging.getLogger("integr8")

MAX_HEAL_PASSES = 3
NOT_YET: Any = object()

Token = tuple[int, int]  # (pass number, page number): pages of an earlier pass are dropped
_KEY_TYPES = frozenset({str, int})  # ids that tell items apart (exactly these types: not bool)


def whole_number(value: object) -> int | None:
    """`25`, `"25"` or `" 25 "` -> 25; anything else (bools, floats with a fraction, "x") -> None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _meta_field(meta: Any, name: str) -> Any:
    if isinstance(meta, dict):
        return meta.get(name)
    value = getattr(meta, name, None)
    return None if type(value).__name__ == "Unset" else value


def page_items(page: Any) -> list[Any]:
    """The items of a page; a missing or `null` `data` is an empty page."""
    data = getattr(page, "data", None)
    return list(data) if isinstance(data, list) else []


def read_meta(page: Any, number: int, page_size: int, operation: str) -> tuple[int | None, int]:
    """`(total_count or None, number of pages)` of a numbered page, or APIResponseValidationError."""
    meta = getattr(page, "meta", None)
    raw_count, raw_pages = _meta_field(meta, "total_count"), _meta_field(meta, "total_page")
    count, pages = whole_number(raw_count), whole_number(raw_pages)
    shown = f"total_count={raw_count!r}, total_page={raw_pages!r}"
    if count is None and pages is None:
        raise APIResponseValidationError(
            f"{operation}: page {number}'s meta does not say how many pages there are ({shown}); "
            "stopping rather than returning part of the listing"
        )
    if count is not None:
        needed = math.ceil(count / page_size)
        if pages is None:
            return count, needed
        if pages != needed and not (count == 0 and pages == 1):
            raise APIResponseValidationError(
                f"{operation}: page {number}'s meta contradicts itself ({shown}: {count} items fill {needed} "
                f"page(s) of {page_size}); stopping rather than returning a wrong listing"
            )
    assert pages is not None
    return count, pages


class PageWalk:
    """The plan of one numbered listing: pages to fetch, pages to hand out, items not yet handed out.

    Drivers loop: start `wanted(in_flight)` tokens, feed each answer to `arrived(token, page)`,
    hand out `pop_ready()` pages (their new items are then in `fresh`) until `done()`.

    A change is healed as soon as the pages it could have moved items onto have been handed out:
    the main pass pauses, a heal pass re-reads those pages, and the main pass resumes where it
    was (re-requesting what was in flight). A heal pass that itself sees the listing change is
    followed by another, at most `MAX_HEAL_PASSES` in a row.
    """

    def __init__(self, operation: str, page_size: int, concurrency: int, memory_pages: int | None = None):
        self.operation = operation
        self.page_size = page_size
        self.concurrency = concurrency
        self.memory_pages = memory_pages or max(8, 4 * concurrency)
        self.listing_changed = False
        self.heal_passes = 0
        self.fresh: list[Any] = []
        self._pass = 0
        self._remembered: dict[int, list[Any]] = {}  # page -> ids handed out from it
        self._seen: set[Any] = set()
        self._highest_page = 0
        self._paused: tuple[int, int | None, int | None] | None = None  # the main pass, while healing
        self._heal_to = 0
        self._heals_in_a_row = 0
        self._first_size: int | None = None  # the listing's size as its first page said
        self._most_pages = 0  # main-pass pages allowed: the first page's count, grown at most this far
        self._anonymous = False  # some item had no id: what was handed out cannot be told apart
        self._start_pass(1, None, healing=False)

    # -- one pass: pages first..last, in order -------------------------------------------------

    def _start_pass(
        self, first: int, reference: int | None, *, healing: bool, last: int | None = None, ended_at: int | None = None
    ) -> None:
        self._pass += 1
        self._next_to_start = first
        self._next_to_yield = first
        self._last = last  # None until page `first` says
        self._ended_at = ended_at  # an empty page ended the listing here
        self._ready: dict[int, Any] = {}
        self._reference = reference  # the listing size this pass expects to see
        self._arrivals: list[tuple[int, int]] = []  # (page, listing size), in arrival order
        self._changes: list[int] = []  # indexes in `_arrivals` where the size differs from before
        self._trimmed_high = 0  # the highest page among arrivals forgotten (see `arrived`)
        self._shift = 0  # how many places items may have moved: the sizes' changes, summed
        self._moved: list[int] = []  # pages (in order) that held items seen before
        self._duplicates = 0
        self._healing = healing

    @property
    def pass_number(self) -> int:
        """The pass now running (the first token element); tokens of other passes are stale."""
        return self._pass

    def wanted(self, in_flight: int, limit: int | None = None) -> list[Token]:
        """Tokens of the pages to request now: never more than `limit` asked for and not yet
        arrived (`in_flight` of them already; default `concurrency`, a driver that runs only
        `concurrency` at a time may queue more), never more than `2 * concurrency` pages ahead
        of what has been handed out."""
        limit = self.concurrency if limit is None else limit
        out: list[Token] = []
        if self._last is None:  # the first page of the pass says how many follow
            if self._next_to_start == self._next_to_yield and in_flight == 0:
                out.append((self._pass, self._next_to_start))
                self._next_to_start += 1
            return out
        ahead = self._next_to_yield + 2 * self.concurrency
        while in_flight + len(out) < limit and self._next_to_start <= min(self._end(), ahead - 1):
            out.append((self._pass, self._next_to_start))
            self._next_to_start += 1
        return out

    def _end(self) -> int:
        last = self._last if self._last is not None else self._next_to_yield
        return min(last, self._ended_at) if self._ended_at is not None else last

    def arrived(self, token: Token, page: Any) -> None:
        """Record an answer: check its meta, note changes, and keep it until its turn."""
        pass_no, number = token
        if pass_no != self._pass:
            return  # requested by a pass that has ended
        count, pages = read_meta(page, number, self.page_size, self.operation)
        if not page_items(page) and number > 1:
            if count is not None and count > (number - 1) * self.page_size:
                raise APIResponseValidationError(
                    f"{self.operation}: page {number} is empty but its meta says total_count={count}; "
                    "stopping rather than returning part of the listing"
                )
            self._ended_at = number - 1 if self._ended_at is None else min(self._ended_at, number - 1)
        # The listing's size: total_count, or (without it) what total_page implies, so a change in
        # either shows.
        size = count if count is not None else pages * self.page_size
        before = self._arrivals[-1][1] if self._arrivals else self._reference
        if before is not None and size != before:
            self._changes.append(len(self._arrivals))
            self._shift += abs(size - before)
        self._arrivals.append((number, size))
        if not self._changes and len(self._arrivals) > 4 * self.concurrency:
            # While the size holds, a heal region needs only the last `concurrency` arrivals
            # and the highest page before them: memory stays flat however long the listing.
            forgotten = self._arrivals[: -self.concurrency]
            self._trimmed_high = max(self._trimmed_high, max(n for n, _ in forgotten))
            del self._arrivals[: -self.concurrency]
        if self._reference is None:
            self._reference = size
        if self._first_size is None:
            self._first_size = size
            self._most_pages = 2 * pages + 10
        if self._healing:
            self._last = min(pages, self._heal_to) if self._last is None else self._last
            self._last = max(self._last, self._next_to_yield)
        else:
            self._last = pages if self._last is None else max(self._last, pages)  # the total may grow
            if self._last > self._most_pages:
                raise ListingChangedError(
                    f"{self.operation}: the listing grew from {self._first_size} to {size} item(s) while it was "
                    f"read, faster than it can be read; stopping after {self._most_pages} pages rather than "
                    "paging without end. Narrow it with filters, or read it when it is quieter",
                    operation=self.operation,
                )
        self._ready[number] = page

    def has_ready(self) -> bool:
        return self._next_to_yield in self._ready

    def pop_ready(self) -> Any:
        """The next page in order if it has arrived (its new items in `fresh`), else `NOT_YET`."""
        page = self._ready.pop(self._next_to_yield, NOT_YET)
        if page is NOT_YET:
            return NOT_YET
        number = self._next_to_yield
        self._next_to_yield += 1
        self.fresh = self._take_fresh(number, page_items(page))
        if not self._healing:
            self._heals_in_a_row = 0
            region = self._heal_region()
            if region is not None and region[1] < self._next_to_yield:
                self._heal(region)  # what it could have moved items onto has been handed out
        return page

    def _take_fresh(self, number: int, items: list[Any]) -> list[Any]:
        keys = [getattr(item, "id", None) for item in items]
        new = set(keys)
        if _KEY_TYPES.issuperset(map(type, new)) and len(new) == len(keys) and self._seen.isdisjoint(new):
            # The common case, in a few C calls: every item has an id, none repeats.
            self._seen |= new
            self._remembered.setdefault(number, []).extend(keys)
            self._note_page(number)
            return items
        fresh: list[Any] = []
        ids = self._remembered.setdefault(number, [])
        repeated = 0
        for item in items:
            key = getattr(item, "id", None)
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                self._anonymous = True
                fresh.append(item)  # nothing to tell it apart by: handed out as it comes
                continue
            if key in self._seen:
                repeated += 1
                continue
            self._seen.add(key)
            ids.append(key)
            fresh.append(item)
        if repeated and not self._healing:
            if repeated == len(items) and not self.listing_changed and not self._changes:
                raise APIResponseValidationError(
                    f"{self.operation}: page {number} repeats items already listed and the total did not "
                    "change: the server seems to ignore page[number]; stopping instead of looping"
                )
            self._moved.append(number)
            self._duplicates += repeated
        self._note_page(number)
        return fresh

    def _note_page(self, number: int) -> None:
        """Forget the ids of pages more than `memory_pages` below the highest page handed out."""
        self._highest_page = max(self._highest_page, number)
        oldest = self._highest_page - self.memory_pages
        for old in [n for n in self._remembered if n <= oldest]:
            self._seen.difference_update(self._remembered.pop(old))

    # -- healing --------------------------------------------------------------------------------

    def done(self) -> bool:
        """True once the listing is complete; at the end of a pass, may start the next one."""
        if self._last is None or self._next_to_yield <= self._end():
            return False
        region = self._heal_region()
        if region is not None:
            self._heal(region)
            return False
        if self._paused is not None:  # healed: the main pass goes on where it was
            next_page, last, ended_at = self._paused
            self._paused = None
            self._start_pass(next_page, self._latest_count(), healing=False, last=last, ended_at=ended_at)
            return self.done()
        return True

    def _latest_count(self) -> int | None:
        return self._arrivals[-1][1] if self._arrivals else self._reference

    def _heal(self, region: tuple[int, int, int]) -> None:
        first, last, shift = region
        self.listing_changed = True
        if self._anonymous:
            raise ListingChangedError(
                f"{self.operation}: the listing changed while it was read, and its items have no id to tell "
                "which were already handed out, so it cannot be re-read exactly; read it again",
                operation=self.operation,
            )
        if self._heals_in_a_row >= MAX_HEAL_PASSES:
            raise ListingChangedError(
                f"{self.operation}: the listing kept changing while it was read ({self._heals_in_a_row} re-reads "
                "in a row); stopping rather than returning an inexact listing. Try again when it is quieter, "
                "or narrow it with filters",
                operation=self.operation,
            )
        oldest = min(self._remembered, default=1)
        if oldest > 1 and first - math.ceil(shift / self.page_size) < oldest:
            raise ListingChangedError(
                f"{self.operation}: the listing changed by {shift} item(s) while it was read, more than the "
                f"paginator can reconcile from the last {self.memory_pages} pages it remembers; read it again",
                operation=self.operation,
            )
        log.warning(
            "%s: the listing changed while it was read (total_count %s -> %s); re-reading pages %d-%d",
            self.operation,
            self._reference,
            self._latest_count(),
            first,
            last,
        )
        if self._paused is None:
            self._paused = (self._next_to_yield, self._last, self._ended_at)
        # Up to where the main pass resumes: pages between a later change and that point were read
        # before it, and items may slide onto them too.
        last = max(last, self._paused[0] - 1)
        self.heal_passes += 1
        self._heals_in_a_row += 1
        self._heal_to = last
        self._start_pass(first, self._latest_count(), healing=True)

    def _heal_region(self) -> tuple[int, int, int] | None:
        """`(first page, last page, items moved)` to re-read, or None while the pass looks stable.

        Items can only have slid onto pages read before a change from pages read after it, by at
        most as many places as the listing changed: the region spans from the first page read after
        the first change (less that shift) to the last page read before the last change.
        """
        changes, arrivals = self._changes, self._arrivals
        if not changes and not self._moved:
            return None  # the common case, at no cost
        shift = self._shift + self._duplicates
        margin = self.concurrency  # pages in flight together may have been served in either order
        lows, highs = [], []
        if changes:
            lows.append(min(n for n, _ in arrivals[max(0, changes[0] - margin) :]))
            highs.append(max(self._trimmed_high, max((n for n, _ in arrivals[: changes[-1] + margin]), default=0)))
        for number in self._moved:
            lows.append(number)
            highs.append(number)
        first = max(1, min(lows) - 1 - math.ceil(shift / self.page_size))
        return first, max(max(highs), first), max(shift, 1)
