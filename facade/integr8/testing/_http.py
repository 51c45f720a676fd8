"""Building the sandbox's HTTP answers: JSON bodies, error bodies and lazy byte streams.

Why one module: every handler answers through these helpers, so all errors share one shape
(`{"error": code, "message": text}`, the spec's `Error` schema), all JSON is serialised the
same way (compact, key order as built, so equal state gives byte-identical bodies), and large
bodies are streams that both the sync and the async httpx clients can iterate without the
sandbox ever holding them in memory.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from http import HTTPStatus
from typing import Any

import httpx

JSON_TYPE = "application/json"


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
    bytes (the truncation fault) without changing the advertised Content-Length.
    """

    def __init__(self, factory: Callable[[], Iterable[bytes]], limit: int | None = None) -> None:
        self._factory = factory
        self._limit = limit

    def __iter__(self) -> Iterator[bytes]:
        remaining = self._limit
        for chunk in self._factory():
            if remaining is not None:
                if remaining <= 0:
                    return
                chunk = chunk[:remaining]
                remaining -= len(chunk)
            if chunk:
                yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def truncated(response: httpx.Response, limit: int) -> httpx.Response:
    """`response` whose body stops after `limit` bytes while Content-Length keeps the full size."""
    stream = response.stream
    if isinstance(stream, ChunkStream):
        factory = stream._factory
    else:
        body = response.content
        factory = lambda: [body]  # noqa: E731
        if "content-length" not in response.headers:
            response.headers["Content-Length"] = str(len(body))
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=ChunkStream(factory, limit=limit),
        extensions=response.extensions,
    )
