"""Paging as objects you iterate: items of every page, in order, once each.

`client.paginate(op, ...)` and `client.iter_report(kind, ...)` return a `Paginator` (or an
`AsyncPaginator`): iterate it for items (stripe's `auto_paging_iter`), or call `.pages()` for the
parsed pages. Two strategies sit behind the one pair of classes:

- numbered pages (`paginate`): page 1 comes first because its `meta` says how many more there
  are; the rest are fetched up to `concurrency` at a time and still handed out in page order. How
  a listing that changes while it is read is healed is decided in `integr8._pagewalk.PageWalk`.
- report cursors (`iter_report`): one page after another, each asked for with the cursor the one
  before gave, and only once the one before has been handed out; rows deduplicated and cursor
  loops refused in `integr8._reports.CursorWalk`.

Both walks are sans-IO: they say what to fetch and what to hand out, and the two drivers below
only fetch (the sync one in the caller's thread at `concurrency=1`, else on threads; the async
one on asyncio tasks). Leaving the loop early cancels what is in flight: the async paginator
cancels its tasks; the sync one starts nothing new and drops queued pages, while the few requests
already running on its threads (at most `concurrency`) finish and are discarded, since a blocking
httpx request cannot be interrupted.
"""

from __future__ import annotations

import enum
import math
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, cast

from ._filter_operators import FILTER_OPERATORS, near_operators
from ._pagewalk import NOT_YET, PageWalk
from ._reports import CursorWalk
from .errors import ConfigurationError

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

    from integr8_client.types import Unset

T = TypeVar("T")

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
    """`{"active": True, "name": {"like": "x"}}` -> `filter[active]`, `filter[name][like]`.

    A plain value means `eq` (the API's default operator, per the reference's introduction);
    dotted field names pass through (`filter[outer.inner]`); a list (for operators such as `in`)
    becomes one comma-separated value, as typed array parameters do (`wire_value`, which also
    says what is refused: None, bytes, mappings, NaN, items holding a comma ...). Operators are
    exactly `integr8._filter_operators.FILTER_OPERATORS` (eq, ne, like, nlike, gt, gte, lt, lte,
    in, nin, eq_n, ne_n); any other is refused, whatever `strict_filters` says (which fields
    exist is checked by the caller, `integr8._filters`). Raises ConfigurationError naming the
    parameter, e.g. `filter[name][in]`, or the unknown operator and the known ones.
    """
    out: dict[str, str] = {}
    for field, condition in (filters or {}).items():
        if not isinstance(field, str) or not field or "[" in field or "]" in field:
            raise ConfigurationError(f"filters: bad field name {field!r} (use dotted names like 'results_meta.total')")
        if isinstance(condition, Mapping):
            if not condition:
                raise ConfigurationError(f"filters: {field!r} has an empty operator mapping")
            for op, value in condition.items():
                if op not in FILTER_OPERATORS:
                    raise _unknown_operator(field, op)
                out[f"filter[{field}][{op}]"] = wire_value(value, f"filter[{field}][{op}]")
        else:
            out[f"filter[{field}]"] = wire_value(condition, f"filter[{field}]")
    return out


def _unknown_operator(field: str, op: object) -> ConfigurationError:
    near = near_operators(op)
    hint = f" Did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
    return ConfigurationError(
        f"filters[{field!r}]: unknown operator {op!r}; the API's operators are "
        f"{', '.join(FILTER_OPERATORS)} (a plain value means eq).{hint}"
    )


def sort_param(sort: str | Iterable[str] | None) -> str | None:
    """`["-created_at", "name"]` -> `-created_at,name`."""
    if sort is None:
        return None
    keys = [sort] if isinstance(sort, str) else list(sort)
    for key in keys:
        if not isinstance(key, str) or not key.lstrip("-") or "," in key:
            raise ConfigurationError(f"sort: bad key {key!r} (use field names, '-' in front for descending)")
    return ",".join(keys)


class Page(Protocol[T]):
    """A page of a numbered list operation, as `paginate` wants its operation to return: the
    generated list models (`integr8_client.models.OfferList`, `AdvertiserList` ...), whose `data`
    holds the items (`list[Offer]`; unset or null on an empty page). `client.paginate(op, ...)` is
    a `Paginator[T]` for an `op` returning `Page[T]`."""

    @property
    def data(self) -> list[T] | Unset: ...


Strategy = Literal["numbered", "cursor"]
"""How a paginator walks: `numbered` pages (`page[number]`, `fetch(number)`) or report `cursor`s
(`page[after]`, `fetch(after)`, None for the first page)."""

Token = tuple[int, Any]  # what a walk asks for; the driver fetches `token[1]`


