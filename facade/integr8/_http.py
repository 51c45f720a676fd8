"""Sending one request: retries by the policy, httpx errors turned into ours, non-2xx raised.

The sync and async senders are the same loop around `RetryPolicy`; nothing else in the SDK
retries, so every request (bound operations, pagination, reports, downloads) behaves alike.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

import httpx

from ._redact import redact
from ._retry import RetryPolicy
from .errors import APIConnectionError, APITimeoutError, status_error

log = logging.getLogger("integr8")

SyncSleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]


def _transport_error(request: httpx.Request, exc: Exception) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(f"Connection error: {type(exc).__name__}", request=request)


def _log_retry(request: httpx.Request, delay: float, attempt: int, policy: RetryPolicy, why: str) -> None:
    log.info(
        "Retrying %s %s in %.2fs (retry %d of %d) after %s",
        request.method,
        redact(request.url.path),
        delay,
        attempt + 1,
        policy.max_retries,
        why,
    )


def send(
    http: httpx.Client,
    request: httpx.Request,
    policy: RetryPolicy,
    *,
    stream: bool = False,
    sleep: SyncSleep = time.sleep,
    secrets: tuple[str, ...] = (),
) -> httpx.Response:
    """Send `request`, retrying as the policy says; return a 2xx response or raise."""
    attempt = 0
    while True:
        try:
            response = http.send(request, stream=stream)
        except httpx.TransportError as exc:
            delay = policy.retry_after_error(request.method, exc, attempt)
            if delay is None:
                raise _transport_error(request, exc) from exc
            why = type(exc).__name__
        else:
            delay = policy.retry_after_response(request.method, response, attempt)
            if delay is None:
                if response.is_success:
                    return response
                response.read()
                response.close()
                raise status_error(response, secrets)
            response.close()
            why = f"status {response.status_code}"
        _log_retry(request, delay, attempt, policy, why)
        sleep(delay)
        attempt += 1


async def send_async(
    http: httpx.AsyncClient,
    request: httpx.Request,
    policy: RetryPolicy,
    *,
    stream: bool = False,
    sleep: AsyncSleep | None = None,
    secrets: tuple[str, ...] = (),
) -> httpx.Response:
    """The awaitable twin of `send`."""
    if sleep is None:
        import asyncio

        sleep = asyncio.sleep
    attempt = 0
    while True:
        try:
            response = await http.send(request, stream=stream)
        except httpx.TransportError as exc:
            delay = policy.retry_after_error(request.method, exc, attempt)
            if delay is None:
                raise _transport_error(request, exc) from exc
            why = type(exc).__name__
        else:
            delay = policy.retry_after_response(request.method, response, attempt)
            if delay is None:
                if response.is_success:
                    return response
                await response.aread()
                await response.aclose()
                raise status_error(response, secrets)
            await response.aclose()
            why = f"status {response.status_code}"
        _log_retry(request, delay, attempt, policy, why)
        await sleep(delay)
        attempt += 1
