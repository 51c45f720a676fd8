from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error import Error
from ...models.update_custom_throttle_request import UpdateCustomThrottleRequest
from ...types import Response


def _get_kwargs(
    publisher_id: str,
    custom_throttle_id: str,
    *,
    body: UpdateCustomThrottleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/publishers/{publisher_id}/custom-throttles/{custom_throttle_id}".format(
            publisher_id=quote(str(publisher_id), safe=""),
            custom_throttle_id=quote(str(custom_throttle_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmptyObject | Error | None:
    if response.status_code == 200:
        response_200 = EmptyObject.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmptyObject | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    publisher_id: str,
    custom_throttle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomThrottleRequest,
) -> Response[EmptyObject | Error]:
    """Patch Custom Throttle

     You can update a custom throttle's fields

    Args:
        publisher_id (str):
        custom_throttle_id (str):
        body (UpdateCustomThrottleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyObject | Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        custom_throttle_id=custom_throttle_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    publisher_id: str,
    custom_throttle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomThrottleRequest,
) -> EmptyObject | Error | None:
    """Patch Custom Throttle

     You can update a custom throttle's fields

    Args:
        publisher_id (str):
        custom_throttle_id (str):
        body (UpdateCustomThrottleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyObject | Error
    """

    return sync_detailed(
        publisher_id=publisher_id,
        custom_throttle_id=custom_throttle_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    publisher_id: str,
    custom_throttle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomThrottleRequest,
) -> Response[EmptyObject | Error]:
    """Patch Custom Throttle

     You can update a custom throttle's fields

    Args:
        publisher_id (str):
        custom_throttle_id (str):
        body (UpdateCustomThrottleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyObject | Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        custom_throttle_id=custom_throttle_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    publisher_id: str,
    custom_throttle_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCustomThrottleRequest,
) -> EmptyObject | Error | None:
    """Patch Custom Throttle

     You can update a custom throttle's fields

    Args:
        publisher_id (str):
        custom_throttle_id (str):
        body (UpdateCustomThrottleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyObject | Error
    """

    return (
        await asyncio_detailed(
            publisher_id=publisher_id,
            custom_throttle_id=custom_throttle_id,
            client=client,
            body=body,
        )
    ).parsed
