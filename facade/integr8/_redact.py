"""Keeping secrets out of logs and messages.

Three kinds of secret pass through this SDK: the Integr8 API key (a header), AppSamurai's token
(a segment of its URL path) and signed download URLs (their query string is the credential).
httpx itself logs every request's full URL at INFO level ("HTTP Request: GET https://..."), so
besides redacting our own messages we attach a filter to the `httpx` logger that rewrites those
records. Clients register their secrets here when they are created.
"""

from __future__ import annotations

import logging
import re
import threading
import weakref
from typing import Any

MASK = "***"
# Query parameters that make a URL a credential (signed URLs, guest links).
SECRET_QUERY_KEYS = ("signature", "sig", "token", "x-amz-signature", "x-goog-signature", "expires")
# Query parameters whose *value* is a credential in the signed-URL shapes seen in the wild (S3,
# GCS, Azure SAS, CloudFront, and hosts that name it auth/key/access_token).
SECRET_VALUE_KEYS = (
    "signature",
    "sig",
    "token",
    "access_token",
    "auth",
    "key",
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-security-token",
    "x-goog-signature",
    "x-goog-credential",
    "key-pair-id",
    "policy",
)

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


def short_url(url: Any) -> str:
    """What may be shown of a signed URL: scheme, host and file name, nothing of the rest."""
    import httpx

    parsed = httpx.URL(str(url))
    name = parsed.path.rsplit("/", 1)[-1]
    return f"{parsed.scheme}://{parsed.host}/{MASK}/{name}" if name else f"{parsed.scheme}://{parsed.host}/{MASK}"


class _SignedURL:
    """A registered signed URL: every spelling of it that a log line may hold, and its short form."""

    __slots__ = ("spellings", "short", "__weakref__")

    def __init__(self, url: str):
        import httpx

        parsed = httpx.URL(url)
        raw = parsed.raw_path.decode("ascii", "replace")  # path and query as sent
        query = parsed.query.decode("ascii", "replace")
        self.short = short_url(url)
        # The whole URL first (it becomes the short form); then the pieces a line may hold on
        # their own (httpcore's lines print the target: path and query), masked. Not the bare
        # folder: a common one (`/artifacts`) would be masked inside unrelated URLs.
        self.spellings = tuple(dict.fromkeys(p for p in (str(parsed), url, raw, query) if p and len(p) >= 8))

    def __repr__(self) -> str:
        return "<signed URL>"


_signed: weakref.WeakValueDictionary[int, _SignedURL] = weakref.WeakValueDictionary()


def register_signed_url(url: str) -> _SignedURL:
    """Keep every part of `url` but its host and file name out of log records (and of `redact`)
    while the returned handle lives: a signed URL's secret may sit in its query (`signature=`,
    `auth=`, `key=` ...) or in its path, whatever the storage's shape."""
    handle = _SignedURL(url)
    with _lock:
        _signed[id(handle)] = handle
    _install_filter()
    return handle


def _mask_signed(text: str) -> str:
    with _lock:
        urls = list(_signed.values())
    for url in urls:  # every whole URL first: another URL's piece must not break one up
        text = text.replace(url.spellings[0], url.short)
    pieces = {piece for url in urls for piece in url.spellings[1:]}
    for piece in sorted(pieces, key=len, reverse=True):
        text = text.replace(piece, MASK)
    return text


def mask_secrets(text: str, secrets: tuple[str, ...] = (), *, signed_urls: bool = True) -> str:
    """`text` with the given and every registered secret (keys, tokens, and unless `signed_urls`
    is False the signed URLs being downloaded, shortened to host and file name) masked."""
    if signed_urls:
        text = _mask_signed(text)
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
        if sep and any(f"{k}=" in query.lower() for k in (*SECRET_QUERY_KEYS, *SECRET_VALUE_KEYS)):
            trail = "".join(ch for ch in query[-1:] if ch in "\"')>,")
            word = f"{base}?{MASK}{trail}"
        out.append(word)
    return " ".join(out)


# Secret query parameters of signed URLs in recorded text: the value goes, the name stays, so a
# replayed request still matches and a recorded body still reads as a URL.
_SIGNED_VALUE = re.compile(
    r"((?:^|[?&;]|\\u0026)(?:" + "|".join(SECRET_VALUE_KEYS) + r")=)[^&;\"'\s\\]+", re.IGNORECASE
)
# Guest-access tokens of exports (`"guest_token": "..."`): a credential for the shared report.
_GUEST_TOKEN = re.compile(r'("guest_token"\s*:\s*")(?:[^"\\]|\\.)*(")')  # escaped quotes inside too


def scrub_recorded(text: str, mask: str = MASK) -> str:
    """Recorded HTTP text (a cassette's URI or body) without credentials: the values of signed-URL
    query parameters (`signature=`, `auth=`, `key=`, ... see `SECRET_VALUE_KEYS`), export guest
    tokens, and every registered secret (keys, tokens, signed URLs being downloaded), while URLs
    keep their shape (the `?` and the parameter names stay)."""
    text = _GUEST_TOKEN.sub(rf"\g<1>{mask}\g<2>", text)
    text = _SIGNED_VALUE.sub(rf"\g<1>{mask}", text)
    # Not shortened like a log line: a cassette's request must still match on replay.
    return mask_secrets(text, signed_urls=False)


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
