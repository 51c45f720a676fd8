"""Every exception the SDK raises, in one place.

    Integr8Error
    ├── ConfigurationError        bad arguments or settings, raised before any request (also a ValueError)
    │   └── InvalidUpdatesError   conversion updates that cannot be sent; `.problems` lists each
    ├── APIError                  a request failed, however; `.request`, `.body` (one `except` for all three)
    │   ├── APIConnectionError    no HTTP answer: connection refused, reset, DNS ...
    │   │   └── APITimeoutError   the request timed out, or its whole answer did not arrive in time
    │   ├── APIResponseValidationError  a 2xx answer whose body does not parse as the spec says
    │   │   └── ResponseTooLargeError   an answer's body is larger than `max_response_bytes`; `.limit`
    │   └── APIStatusError        a non-2xx answer; `.status_code`, `.response`
    │       ├── BadRequestError   400
    │       ├── AuthenticationError   401
    │       ├── RequestFailedError    402  (the parameters were valid but the request failed)
    │       ├── PermissionDeniedError 403
    │       ├── NotFoundError     404
    │       ├── RateLimitError    429; `.retry_after`: the seconds the server asked to wait, or None
    │       └── ServerError       500, 502, 503, 504 and any other 5xx (`.retry_after` too)
    ├── PaginationError           a listing that cannot be read completely and exactly; `.operation`
    │   ├── ListingChangedError   it kept changing while it was read (numbered pages)
    │   └── CursorLoopError       its cursors went round (report pages)
    ├── VerificationError         update_conversions(raise_on_unapplied=True): `.report` has every fate
    ├── UpdatesPartlySentError    a batch of conversion updates failed after others went out; `.sent`,
    │                             `.answer_lost`, `.unsent`, `.report`
    ├── MassDeactivationError     an AppSamurai sync would deactivate too many offers at once (also a ValueError)
    └── ExportError               a Download Center export went wrong; `.export_id` to resume or inspect
        ├── ExportFailedError     the export ended in ERROR or CANCELED, or in a status the spec does not
        │                         list that came with error text; `.status`, `.error` (server text)
        ├── ExportTimeoutError    not COMPLETED within `timeout`; resume_export(export_id) picks it up
        ├── DownloadError         the artifact could not be downloaded completely
        └── ArtifactError         the downloaded zip is unsafe or broken (CRC, members, zip bomb)

Other statuses (405, 409, 422, ...) raise `APIStatusError` itself. Messages name the method and
path, never the query string or headers, and mask every secret the SDK knows (the API key, the
AppSamurai token in its URL path), even when a server echoes one back: they are safe to log.

Nor do the errors keep a secret anywhere else: the request an error holds (`.request`,
`.response.request`) has lost its `API-KEY`/`Authorization` headers, and its URL has every
known secret masked and a signed query string cut (`integr8._redact.redact`). `scrub` does the
same to every httpx request held by an exception chained to it (`__cause__`, `__context__`),
and the SDK applies it to whatever it raises or lets through from a request.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._redact import mask_secrets, redact
from ._retry import parse_retry_after

__all__ = [
    "Integr8Error",
    "ConfigurationError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "ResponseTooLargeError",
    "PaginationError",
    "ListingChangedError",
    "CursorLoopError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "RequestFailedError",
    "PermissionDeniedError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "InvalidUpdatesError",
    "VerificationError",
    "UpdatesPartlySentError",
    "MassDeactivationError",
    "ExportError",
    "ExportFailedError",
    "ExportTimeoutError",
    "DownloadError",
    "ArtifactError",
]


class Integr8Error(Exception):
    """Base class of every error this SDK raises on purpose.

    Every one pickles (so `ProcessPoolExecutor` and `multiprocessing` can hand it back): it is
    rebuilt from its message and its attributes, not by calling `__init__` again (whose keyword
    arguments the default pickling cannot replay). The attributes are as the error holds them:
    requests already without credentials, URLs with secrets masked.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[Integr8Error], args: tuple[Any, ...]) -> Integr8Error:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    return error


class ConfigurationError(Integr8Error, ValueError):
    """A missing key, a bad URL or another setting that would make every request fail."""


