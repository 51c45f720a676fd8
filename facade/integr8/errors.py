"""Every exception the SDK raises, in one place.

    Integr8Error
    ├── ConfigurationError        bad arguments or settings, raised before any request (also a ValueError)
    ├── APIConnectionError        no HTTP answer: connection refused, reset, DNS ...
    │   └── APITimeoutError       the request timed out
    ├── APIResponseValidationError  a 2xx answer whose body does not parse as the spec says
    └── APIStatusError            a non-2xx answer; `.status_code`, `.body`, `.response`
        ├── BadRequestError       400
        ├── AuthenticationError   401
        ├── RequestFailedError    402  (the parameters were valid but the request failed)
        ├── PermissionDeniedError 403
        ├── NotFoundError         404
        ├── RateLimitError        429
        └── ServerError           500, 502, 503, 504 and any other 5xx

Other statuses (405, 409, 422, ...) raise `APIStatusError` itself. Messages name the method and
path, never the query string or headers, and mask every secret the SDK knows (the API key, the
AppSamurai token in its URL path), even when a server echoes one back: they are safe to log.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._redact import redact

__all__ = [
    "Integr8Error",
    "ConfigurationError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "RequestFailedError",
    "PermissionDeniedError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
]


class Integr8Error(Exception):
    """Base class of every error this SDK raises on purpose."""


class ConfigurationError(Integr8Error, ValueError):
    """A missing key, a bad URL or another setting that would make every request fail."""


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
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, *, request: httpx.Request | None = None):
        super().__init__("Request timed out.", request=request)


class APIResponseValidationError(Integr8Error):
    """A successful status with a body that does not have the documented shape."""

    def __init__(self, message: str, *, response: httpx.Response):
        super().__init__(f"{message} ({_where(response.request)} -> {response.status_code})")
        self.response = response
        self.status_code = response.status_code


class APIStatusError(Integr8Error):
    """The API answered with a non-2xx status."""

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any):
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request = response.request


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
        return body[:200]
    return ""


def status_error(response: httpx.Response, secrets: tuple[str, ...] = ()) -> APIStatusError:
    """The typed error for a non-2xx response (the response body must have been read)."""
    code = response.status_code
    cls = _BY_STATUS.get(code) or (ServerError if code >= 500 else APIStatusError)
    body = _body_of(response)
    reason = response.reason_phrase or "Error"
    message = f"{code} {reason}: {_where(response.request)}"
    detail = _server_message(body)
    if detail:
        message += f": {detail}"
    return cls(redact(message, secrets), response=response, body=body)