class _Walk(Protocol):
    """What the drivers need of a walk (`PageWalk`, `CursorWalk`)."""

    listing_changed: bool
    heal_passes: int
    fresh: list[Any]

    def wanted(self, in_flight: int) -> list[Token]: ...
    def arrived(self, token: Token, page: Any) -> None: ...
    def has_ready(self) -> bool: ...
    def pop_ready(self) -> Any: ...
    def done(self) -> bool: ...


class _Paging(Generic[T]):
    """What both paginators hold: how to fetch a page, which walk to run, what the last walk found.

    `fetch(number)` (numbered) or `fetch(after)` (cursor) gets a page; with `parse`, it gets what
    `parse` makes the page of (the client fetches the answer's bytes and parses them apart), and
    every driver parses on the thread that reads the pages, as each answer arrives, so the
    sync driver's workers are free for the next request as soon as their answer is in."""

    def __init__(
        self,
        fetch: Callable[[Any], Any],
        concurrency: int = 1,
        *,
        page_size: int = 100,
        operation: str = "",
        strategy: Strategy = "numbered",
        parse: Callable[[Any], Any] | None = None,
    ):
        if strategy not in ("numbered", "cursor"):
            raise ConfigurationError(f"strategy must be 'numbered' or 'cursor', got {strategy!r}")
        if strategy == "cursor" and concurrency != 1:
            raise ConfigurationError(
                f"concurrency={concurrency!r}: report pages are read one after another (each page's cursor "
                "names the next); leave concurrency at 1"
            )
        self._fetch = fetch
        self._parse = parse or _as_is
        self._concurrency = check_concurrency(concurrency)
        self._page_size = page_size
        self.strategy: Strategy = strategy
        self.operation = operation or ("listing" if strategy == "numbered" else "report")
        self.listing_changed = False
        self.heal_passes = 0

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.operation} ({self.strategy})>"

    def _walk(self) -> _Walk:
        walk: _Walk
        if self.strategy == "numbered":
            walk = PageWalk(self.operation, self._page_size, self._concurrency)
        else:
            walk = CursorWalk(self.operation)
        self._current = walk
        self.listing_changed, self.heal_passes = False, 0
        return walk

    _stepping: Any = None

    def _kept(self) -> Any:
        """The walk `next()`/`anext()` keeps, started on first use (`_items` of the subclass)."""
        if self._stepping is None:
            self._stepping = self._items()  # type: ignore[attr-defined]
        return self._stepping

    def _hand_out(self, walk: _Walk) -> Iterator[Any]:
        """The pages ready to hand out, in order (each one's new items in `walk.fresh`)."""
        while (page := walk.pop_ready()) is not NOT_YET:
            self.listing_changed, self.heal_passes = walk.listing_changed, walk.heal_passes
            yield page
        self.listing_changed, self.heal_passes = walk.listing_changed, walk.heal_passes


class Paginator(_Paging[T]):
    """Iterate for items (`T`, the operation's item model); `.pages()` for the pages as the server
    sent them (the operation's response model: `OfferList`, `ConversionReport` ...).

    Numbered pages (`client.paginate`): every item that exists for the whole listing, once, in
    page order, even when the listing changes while it is read (see `integr8._pagewalk`: it
    re-reads what could have shifted, and raises `ListingChangedError` if that does not settle).
    `.pages()` yields each page read, re-read pages included, unfiltered. After (or during)
    iteration, `listing_changed` says whether the listing changed under it and `heal_passes` how
    many re-reads that took. Raises `APIResponseValidationError` for page counts that cannot be
    trusted.

    Report cursors (`client.iter_report`): every row once, newest first, deduplicated against the
    page before; `CursorLoopError` (before any row would repeat) when the cursors go round.
    `listing_changed` stays False.

    Errors of the requests themselves (`APIError` and its subclasses) are raised where iteration
    reaches them.

    Each iteration (`for`, `iter()`, `.pages()`) is a fresh walk from the first page: iterating
    twice reads the listing twice, and may see it changed. Except after `next()`: it keeps one
    walk, which `for` then continues (peek a row, loop over the rest, no row twice), and
    `close()` ends (the paginator behaves as the generator `iter_report` used to return).
    `listing_changed` and `heal_passes` describe the walk last started; `operation` names the
    operation (`offers.list_offers`) and
    `strategy` the walk (`"numbered"` or `"cursor"`). The walk is lazy: nothing is fetched before
    iteration starts, and stopping early (`break`, closing the iterator) starts no more requests.
    """

    def _walked(self) -> Iterator[tuple[Any, list[Any]]]:
        walk = self._walk()
        fetcher: _Inline | _Threads
        if self._concurrency == 1:
            fetcher = _Inline(self._fetch, self._parse, walk)
        else:
            assert isinstance(walk, PageWalk)  # report cursors are read one at a time
            fetcher = _Threads(self._fetch, self._parse, self._concurrency, walk)
        try:
            while not walk.done():
                if fetcher.ahead or not walk.has_ready():
                    fetcher.top_up()
                if walk.has_ready():
                    for page in self._hand_out(walk):
                        yield page, walk.fresh
                    continue
                for token, page in fetcher.wait():
                    walk.arrived(token, page)
        finally:
            fetcher.close()

    def pages(self) -> Iterator[Any]:
        """The pages of one fresh walk, in order (see the class docstring)."""
        for page, _ in self._walked():
            yield page

    def _items(self) -> Generator[T, None, None]:
        for _, fresh in self._walked():
            yield from fresh

    _stepping: Generator[T, None, None] | None = None

    def __iter__(self) -> Iterator[T]:
        """A fresh walk; or, once `next()` has started one, that walk (as the generator
        `iter_report` used to return: peek with `next()`, then `for` the rest, no row twice)."""
        return self._stepping if self._stepping is not None else self._items()

    def __next__(self) -> T:
        """The next item of the walk `next()` keeps (started by its first call)."""
        return cast(T, next(self._kept()))

    def close(self) -> None:
        """End the walk `next()` started (nothing more is fetched); `contextlib.closing` works."""
        if self._stepping is not None:
            self._stepping.close()


