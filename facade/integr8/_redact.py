"""Keeping secrets out of logs and messages.

Three kinds of secret pass through this SDK: the Integr8 API key (a header), AppSamurai's token
(a segment of its URL path) and signed download URLs (their query string is the credential).
httpx itself logs every request's full URL at INFO level ("HTTP Request: GET https://..."), so
besides redacting our own messages we attach a filter to the `httpx` logger that rewrites those
records. Clients register their secrets here when they are created.
"""

from __future__ import annotations

import logging
import threading
import weakref
from typing import Any

MASK = "***"
# Query parameters that make a URL a credential (signed URLs, guest links).
SECRET_QUERY_KEYS = ("signature", "sig", "token", "x-amz-signature", "x-goog-signature", "expires")

_lock = threading.Lock()
_secrets: weakref.WeakValueDictionary[int, _Secret] = weakref.WeakValueDictionary()


class _Secret:
    """A registered secret; it stays registered while its owner keeps this object alive."""

    __slots__ = ("value", "__weakref__")

    def __init__(self, value: str):
        self.value = value

    def __repr__(self) -> str:
        return "<secret>"


def register(value: str) -> _Secret:
    """Keep `value` out of httpx's log records for as long as the returned handle lives."""
    handle = _Secret(value)
    with _lock:
        _secrets[id(handle)] = handle
    _install_filter()
    return handle


def mask_secrets(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` with the given and every registered secret masked."""
    with _lock:
        known = [s.value for s in _secrets.values()]
    # Longest first: masking a shorter form inside a longer one would leave the rest showing.
    for secret in sorted({*secrets, *known}, key=len, reverse=True):
        if secret and len(secret) >= 4:
            text = text.replace(secret, MASK)
    return text


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` with the given and every registered secret masked, and signed query strings cut."""
    return _cut_signed_queries(mask_secrets(text, secrets))


def _cut_signed_queries(text: str) -> str:
    if "?" not in text:
        return text
    out = []
    for word in text.split(" "):
        base, sep, query = word.partition("?")
        if sep and any(f"{k}=" in query.lower() for k in SECRET_QUERY_KEYS):
            trail = "".join(ch for ch in query[-1:] if ch in "\"')>,")
            word = f"{base}?{MASK}{trail}"
        out.append(word)
    return " ".join(out)


def redact_url(url: Any) -> str:
    """A URL (httpx.URL or text) safe to print: secrets masked, signed query string dropped."""
    return redact(str(url))


class _HttpxLogFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is not ours to fix
            return True
        safe = redact(message)
        if safe != message:
            record.msg, record.args = safe, ()
        return True


_filter = _HttpxLogFilter()


# A filter on a logger does not see records from its children, so every logger httpx and
# httpcore log to is named (httpcore's DEBUG lines print response headers, e.g. a redirect's
# Location to a presigned URL).
_HTTP_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def _install_filter() -> None:
    for name in _HTTP_LOGGERS:
        logger = logging.getLogger(name)
        if _filter not in logger.filters:
            logger.addFilter(_filter)
