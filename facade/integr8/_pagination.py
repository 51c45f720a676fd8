"""Numbered pagination as objects you iterate: items of every page, in page order, once each.

`client.paginate(op, ...)` returns a `Paginator` (or `AsyncPaginator`): iterate it for items
(stripe's `auto_paging_iter`), or call `.pages()` for the parsed pages. Page 1 comes first because
its `meta.total_page` says how many more there are; the rest are fetched up to `concurrency` at a
time and still yielded in page order. Leaving the loop early cancels what is in flight: the async
paginator cancels its tasks; the sync one starts nothing new and drops queued pages, while the
few requests already running on its threads (at most `concurrency`) finish and are discarded,
since a blocking httpx request cannot be interrupted. If the
total grows while paging, the extra pages are fetched too; items seen before (same `id`) are
skipped, so an item that shifts to the next page is not yielded twice.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

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


def _wire_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, set, frozenset)):
        return ",".join(_wire_value(v) for v in value)
    if hasattr(value, "value") and not isinstance(value, (str, bytes)):  # enums
        return _wire_value(value.value)
    return str(value)


def filter_query(filters: Mapping[str, Any] | None) -> dict[str, str]:
    """`{"status": "Active", "name": {"like": "x"}}` -> `filter[status]`, `filter[name][like]`.

    A plain value means `eq` (the API's default operator); dotted field names pass through
    (`filter[outer.inner]`); lists become comma-separated (for operators such as `in`).
    """
    out: dict[str, str] = {}
    for field, condition in (filters or {}).items():
        if not isinstance(field, str) or not field or "[" in field or "]" in field:
            raise ConfigurationError(f"filters: bad field name {field!r} (use dotted names like 'results_meta.total')")
        if isinstance(condition, Mapping):
            if not condition:
                raise ConfigurationError(f"filters: {field!r} has an empty operator mapping")
            for op, value in condition.items():
                if value is None:
                    raise ConfigurationError(f"filters: {field!r} {op!r} has no value (None)")
                if not isinstance(op, str) or not op.isidentifier():
                    raise ConfigurationError(f"filters: {field!r} has a bad operator {op!r}")
                out[f"filter[{field}][{op}]"] = _wire_value(value)
        elif condition is None:
            raise ConfigurationError(f"filters: {field!r} has no value (None); leave the field out instead")
        else:
            out[f"filter[{field}]"] = _wire_value(condition)
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


def page_items(page: Any) -> list[Any]:
    data = getattr(page, "data", None)
    return list(data) if isinstance(data, list) else []


def total_pages(page: Any) -> int:
    value = getattr(getattr(page, "meta", None), "total_page", None)
    return value if isinstance(value, int) and not isinstance(value, bool) else 1


class _Once:
    """Remembers item ids so each item is yielded once."""

    def __init__(self) -> None:
        self._seen: set[Any] = set()

    def fresh(self, items: list[Any]) -> Iterator[Any]:
        for item in items:
            key = getattr(item, "id", None)
            if isinstance(key, (str, int)):
                if key in self._seen:
                    continue
                self._seen.add(key)
            yield item


NOT_YET = object()


class _Window:
    """Which pages to fetch next and which to hand out, for concurrent paging.

    Keeps `concurrency` requests in flight (a new one starts as soon as any finishes, not when
    the oldest does), hands pages out strictly in order, and never runs more than
    `2 * concurrency` pages ahead of the consumer, so memory stays bounded when one page is slow.
    """

    def __init__(self, concurrency: int, first: int, target: int):
        self.concurrency = concurrency
        self.next_to_start = first
        self.next_to_yield = first
        self.target = target
        self.ready: dict[int, Any] = {}

    def finished(self) -> bool:
        return self.next_to_yield > self.target

    def to_start(self, running: int) -> list[int]:
        out: list[int] = []
        ahead_limit = self.next_to_yield + 2 * self.concurrency
        while running + len(out) < self.concurrency and self.next_to_start <= min(self.target, ahead_limit - 1):
            out.append(self.next_to_start)
            self.next_to_start += 1
        return out

    def arrived(self, number: int, page: Any) -> None:
        self.ready[number] = page
        self.target = max(self.target, total_pages(page))  # the total may grow while paging

    def has_ready(self) -> bool:
        return self.next_to_yield in self.ready

    def pop_ready(self) -> Any:
        """The next page in order if it has arrived, else `NOT_YET`."""
        page = self.ready.pop(self.next_to_yield, NOT_YET)
        if page is not NOT_YET:
            self.next_to_yield += 1
        return page


class Paginator:
    """Iterate for items; `.pages()` for pages. Single use, like a generator."""

    def __init__(self, fetch: Callable[[int], Any], concurrency: int = 1):
        self._fetch = fetch
        self._concurrency = concurrency

    def pages(self) -> Iterator[Any]:
        first = self._fetch(1)
        yield first
        target = total_pages(first)
        next_page = 2
        if self._concurrency == 1:
            while next_page <= target:
                page = self._fetch(next_page)
                next_page += 1
                target = max(target, total_pages(page))
                yield page
            return
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        pool = ThreadPoolExecutor(max_workers=self._concurrency, thread_name_prefix="integr8-page")
        window = _Window(self._concurrency, next_page, target)
        inflight: dict[Future[Any], int] = {}
        try:
            while not window.finished():
                for number in window.to_start(len(inflight)):
                    inflight[pool.submit(self._fetch, number)] = number
                while (page := window.pop_ready()) is not NOT_YET:
                    yield page
                if inflight and not window.has_ready():
                    done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
                    for future in done:
                        window.arrived(inflight.pop(future), future.result())
        finally:
            for future in inflight:
                future.cancel()
            pool.shutdown(wait=False, cancel_futures=True)

    def __iter__(self) -> Iterator[Any]:
        once = _Once()
        for page in self.pages():
            yield from once.fresh(page_items(page))


class AsyncPaginator:
    """`async for` items; `.pages()` for pages."""

    def __init__(self, fetch: Callable[[int], Awaitable[Any]], concurrency: int = 1):
        self._fetch = fetch
        self._concurrency = concurrency

    async def pages(self) -> AsyncIterator[Any]:
        import asyncio

        first = await self._fetch(1)
        yield first
        window = _Window(self._concurrency, 2, total_pages(first))
        inflight: dict[asyncio.Task[Any], int] = {}
        try:
            while not window.finished():
                for number in window.to_start(len(inflight)):
                    inflight[asyncio.ensure_future(self._fetch(number))] = number
                while (page := window.pop_ready()) is not NOT_YET:
                    yield page
                if inflight and not window.has_ready():
                    done, _ = await asyncio.wait(list(inflight), return_when=asyncio.FIRST_COMPLETED)
                    for task in done:
                        window.arrived(inflight.pop(task), task.result())
        finally:
            for task in inflight:
                task.cancel()
            if inflight:
                await asyncio.gather(*inflight, return_exceptions=True)

    async def _items(self) -> AsyncIterator[Any]:
        once = _Once()
        pages = self.pages()  # an async generator: closed below even when the consumer stops early
        try:
            async for page in pages:
                for item in once.fresh(page_items(page)):
                    yield item
        finally:
            await pages.aclose()  # type: ignore[attr-defined]

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._items()
