"""Numbered pagination as objects you iterate: items of every page, in page order, once each.

`client.paginate(op, ...)` returns a `Paginator` (or `AsyncPaginator`): iterate it for items
(stripe's `auto_paging_iter`), or call `.pages()` for the parsed pages. Page 1 comes first because
its `meta` says how many more there are; the rest are fetched up to `concurrency` at a time and
still yielded in page order. Leaving the loop early cancels what is in flight: the async
paginator cancels its tasks; the sync one starts nothing new and drops queued pages, while the
few requests already running on its threads (at most `concurrency`) finish and are discarded,
since a blocking httpx request cannot be interrupted. What to fetch, and how a listing that
changes while it is read is healed, is decided once for both in `integr8._pagewalk`.
"""

from __future__ import annotations

import enum
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._pagewalk import NOT_YET, PageWalk, Token
from .errors import ConfigurationError

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

MAX_PAGE_SIZE = 100


def check_page_size(page_size: int) -> int:
    if not isinstance(page_size, int) or isinstance(page_size, bool) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ConfigurationError(f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}, got {page_size!r}")
    return page_size


def check_concurrency(concurrency: int) -> int:
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise ConfigurationError(f"concurrency must be a whole number of at least 1, got {concurrency!r}")
    return concurrency


LIST_FORM = "comma-separated"
"""How a list goes on the wire, for typed array parameters and `filters` alike: one parameter
whose value is the items joined by commas (OpenAPI `style: form, explode: false`, as the spec
declares for its array parameters). Why: it is the API's one documented way of giving several
values (`sort=-type,name` in the reference's introduction; `fields` and `extra_parameters` of
the exports), it keeps `filter[field][operator]=value` one value as the reference writes it,
and the `in`/`nin` operators read it."""


def _refuse(name: str, problem: str) -> ConfigurationError:
    return ConfigurationError(f"{name} {problem}")


def _scalar_text(value: Any, name: str) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        raise _refuse(name, "has no value (None); leave it out instead")
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise _refuse(name, f"is bytes ({bytes(value)!r}); pass text (decode it first)")
    if isinstance(value, Mapping):
        raise _refuse(name, f"is a mapping ({value!r}); a query value is text, a number or a list of them")
    if isinstance(value, float) and not math.isfinite(value):
        raise _refuse(name, f"is {value!r}, which is no value the API can compare with")
    if isinstance(value, (list, tuple, set, frozenset)):
        raise _refuse(name, f"holds a nested list ({value!r}); give a flat list of values")
    return str(value)


def wire_value(value: Any, name: str) -> str:
    """The text one query parameter carries: `value` as the API reads it, or ConfigurationError
    naming `name` (the user's spelling, e.g. `filter[name][in]`) before any request.

    Text and numbers as they print, booleans `true`/`false`, enums by their value; a list (tuple,
    set) is its items joined by commas (`LIST_FORM`). Refused, because the server could not read
    them back as given: None, bytes, mappings, NaN and infinities, nested or empty lists, and list
    items that are blank or hold a comma (`["Acme, Inc.", "Globex"]` would reach the server as
    three values; filter such names with one `eq` or `like` condition per request instead).
    """
    if not isinstance(value, (list, tuple, set, frozenset)):
        return _scalar_text(value, name)
    items = [_scalar_text(item, name) for item in value]
    if isinstance(value, (set, frozenset)):
        items.sort()  # a set has no order of its own; the URL should not vary from run to run
    if not items:
        raise _refuse(name, "is an empty list: it would be sent as no value and match everything; leave it out")
    for item in items:
        if not item.strip():
            raise _refuse(name, f"has a blank item {item!r}; lists are sent {LIST_FORM}, so it would vanish")
        if "," in item:
            raise _refuse(
                name,
                f"has an item {item!r} holding a comma, and lists are sent {LIST_FORM} (one value), so the server "
                "would read it as several values; ask for it on its own (eq, or like with a part of it)",
            )
    return ",".join(items)


def filter_query(filters: Mapping[str, Any] | None) -> dict[str, str]:
    """`{"status": "Active", "name": {"like": "x"}}` -> `filter[status]`, `filter[name][like]`.

    A plain value means `eq` (the API's default operator, per the reference's introduction);
    dotted field names pass through (`filter[outer.inner]`); a list (for operators such as `in`)
    becomes one comma-separated value, as typed array parameters do (`wire_value`, which also
    says what is refused: None, bytes, mappings, NaN, items holding a comma ...). Raises
    ConfigurationError naming the parameter, e.g. `filter[name][in]`.
    """
    out: dict[str, str] = {}
    for field, condition in (filters or {}).items():
        if not isinstance(field, str) or not field or "[" in field or "]" in field:
            raise ConfigurationError(f"filters: bad field name {field!r} (use dotted names like 'results_meta.total')")
        if isinstance(condition, Mapping):
            if not condition:
                raise ConfigurationError(f"filters: {field!r} has an empty operator mapping")
            for op, value in condition.items():
                if not isinstance(op, str) or not op.isidentifier():
                    raise ConfigurationError(f"filters: {field!r} has a bad operator {op!r}")
                out[f"filter[{field}][{op}]"] = wire_value(value, f"filter[{field}][{op}]")
        else:
            out[f"filter[{field}]"] = wire_value(condition, f"filter[{field}]")
    return out


