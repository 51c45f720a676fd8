"""Numbered pagination as objects you iterate: items of every page, in page order, once each.

`client.paginate(op, ...)` returns a `Paginator` (or `AsyncPaginator`): iterate it for items
(stripe's `auto_paging_iter`), or call `.pages()` for the parsed pages. Page 1 comes first because
its `meta.total_page` says how many more there are; the rest are fetched up to `concurrency` at a
time and still yielded in page order. Leaving the loop early cancels what is in flight. If the
total grows while paging, the extra pages are fetched too; items seen before (same `id`) are
skipped, so an item that shifts to the next page is not yielded twice.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

MAX_PAGE_SIZE = 100


def check_page_size(page_size: int) -> int:
    if not isinstance(page_size, int) or isinstance(page_size, bool) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}, got {page_size!r}")
    return page_size


def check_concurrency(concurrency: int) -> int:
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise ValueError(f"concurrency must be a whole number of at least 1, got {concurrency!r}")
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
            raise ValueError(f"filters: bad field name {field!r} (use dotted names like 'results_meta.total')")
        if isinstance(condition, Mapping):
            if not condition:
                raise ValueError(f"filters: {field!r} has an empty operator mapping")
            for op, value in condition.items():
                if not isinstance(op, str) or not op.isidentifier():
                    raise ValueError(f"filters: {field!r} has a bad operator {op!r}")
                out[f"filter[{field}][{op}]"] = _wire_value(value)
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
            raise ValueError(f"sort: bad key {key!r} (use field names, '-' in front for descending)")
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
        from concurrent.futures import ThreadPoolExecutor  # only concurrent paging needs threads

        pool = ThreadPoolExecutor(max_workers=self._concurrency, thread_name_prefix="integr8-page")
        pending: deque[Future[Any]] = deque()
        try:
            while pending or next_page <= target:
                while len(pending) < self._concurrency and next_page <= target:
                    pending.append(pool.submit(self._fetch, next_page))
                    next_page += 1
                page = pending.popleft().result()
                target = max(target, total_pages(page))
                yield page
        finally:
            for future in pending:
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
        target = total_pages(first)
        next_page = 2
        pending: deque[asyncio.Task[Any]] = deque()
        try:
            while pending or next_page <= target:
                while len(pending) < self._concurrency and next_page <= target:
                    pending.append(asyncio.ensure_future(self._fetch(next_page)))
                    next_page += 1
                page = await pending.popleft()
                target = max(target, total_pages(page))
                yield page
        finally:
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)

    async def _items(self) -> AsyncIterator[Any]:
        once = _Once()
        pages = self.pages()
        try:
            async for page in pages:
                for item in once.fresh(page_items(page)):
                    yield item
        finally:
            await pages.aclose()

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._items()