class InvalidUpdatesError(ConfigurationError):
    """Some conversion updates are malformed; nothing was sent. `.problems`: `(index, message)`."""

    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        lines = "\n".join(f"  updates[{i}]: {msg}" for i, msg in problems)
        super().__init__(f"{len(problems)} invalid update(s), nothing was sent:\n{lines}")


class UpdatesPartlySentError(Integr8Error):
    """Sending conversion updates stopped at a failed batch, after some updates had gone out.

    Three disjoint lists of the caller's `ConversionUpdate`s, in input order, together all of them:

    - `.sent`: their request was answered with success (whether each was applied: `.report`);
    - `.answer_lost`: their request was sent, then the connection broke before the answer (an
      `APIConnectionError` other than a failure to connect): the server may have applied them,
      so they were never resent, and `.report` says what the Conversion Report shows;
    - `.unsent`: not applied by this call: never sent, or in a batch the server answered with an
      error status (then `__cause__` is that `APIStatusError`). Send these again.

    `.report`: the `ConversionUpdateReport` of `.sent` and `.answer_lost` (verified as
    `update_conversions` verifies, or unverified with `verify=False`); None when built without
    one. `__cause__`: the error of the failed batch. Sending stops at the first failed batch
    (see `integr8._conversions`)."""

    def __init__(
        self,
        *,
        sent: list[Any],
        unsent: list[Any],
        cause: Exception,
        answer_lost: list[Any] | None = None,
        report: Any = None,
    ):
        lost = list(answer_lost or [])
        out = len(sent) + len(lost)
        message = f"sending conversion updates failed after {out} of {out + len(unsent)} were sent"
        if lost:
            message += (
                f" ({len(lost)} of them lost their answer: the connection broke after they were sent; "
                "not resent, checked against the report)"
            )
        if unsent:
            why = "the failed batch got an error answer" if isinstance(cause, APIStatusError) else "never sent"
            message += f"; {len(unsent)} not applied by this call ({why}): send them again"
        super().__init__(f"{message}: {cause}")
        self.sent = sent
        self.answer_lost = lost
        self.unsent = unsent
        self.report = report


class MassDeactivationError(Integr8Error, ValueError):
    """`plan_sync` refused a plan that would deactivate more of the live offers mirrored from
    AppSamurai than `max_deactivation_share` allows: a pull that lost campaigns (an outage, a
    truncated answer) looks exactly like that. `.deactivations` of `.live` offers, `.max_share`
    (a fraction, 0.2 = 20%). Nothing was written. Pass `allow_mass_deactivation=True` if
    AppSamurai really stopped listing them (the CLI: `--allow-mass-deactivation`)."""

    def __init__(self, *, deactivations: int, live: int, max_share: float):
        self.deactivations = deactivations
        self.live = live
        self.max_share = max_share
        super().__init__(self.explain("allow_mass_deactivation=True", "max_deactivation_share"))

    def explain(self, allow: str, share: str) -> str:
        """The message, naming the two ways to allow it as the caller spells them."""
        return (
            f"refusing to deactivate {self.deactivations} of the {self.live} live offer(s) mirrored from "
            f"AppSamurai ({self.deactivations / self.live:.0%}, more than the {self.max_share * 100:g}% allowed): "
            "a pull that lost campaigns (an outage, a truncated answer) looks like this, so nothing was "
            f"changed. Check the pull; if AppSamurai really stopped listing them, pass {allow} "
            f"(or raise {share})"
        )


class VerificationError(Integr8Error):
    """Not every conversion update was applied; `.report` is the full ConversionUpdateReport."""

    def __init__(self, report: Any):
        self.report = report
        super().__init__(f"Not every conversion update was applied: {report.summary()}")


class ExportError(Integr8Error):
    """Base of the Download Center errors; `.export_id` names the export."""

    def __init__(self, message: str, *, export_id: str | None):
        super().__init__(message)
        self.export_id = export_id


class ExportFailedError(ExportError):
    def __init__(self, *, export_id: str, status: str, error: str | None):
        detail = f": {error}" if error else ""
        super().__init__(f"Export {export_id} ended with status {status}{detail}", export_id=export_id)
        self.status = status
        self.error = error


class ExportTimeoutError(ExportError):
    def __init__(self, *, export_id: str, timeout: float, status: str | None):
        super().__init__(
            f"Export {export_id} was not COMPLETED within {timeout:g}s (last status: {status}); "
            f"call resume_export({export_id!r}, dest=...) to wait for it and fetch it later",
            export_id=export_id,
        )
        self.timeout = timeout
        self.status = status


