"""integr8: the Python SDK for the Integr8 affiliate-tracking API.

    from integr8 import Integr8
    with Integr8.from_env() as client:
        for offer in client.paginate(client.offers.list_offers, integration_id="..."):
            print(offer.name)

The client binds every operation of the generated package `integr8_client` as
`client.<tag>.<operation>` and adds what the generated code does not do: retries, typed errors
(`integr8.errors`), pagination, report cursors.

Importing this package costs almost nothing: each name below is imported from its module the
first time it is read (`from integr8 import Integr8` imports the client, httpx and the typed
bindings; `integr8.errors` the error classes), so the command line (`integr8 --help`) does not
pay for what it does not use. Generated operation and model modules load on the first call of an
operation, and only those that operation needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time `__getattr__` below imports these
    from . import errors
    from ._client import AsyncIntegr8, Integr8
    from ._conversions import ConversionUpdate, ConversionUpdateReport, UpdateOutcome
    from ._exports import ExportProgress, ExportResult
    from ._retry import RetryPolicy
    from .errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        ArtifactError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        CursorLoopError,
        DownloadError,
        ExportError,
        ExportFailedError,
        ExportTimeoutError,
        Integr8Error,
        InvalidUpdatesError,
        ListingChangedError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        RequestFailedError,
        ResponseTooLargeError,
        ServerError,
        UpdatesPartlySentError,
        VerificationError,
    )

__all__ = [
    "Integr8",
    "AsyncIntegr8",
    "RetryPolicy",
    "errors",
    "__version__",
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
    "ConversionUpdate",
    "ConversionUpdateReport",
    "UpdateOutcome",
    "ExportProgress",
    "ExportResult",
    "ExportError",
    "ExportFailedError",
    "ExportTimeoutError",
    "DownloadError",
    "ArtifactError",
]

# Where each public name lives (the module, relative to this package); `errors` is the module.
_HOMES = {
    "Integr8": "._client",
    "AsyncIntegr8": "._client",
    "RetryPolicy": "._retry",
    "ConversionUpdate": "._conversions",
    "ConversionUpdateReport": "._conversions",
    "UpdateOutcome": "._conversions",
    "ExportProgress": "._exports",
    "ExportResult": "._exports",
    **{name: ".errors" for name in __all__ if name.endswith("Error")},
}

if not TYPE_CHECKING:  # for type checkers, a misspelt name stays an error (no catch-all __getattr__)

    def __getattr__(name: str):
        """A public name, imported from its module on first use (PEP 562), then cached here."""
        from importlib import import_module

        if name == "errors":
            value = import_module(".errors", __name__)
        elif name in _HOMES:
            value = getattr(import_module(_HOMES[name], __name__), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