class AsyncPaginator(_Paging[T]):
    """`async for` items; `.pages()` for the pages (an async iterator): the same walks, items,
    attributes, errors and one fresh walk per iteration as `Paginator`, with pages fetched on
    asyncio tasks (up to `concurrency` at a time). Leaving an `async for` early cancels the tasks
    in flight when its iterator is closed: at once with `aclose()` (or `contextlib.aclosing`),
    else when the event loop finalizes it."""

    async def _walked(self) -> AsyncIterator[tuple[Any, list[Any]]]:
        walk = self._walk()
        fetcher = _Tasks(self._fetch, self._parse)
        try:
            while not walk.done():
                for token in walk.wanted(fetcher.in_flight()):
                    fetcher.start(token)
                if walk.has_ready():
                    for page in self._hand_out(walk):
                        yield page, walk.fresh
                    continue
                for token, page in await fetcher.wait():
                    walk.arrived(token, page)
        finally:
            await fetcher.close()

    async def pages(self) -> AsyncIterator[Any]:
        """The pages of one fresh walk, in order (see the class docstring)."""
        walked = self._walked()
        try:
            async for page, _ in walked:
                yield page
        finally:
            await walked.aclose()  # type: ignore[attr-defined]

    async def _items(self) -> AsyncGenerator[T, None]:
        walked = self._walked()  # an async generator: closed below even when the consumer stops early
        try:
            async for _, fresh in walked:
                for item in fresh:
                    yield item
        finally:
            await walked.aclose()  # type: ignore[attr-defined]

    _stepping: AsyncGenerator[T, None] | None = None

    def __aiter__(self) -> AsyncIterator[T]:
        """A fresh walk, or the one `anext()` started (see `Paginator.__iter__`)."""
        return self._stepping if self._stepping is not None else self._items()

    async def __anext__(self) -> T:
        """The next item of the walk `anext()` keeps (see `Paginator.__next__`)."""
        return cast(T, await anext(self._kept()))

    async def aclose(self) -> None:
        """End the walk `anext()` started, cancelling its requests in flight
        (`contextlib.aclosing` works)."""
        if self._stepping is not None:
            await self._stepping.aclose()


# -- fetching: what the two drivers differ in --------------------------------------------------


class _Inline:
    """Concurrency 1, sync: the one page asked for is fetched in the caller's thread when the
    driver waits for it, and asked for only once the pages before it have been handed out (so a
    page a heal pass makes stale is never fetched)."""

    ahead = False

    def __init__(self, fetch: Callable[[Any], Any], parse: Callable[[Any], Any], walk: _Walk):
        self._fetch = fetch
        self._parse = parse
        self._walk = walk
        self._queued: list[Token] = []

    def top_up(self) -> None:
        self._queued.extend(self._walk.wanted(len(self._queued)))

    def wait(self) -> list[tuple[Token, Any]]:
        _check_progress(self._queued)
        token = self._queued.pop(0)
        return [(token, self._parse(self._fetch(token[1])))]

    def close(self) -> None:
        self._queued.clear()