class DownloadError(ExportError):
    """The artifact download failed (after retries); nothing was written at the destination."""


class ArtifactError(ExportError):
    """The artifact is not a safe, intact zip holding one file; nothing was written at the destination."""


_CREDENTIAL_HEADERS = ("API-KEY", "Authorization")


def _forget_credentials(request: httpx.Request | None, secrets: tuple[str, ...] = ()) -> None:
    """Drop credentials from a request an exception keeps, in place (it has been sent): the
    credential headers (httpx's Headers repr shows API-KEY), and the secrets in its URL (the
    AppSamurai token in the path, a signed URL's query string)."""
    if request is None:
        return
    for name in _CREDENTIAL_HEADERS:
        if name in request.headers:
            del request.headers[name]
    url = str(request.url)
    safe = redact(url, secrets)
    if safe != url:
        try:
            request.url = httpx.URL(safe)
        except (httpx.InvalidURL, ValueError):  # masking broke its syntax: keep host and file name
            from ._redact import short_url

            request.url = httpx.URL(short_url(url))


_ECHOING_HEADERS = ("location", "content-location", "set-cookie", "link", "refresh")


def _forget_echoed(response: httpx.Response | None, secrets: tuple[str, ...] = ()) -> None:
    """Mask, in place, what a server may echo of a secret in an answer an exception keeps: its
    body (a key quoted in an error message, a signed URL in a JSON answer) and the headers that
    carry URLs (a redirect's `Location` to a presigned URL)."""
    if response is None:
        return
    from ._redact import scrub_recorded

    for name in _ECHOING_HEADERS:
        for value in response.headers.get_list(name):
            safe = scrub_recorded(redact(value, secrets))
            if safe != value:
                response.headers[name] = safe
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return
    if not content:
        return
    text = content.decode("utf-8", "surrogateescape")
    safe = scrub_recorded(mask_secrets(text, secrets))
    if safe != text:
        response._content = safe.encode("utf-8", "surrogateescape")


def _masked_body(body: Any, secrets: tuple[str, ...]) -> Any:
    """`body` (parsed JSON or text) with every string's secrets masked, shape kept."""
    from ._redact import scrub_recorded

    if isinstance(body, str):
        return scrub_recorded(mask_secrets(body, secrets))
    if isinstance(body, list):
        return [_masked_body(item, secrets) for item in body]
    if isinstance(body, dict):
        return {key: _masked_body(value, secrets) for key, value in body.items()}
    return body


def _requests_held(exc: BaseException) -> list[httpx.Request]:
    """The httpx requests an exception keeps: its own, and its response's."""
    held: list[httpx.Request] = []
    for name in ("_request", "request", "response"):
        try:
            value = getattr(exc, name, None)
            if isinstance(value, httpx.Response):
                value = value._request
        except RuntimeError:  # httpx: "The .request property has not been set."
            continue
        if isinstance(value, httpx.Request) and all(value is not r for r in held):
            held.append(value)
    return held


def scrub(exc: BaseException, secrets: tuple[str, ...] = ()) -> None:
    """Forget the credentials of every request held by `exc` and by the exceptions chained to it
    (`__cause__`, `__context__`, an exception group's members), in place: an `httpx.DecodingError`
    or `ReadError` keeps the request it failed on, with the API key in its headers or a signed
    URL. Bounded: at most 64 exceptions are looked at."""
    todo: list[BaseException] = [exc]
    seen: set[int] = set()
    while todo and len(seen) < 64:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for request in _requests_held(current):
            _forget_credentials(request, secrets)
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
        if isinstance(current, BaseExceptionGroup):
            todo += list(current.exceptions)


def _where(request: httpx.Request | None) -> str:
    # Path only: query strings may hold signed-URL signatures or guest tokens.
    if request is None:
        return ""
    return redact(f"{request.method} {request.url.path}")


