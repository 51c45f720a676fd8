"""Building the sandbox's HTTP answers: JSON bodies, error bodies and lazy byte streams.

Why one module: every handler answers through these helpers, so all errors share one shape
(`{"error": code, "message": text}`, the spec's `Error` schema), all JSON is serialised the
same way (compact, key order as built, so equal state gives byte-identical bodies), and large
bodies are streams that both the sync and the async httpx clients can iterate without the
sandbox ever holding them in memory.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from http import HTTPStatus
from typing import Any

import httpx

JSON_TYPE = "application/json"
# What follows the real body of an endless answer: JSON whitespace, so the body stays valid
# JSON as far as it goes (only a size limit can tell it from a slow, large answer).
FILLER = b" " * (64 << 10)
ENDLESS_MAX_BYTES = 8 << 30  # even an "endless" body ends, after 8 GiB of filler


class ApiError(Exception):
    """Raised by handlers to answer with an error status and the spec's `Error` body."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def error_code(status: int) -> str:
    """`404` -> `"not_found"`: the reason phrase as a short machine-readable code."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "error"
    return phrase.lower().replace(" ", "_").replace("-", "_").replace("'", "")


def dumps(obj: Any) -> bytes:
    """Compact, deterministic JSON (key order as built)."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def json_response(status: int, obj: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    all_headers = {"Content-Type": JSON_TYPE}
    all_headers.update(headers or {})
    return httpx.Response(status, headers=all_headers, content=dumps(obj))


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return json_response(status, {"error": error_code(status), "message": message}, headers)


def empty_response(status: int = 200) -> httpx.Response:
    """A bodiless answer, for operations whose spec response has no content."""
    return httpx.Response(status, headers={"Content-Length": "0"}, content=b"")


def text_response(status: int, text: str, headers: dict[str, str] | None = None) -> httpx.Response:
    all_headers = {"Content-Type": "text/plain; charset=utf-8"}
    all_headers.update(headers or {})
    return httpx.Response(status, headers=all_headers, content=text.encode("utf-8"))


class ChunkStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body produced chunk by chunk by `factory()`, readable sync or async.

    The factory is called at iteration time, after the sandbox lock is released, so a big
    artifact streams while other requests are served. `limit` cuts the stream after that many
    bytes (the truncation fault) without changing the advertised Content-Length. `drip` sends it
    one byte every `drip` seconds, real time whatever the sandbox clock (the drip fault: iterated
    sync it sleeps, async it awaits `anyio.sleep`, so an event loop is never blocked). `endless`
    follows the body with FILLER up to ENDLESS_MAX_BYTES (the endless fault).
    """

    def __init__(
        self,
        factory: Callable[[], Iterable[bytes]],
        limit: int | None = None,
        *,
        drip: float | None = None,
        endless: bool = False,
    ) -> None:
        self._factory = factory
        self._limit = limit
        self._drip = drip
        self._endless = endless

    def _chunks(self) -> Iterator[bytes]:
        yield from self._factory()
        filler = 0
        while self._endless and filler < ENDLESS_MAX_BYTES:
            yield FILLER
            filler += len(FILLER)

    def pieces(self) -> Iterator[bytes]:
        """The body as it is to be sent (cut, split into bytes, filled), without the waits: for
        a sender that waits between the pieces itself (the loopback server)."""
        remaining = self._limit
        for chunk in self._chunks():
            if remaining is not None:
                if remaining <= 0:
                    return
                chunk = chunk[:remaining]
                remaining -= len(chunk)
            if self._drip is None:
                if chunk:
                    yield chunk
            else:
                yield from (chunk[i : i + 1] for i in range(len(chunk)))

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces():
            if self._drip is not None:
                time.sleep(self._drip)
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import anyio  # only async users of the drip fault need it

        for piece in self.pieces():
            if self._drip is not None:
                await anyio.sleep(self._drip)
            yield piece


def _factory_of(response: httpx.Response) -> Callable[[], Iterable[bytes]]:
    stream = response.stream
    if isinstance(stream, ChunkStream):
        return stream._factory
    body = response.content
    return lambda: [body]


def truncated(response: httpx.Response, limit: int) -> httpx.Response:
    """`response` whose body stops after `limit` bytes while Content-Length keeps the full size."""
    factory = _factory_of(response)
    if "content-length" not in response.headers and not isinstance(response.stream, ChunkStream):
        response.headers["Content-Length"] = str(len(response.content))
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=ChunkStream(factory, limit=limit),
        extensions=response.extensions,
    )


def trickling(response: httpx.Response, *, drip: float | None = None, endless: bool = False) -> httpx.Response:
    """`response` whose body arrives one byte every `drip` seconds (Content-Length kept), or
    never ends (`endless`: the body, then FILLER; no Content-Length)."""
    factory = _factory_of(response)
    headers = httpx.Headers(response.headers)
    if endless:
        headers.pop("content-length", None)
    elif "content-length" not in headers and not isinstance(response.stream, ChunkStream):
        headers["Content-Length"] = str(len(response.content))
    return httpx.Response(
        response.status_code,
        headers=headers,
        stream=ChunkStream(factory, drip=drip, endless=endless),
        extensions=response.extensions,
    )
