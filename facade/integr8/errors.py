"""Every exception the SDK raises, in one place.

    Integr8Error
    ├── ConfigurationError        bad arguments or settings, raised before any request (also a ValueError)
    │   └── InvalidUpdatesError   conversion updates that cannot be sent; `.problems` lists each
    ├── APIConnectionError        no HTTP answer: connection refused, reset, DNS ...
    │   └── APITimeoutError       the request timed out, or its whole answer did not arrive in time
    ├── APIResponseValidationError  a 2xx answer whose body does not parse as the spec says
    │   └── ResponseTooLargeError   an answer's body is larger than `max_response_bytes`; `.limit`
    ├── PaginationError           a listing that cannot be read completely and exactly; `.operation`
    │   ├── ListingChangedError   it kept changing while it was read (numbered pages)
    │   └── CursorLoopError       its cursors went round (report pages)
    ├── VerificationError         update_conversions(raise_on_unapplied=True): `.report` has every fate
    ├── UpdatesPartlySentError    a later batch of conversion updates failed; `.sent`, `.unsent`
    ├── ExportError               a Download Center export went wrong; `.export_id` to resume or inspect
    │   ├── ExportFailedError     the export ended in ERROR or CANCELED, or in a status the spec does not
    │   │                         list that came with error text; `.status`, `.error` (server text)
    │   ├── ExportTimeoutError    not COMPLETED within `timeout`; resume_export(export_id) picks it up
    │   ├── DownloadError         the artifact could not be downloaded completely
    │   └── ArtifactError         the downloaded zip is unsafe or broken (CRC, members, zip bomb)
    └── APIStatusError            a non-2xx answer; `.status_code`, `.body`, `.response`
        ├── BadRequestError       400
        ├── AuthenticationError   401
        ├── RequestFailedError    402  (the parameters were valid but the request failed)
        ├── PermissionDeniedError 403
        ├── NotFoundError         404
        ├── RateLimitError        429; `.retry_after`: the seconds the server asked to wait, or None
        └── ServerError           500, 502, 503, 504 and any other 5xx (`.retry_after` too)

Other statuses (405, 409, 422, ...) raise `APIStatusError` itself. Messages name the method and
path, never the query string or headers, and mask every secret the SDK knows (the API key, the
AppSamurai token in its URL path), even when a server echoes one back: they are safe to log.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._redact import redact
from ._retry import parse_retry_after

__all__ = [
    "Integr8Error",
    "ConfigurationError",
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
    "ExportError",
    "ExportFailedError",
    "ExportTimeoutError",
    "DownloadError",
    "ArtifactError",
]


class Integr8Error(Exception):
    """Base class of every error this SDK raises on purpose."""


class ConfigurationError(Integr8Error, ValueError):
    """A missing key, a bad URL or another setting that would make every request fail."""


class InvalidUpdatesError(ConfigurationError):
    """Some conversion updates are malformed; nothing was sent. `.problems`: `(index, message)`."""

    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        lines = "\n".join(f"  updates[{i}]: {msg}" for i, msg in problems)
        super().__init__(f"{len(problems)} invalid update(s), nothing was sent:\n{lines}")


class UpdatesPartlySentError(Integr8Error):
    """Sending conversion updates failed after some batches went out: `.sent` may have been
    applied (verify them, e.g. with update_conversions again), `.unsent` were not sent."""

    def __init__(self, *, sent: list[Any], unsent: list[Any], cause: Exception):
        super().__init__(
            f"sending conversion updates failed after {len(sent)} of {len(sent) + len(unsent)} were sent: {cause}"
        )
        self.sent = sent
        self.unsent = unsent


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


def _forget_credentials(request: httpx.Request | None) -> None:
    """Drop credentials from a request an exception keeps: httpx's Headers repr shows API-KEY."""
    if request is not None:
        for name in _CREDENTIAL_HEADERS:
            if name in request.headers:
                del request.headers[name]


def _where(request: httpx.Request | None) -> str:
    # Path only: query strings may hold signed-URL signatures or guest tokens.
    if request is None:
        return ""
    return redact(f"{request.method} {request.url.path}")


class APIConnectionError(Integr8Error):
    """The request got no HTTP answer."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None):
        where = _where(request)
        super().__init__(f"{message} ({where})" if where else message)
        _forget_credentials(request)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out: no connection, no answer, or not the whole answer within the
    deadline (see `integr8._retry`); `detail` says which when the SDK knows."""

    def __init__(self, *, request: httpx.Request | None = None, detail: str | None = None):
        super().__init__(f"Request timed out: {detail}." if detail else "Request timed out.", request=request)


class APIResponseValidationError(Integr8Error):
    """A successful status with a body that does not have the documented shape.

    `.response` and `.status_code` are None when the fault shows only across answers (page
    counts that contradict each other, say) rather than in one response."""

    def __init__(self, message: str, *, response: httpx.Response | None = None):
        if response is not None:
            message = f"{message} ({_where(response.request)} -> {response.status_code})"
            _forget_credentials(response.request)
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code if response is not None else None


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


class APIStatusError(Integr8Error):
    """The API answered with a non-2xx status.

    `.retry_after`: the seconds the answer's `Retry-After` header asked to wait before trying
    again (delta-seconds or an HTTP date, as seconds from when it arrived), or None without one.
    """

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any, retry_after: float | None = None):
        super().__init__(message)
        _forget_credentials(response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request = response.request
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


def _server_message(body: Any) -> str:
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
    detail = redact(_server_message(body), secrets)[:200]  # redact first: a cut could split a secret
    if detail:
        message += f": {detail}"
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    if retry_after is not None:
        message += f" (the server asks to wait {round(retry_after, 1):g}s before trying again)"
    return cls(redact(message, secrets), response=response, body=body, retry_after=retry_after)
