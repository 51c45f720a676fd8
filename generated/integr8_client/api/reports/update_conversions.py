from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.success import Success
from ...models.update_conversions_request import UpdateConversionsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateConversionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/reports/conversions/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Success | None:
    if response.status_code == 200:
        response_200 = Success.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Success]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversionsRequest,
) -> Response[Error | Success]:
    """Update Conversion

     Update one or more conversion records (approve, reject, or modify payout/revenue values).

    Before using this endpoint, retrieve the conversion record from the Conversion Report API to obtain
    the required tx_id, conversion_time, and hash values.

    This API is for advanced users. Each of tx_id, conversion_time, and hash must match exactly the
    values returned by the Conversion Report API — any mismatch will cause the update to be silently
    skipped.

    A 200 OK response does not guarantee the conversion was updated. If the provided fields do not match
    an existing conversion record, the request will succeed without making any changes. Always verify
    the result by querying the Conversion Report API after calling this endpoint.

    Args:
        body (UpdateConversionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Success]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversionsRequest,
) -> Error | Success | None:
    """Update Conversion

     Update one or more conversion records (approve, reject, or modify payout/revenue values).

    Before using this endpoint, retrieve the conversion record from the Conversion Report API to obtain
    the required tx_id, conversion_time, and hash values.

    This API is for advanced users. Each of tx_id, conversion_time, and hash must match exactly the
    values returned by the Conversion Report API — any mismatch will cause the update to be silently
    skipped.

    A 200 OK response does not guarantee the conversion was updated. If the provided fields do not match
    an existing conversion record, the request will succeed without making any changes. Always verify
    the result by querying the Conversion Report API after calling this endpoint.

    Args:
        body (UpdateConversionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Success
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversionsRequest,
) -> Response[Error | Success]:
    """Update Conversion

     Update one or more conversion records (approve, reject, or modify payout/revenue values).

    Before using this endpoint, retrieve the conversion record from the Conversion Report API to obtain
    the required tx_id, conversion_time, and hash values.

    This API is for advanced users. Each of tx_id, conversion_time, and hash must match exactly the
    values returned by the Conversion Report API — any mismatch will cause the update to be silently
    skipped.

    A 200 OK response does not guarantee the conversion was updated. If the provided fields do not match
    an existing conversion record, the request will succeed without making any changes. Always verify
    the result by querying the Conversion Report API after calling this endpoint.

    Args:
        body (UpdateConversionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Success]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConversionsRequest,
) -> Error | Success | None:
    """Update Conversion

     Update one or more conversion records (approve, reject, or modify payout/revenue values).

    Before using this endpoint, retrieve the conversion record from the Conversion Report API to obtain
    the required tx_id, conversion_time, and hash values.

    This API is for advanced users. Each of tx_id, conversion_time, and hash must match exactly the
    values returned by the Conversion Report API — any mismatch will cause the update to be silently
    skipped.

    A 200 OK response does not guarantee the conversion was updated. If the provided fields do not match
    an existing conversion record, the request will succeed without making any changes. Always verify
    the result by querying the Conversion Report API after calling this endpoint.

    Args:
        body (UpdateConversionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Success
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
