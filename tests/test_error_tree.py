"""One `except APIError` covers "the request failed" (issue 16, errors): no answer, an error
status, or a 2xx of the wrong shape, each with `.request` and `.body`, secrets masked."""

from __future__ import annotations

import httpx
import pytest

from integr8 import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    Integr8,
    Integr8Error,
    NotFoundError,
)
from integr8.testing import Fault, Sandbox, SandboxTransport


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0)


def failing_call(sb: Sandbox, how: str) -> APIError:
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb), max_retries=0)
    if how == "no answer":
        sb.inject(Fault(drop=True, phase="connect", operation="getOffer"))
    elif how == "wrong shape":
        sb.inject(Fault(operation="getOffer", body={"data": {"default_payout": {"payout": "lots"}}}))
    offer_id = sb.offer_ids[0] if how != "error status" else "000000000000000000000000"
    with pytest.raises(APIError) as caught:
        client.offers.get_offer(integration_id=sb.integration_id, offer_id=offer_id)
    return caught.value


@pytest.mark.parametrize(
    ("how", "kind"),
    [
        ("no answer", APIConnectionError),
        ("error status", NotFoundError),
        ("wrong shape", APIResponseValidationError),
    ],
)
def test_every_failed_request_is_an_api_error_with_its_request_and_body(sb, how, kind):
    error = failing_call(sb, how)
    assert isinstance(error, kind) and isinstance(error, Integr8Error)
    assert isinstance(error.request, httpx.Request)
    assert error.request.url.path.endswith(sb.offer_ids[0] if how != "error status" else "000000000000000000000000")
    assert "api-key" not in {k.lower() for k in error.request.headers}
    assert sb.api_key not in repr(error.request.headers)
    if how == "no answer":
        assert error.body is None
    elif how == "error status":
        assert isinstance(error, APIStatusError) and error.body["error"] == "not_found"
    else:
        assert error.body == {"data": {"default_payout": {"payout": "lots"}}}


def test_failures_that_are_not_one_request_are_not_api_errors():
    from integr8 import ConfigurationError, ListingChangedError

    assert not issubclass(ConfigurationError, APIError)
    assert not issubclass(ListingChangedError, APIError)
    across_pages = APIResponseValidationError("pages disagree")
    assert isinstance(across_pages, APIError) and across_pages.request is None and across_pages.body is None