def sort_param(sort: str | Iterable[str] | None) -> str | None:
    """`["-created_at", "name"]` -> `-created_at,name`."""
    if sort is None:
        return None
    keys = [sort] if isinstance(sort, str) else list(sort)
    for key in keys:
        if not isinstance(key, str) or not key.lstrip("-") or "," in key:
            raise ConfigurationError(f"sort: bad key {key!r} (use field names, '-' in front for descending)")
    return ",".join(keys)


class _Pages:
    """What both paginators hold: how to fetch a page, and what the last walk found."""

    def __init__(self, fetch: Callable[[int], Any], concurrency: int, page_size: int, operation: str):
        self._fetch = fetch
        self._concurrency = concurrency
        self._page_size = page_size
        self._operation = operation or "listing"
        self.listing_changed = False
        self.heal_passes = 0

    def _walk(self) -> PageWalk:
        self._current = PageWalk(self._operation, self._page_size, self._concurrency)
        return self._current

    def _sync(self) -> None:
        self.listing_changed = self._current.listing_changed
        self.heal_passes = self._current.heal_passes


class Paginator(_Pages):
    """Iterate for items; `.pages()` for the pages as the server sent them.

    Items: every item that exists for the whole listing, once, in page order, even when the
    listing changes while it is read (see `integr8._pagewalk`: it re-reads what could have
    shifted, and raises `ListingChangedError` if that does not settle). `.pages()` yields each page
    read, re-read pages included, unfiltered. After (or during) iteration, `listing_changed` says
    whether the listing changed under it and `heal_passes` how many re-reads that took. Raises
    `APIResponseValidationError` for page counts that cannot be trusted. Each iteration reads the
    listing anew.
    """

    def __init__(self, fetch: Callable[[int], Any], concurrency: int = 1, *, page_size: int = 100, operation: str = ""):
        super().__init__(fetch, concurrency, page_size, operation)

    def _walked(self) -> Iterator[tuple[Any, list[Any]]]:
        walk = self._walk()
        if self._concurrency == 1:
            while not walk.done():
                for token in walk.wanted(0):
                    walk.arrived(token, self._fetch(token[1]))
                while (page := walk.pop_ready()) is not NOT_YET:
                    self._sync()
                    yield page, walk.fresh
            self._sync()
            return
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        pool = ThreadPoolExecutor(max_workers=self._concurrency, thread_name_prefix="integr8-page")
        inflight: dict[Future[Any], Token] = {}
        try:
            while not walk.done():
                for token in walk.wanted(len(inflight)):
                    inflight[pool.submit(self._fetch, token[1])] = token
                if walk.has_ready():
                    while (page := walk.pop_ready()) is not NOT_YET:
                        self._sync()
                        yield page, walk.fresh
                    continue
                _check_progress(inflight)
                done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
                for future in done:
                    walk.arrived(inflight.pop(future), future.result())
            self._sync()
        finally:
            for future in inflight:
                future.cancel()
            pool.shutdown(wait=False, cancel_futures=True)

    def pages(self) -> Iterator[Any]:
        for page, _ in self._walked():
            yield page

    def __iter__(self) -> Iterator[Any]:
        for _, fresh in self._walked():
            yield from fresh


class AsyncPaginator(_Pages):
    """`async for` items; `.pages()` for pages (see `Paginator`)."""

    def __init__(
        self, fetch: Callable[[int], Awaitable[Any]], concurrency: int = 1, *, page_size: int = 100, operation: str = ""
    ):
        super().__init__(fetch, concurrency, page_size, operation)
        self._afetch = fetch

    async def _awalked(self) -> AsyncIterator[tuple[Any, list[Any]]]:
        import asyncio

        walk = self._walk()
        inflight: dict[asyncio.Task[Any], Token] = {}
        try:
            while not walk.done():
                for token in walk.wanted(len(inflight)):
                    inflight[asyncio.ensure_future(self._afetch(token[1]))] = token
                if walk.has_ready():
                    while (page := walk.pop_ready()) is not NOT_YET:
                        self._sync()
                        yield page, walk.fresh
                    continue
                _check_progress(inflight)
                done, _ = await asyncio.wait(list(inflight), return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    walk.arrived(inflight.pop(task), task.result())
            self._sync()
        finally:
            for task in inflight:
                task.cancel()
            if inflight:
                await asyncio.gather(*inflight, return_exceptions=True)

    async def pages(self) -> AsyncIterator[Any]:
        walked = self._awalked()
        try:
            async for page, _ in walked:
                yield page
        finally:
            await walked.aclose()  # type: ignore[attr-defined]

    async def _items(self) -> AsyncIterator[Any]:
        walked = self._awalked()  # an async generator: closed below even when the consumer stops early
        try:
            async for _, fresh in walked:
                for item in fresh:
                    yield item
        finally:
            await walked.aclose()  # type: ignore[attr-defined]

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._items()


def _check_progress(inflight: Mapping[Any, Any]) -> None:
    if not inflight:  # the walk wants nothing, has nothing ready and is not done: a bug, not a hang
        raise RuntimeError("integr8 pagination stalled: no page in flight and none ready")