class APIError(Integr8Error):
    """A request to the API failed, however: no answer (`APIConnectionError`), an error status
    (`APIStatusError`), or a 2xx whose body is not the documented shape
    (`APIResponseValidationError`). One `except APIError` covers "the request failed".

    `.request`: the request as sent, credentials removed and secrets in its URL masked (None
    when the failure is not one request's); `.body`: the answer's body, parsed JSON or text,
    with secrets masked (None without one)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, body: Any = None):
        super().__init__(message)
        _forget_credentials(request)
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The request got no HTTP answer."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None):
        where = _where(request)
        _forget_credentials(request)
        super().__init__(f"{message} ({where})" if where else message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out: no connection, no answer, or not the whole answer within the
    deadline (see `integr8._retry`); `detail` says which when the SDK knows."""

    def __init__(self, *, request: httpx.Request | None = None, detail: str | None = None):
        super().__init__(f"Request timed out: {detail}." if detail else "Request timed out.", request=request)


class APIResponseValidationError(APIError):
    """A successful status with a body that does not have the documented shape.

    `.response`, `.request`, `.status_code` and `.body` are None when the fault shows only
    across answers (page counts that contradict each other, say) rather than in one response."""

    def __init__(self, message: str, *, response: httpx.Response | None = None):
        request, body = None, None
        if response is not None:
            message = f"{message} ({_where(response.request)} -> {response.status_code})"
            _forget_credentials(response.request)
            _forget_echoed(response)  # e.g. the signed URL of an artifact-URL answer that did not parse
            request, body = response.request, _read_body(response)
        super().__init__(message, request=request, body=body)
        self.response = response
        self.status_code = response.status_code if response is not None else None


def _read_body(response: httpx.Response) -> Any:
    """The (already masked) body of a read answer, or None when it was not read (too large)."""
    try:
        return _body_of(response)
    except httpx.ResponseNotRead:
        return None


class ResponseTooLargeError(APIResponseValidationError):
    """An answer's body is (or announces, by Content-Length) more than `.limit` bytes, the
    client's `max_response_bytes`: reading on could exhaust memory. Nothing more is read."""

    def __init__(self, *, response: httpx.Response, limit: int):
        super().__init__(
            f"the answer's body is larger than max_response_bytes={limit} bytes; if an answer this "
            "large is expected, pass a larger max_response_bytes= to the client",
            response=response,
        )
        self.limit = limit


class PaginationError(Integr8Error):
    """A listing could not be read completely and exactly; `.operation` names the operation."""

    def __init__(self, message: str, *, operation: str):
        super().__init__(message)
        self.operation = operation


class ListingChangedError(PaginationError):
    """Numbered pages kept changing while they were read, beyond what re-reading could reconcile."""


class CursorLoopError(PaginationError):
    """A report's cursors came back to one already followed: reading on would loop forever."""


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    `.retry_after`: the seconds the answer's `Retry-After` header asked to wait before trying
    again (delta-seconds or an HTTP date, as seconds from when it arrived), or None without one.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        retry_after: float | None = None,
        secrets: tuple[str, ...] = (),
    ):
        _forget_credentials(response.request, secrets)
        _forget_echoed(response, secrets)
        super().__init__(message, request=response.request, body=_masked_body(body, secrets))
        self.response = response
        self.status_code = response.status_code
        self.retry_after = retry_after


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class RequestFailedError(APIStatusError):
    status_code = 402


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class RateLimitError(APIStatusError):
    status_code = 429


class ServerError(APIStatusError):
    """Any 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: RequestFailedError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def _body_of(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text or None


def server_message(body: Any) -> str:
    """The server's own text in an error body (its `message`, `error` or `detail`), "" when it
    has none. For messages only (unredacted: callers redact it)."""
    if isinstance(body, dict):
        for key in ("message", "error", "detail"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
        return ""
    if isinstance(body, str):
        return body
    return ""


def status_error(response: httpx.Response, secrets: tuple[str, ...] = ()) -> APIStatusError:
    """The typed error for a non-2xx response (the response body must have been read)."""
    code = response.status_code
    cls = _BY_STATUS.get(code) or (ServerError if code >= 500 else APIStatusError)
    body = _body_of(response)
    reason = response.reason_phrase or "Error"
    message = f"{code} {reason}: {_where(response.request)}"
    detail = redact(server_message(body), secrets)[:200]  # redact first: a cut could split a secret
    if detail:
        message += f": {detail}"
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if retry_after is not None:
        message += f" (the server asks to wait {round(retry_after, 1):g}s before trying again)"
    return cls(redact(message, secrets), response=response, body=body, retry_after=retry_after, secrets=secrets)
