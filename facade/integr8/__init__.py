"""integr8: the Python SDK for the Integr8 affiliate-tracking API.

    from integr8 import Integr8
    with Integr8.from_env() as client:
        for offer in client.paginate(client.offers.list_offers, integration_id="..."):
            print(offer.name)

The client binds every operation of the generated package `integr8_client` as
`client.<tag>.<operation>` and adds what the generated code does not do: retries, typed errors
(`integr8.errors`), pagination, report cursors. Importing this module stays cheap: generated
operation modules load on first use.
"""

from . import errors
from ._client import AsyncIntegr8, Integr8
from ._conversions import ConversionUpdate, ConversionUpdateReport, UpdateOutcome
from ._exports import ExportProgress, ExportResult
from ._retry import RetryPolicy
from ._version import __version__
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