class _Threads:
    """Sync, `concurrency` worker threads, each fetching one page at a time; pages are parsed
    (`parse`) on the reading thread while it keeps up, so a worker never holds a request back
    while it parses (a thread pool whose workers fetch and parse starts each page's request only
    after parsing the page before, a latency later than need be). When the reader falls behind
    (`backlog_limit` answers already wait for it), a worker parses its own page instead: the
    reader is the bottleneck then, and answers must not pile up as bytes and parsed pages both.

    The workers never wait for the consumer: up to `2 * concurrency` pages are asked for at once
    (`PageWalk.wanted(..., limit=)`, which also keeps them within `2 * concurrency` pages of what
    has been handed out), so a worker that finishes a page starts the next queued one at once,
    as a thread pool's `map` does, while at most `concurrency` requests are on the wire. Pages
    still queued when a heal pass starts (their pass has ended) are cancelled, never fetched.
    Finished pages come back through a queue: `wait` parses one at a time, the lowest page first
    (the one the reader needs next), so a burst of answers never becomes a burst of parsed pages
    held at once.
    """

    ahead = True

    def __init__(self, fetch: Callable[[Any], Any], parse: Callable[[Any], Any], concurrency: int, walk: PageWalk):
        import queue
        from concurrent.futures import ThreadPoolExecutor

        self._fetch = fetch
        self._parse = parse
        self._walk = walk
        self._limit = 2 * concurrency
        self._behind = backlog_limit(concurrency)
        self._pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="integr8-page")
        self._inflight: dict[Future[Any], Token] = {}  # started, not yet taken from `_finished`
        self._finished: queue.SimpleQueue[Future[Any]] = queue.SimpleQueue()
        self._arrived: dict[Token, Future[Any]] = {}  # finished, not yet parsed
        self._pass = walk.pass_number

    def top_up(self) -> None:
        if self._walk.pass_number != self._pass:  # a pass ended: drop what it queued
            self._pass = self._walk.pass_number
            for future, token in list(self._inflight.items()):
                if token[0] != self._pass and future.cancel():
                    del self._inflight[future]
        for token in self._walk.wanted(len(self._inflight) + len(self._arrived), limit=self._limit):
            future = self._pool.submit(self._work, token[1])
            self._inflight[future] = token
            future.add_done_callback(self._finished.put)

    def wait(self) -> list[tuple[Token, Any]]:
        """The finished page that comes first (lowest pass, then page number), parsed; waits for
        one to finish if none has."""
        while not self._arrived:
            _check_progress(self._inflight)
            self._take(self._finished.get())
        while not self._finished.empty():
            self._take(self._finished.get())
        token = min(self._arrived)
        answer = self._arrived.pop(token).result()
        return [(token, answer.page if type(answer) is _Parsed else self._parse(answer))]

    def _work(self, where: Any) -> Any:
        """A worker's task: fetch the page; parse it too if the reader is behind (read without a
        lock: a hint, whichever way it goes the page is parsed once)."""
        answer = self._fetch(where)
        if len(self._arrived) + self._finished.qsize() >= self._behind:
            return _Parsed(self._parse(answer))
        return answer

    def _take(self, future: Future[Any]) -> None:
        token = self._inflight.pop(future, None)
        if token is not None:  # else cancelled: dropped already
            self._arrived[token] = future

    def close(self) -> None:
        for future in self._inflight:
            future.cancel()
        self._arrived.clear()
        self._pool.shutdown(wait=False, cancel_futures=True)


class _Tasks:
    """Async, up to `concurrency` pages at a time (the walk never asks for more) on asyncio tasks."""

    def __init__(self, fetch: Callable[[Any], Awaitable[Any]], parse: Callable[[Any], Any]):
        self._fetch = fetch
        self._parse = parse
        self._inflight: dict[asyncio.Task[Any], Token] = {}

    def in_flight(self) -> int:
        return len(self._inflight)

    def start(self, token: Token) -> None:
        import asyncio

        self._inflight[asyncio.ensure_future(self._fetch(token[1]))] = token

    async def wait(self) -> list[tuple[Token, Any]]:
        import asyncio

        _check_progress(self._inflight)
        done, _ = await asyncio.wait(list(self._inflight), return_when=asyncio.FIRST_COMPLETED)
        return [(self._inflight.pop(task), self._parse(task.result())) for task in done]

    async def close(self) -> None:
        import asyncio

        for task in self._inflight:
            task.cancel()
        if self._inflight:
            await asyncio.gather(*self._inflight, return_exceptions=True)


def _as_is(page: Any) -> Any:
    return page


def backlog_limit(concurrency: int) -> int:
    """How many fetched answers may wait for the reading thread before workers parse their own
    pages (`_Threads`): half the concurrency, at least 1."""
    return max(1, concurrency // 2)


class _Parsed:
    """A page a worker parsed itself (`_Threads._work`)."""

    __slots__ = ("page",)

    def __init__(self, page: Any):
        self.page = page


def _check_progress(inflight: Iterable[Any]) -> None:
    if not inflight:  # the walk wants nothing, has nothing ready and is not done: a bug, not a hang
        raise RuntimeError("integr8 pagination stalled: no page in flight and none ready")
