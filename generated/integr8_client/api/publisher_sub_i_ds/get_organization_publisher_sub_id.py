from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.publisher_sub_id_data import PublisherSubIDData
from ...types import Response


def _get_kwargs(
    organization_id: str,
    publisher_sub_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/organizations/{organization_id}/publisher-sub-ids/{publisher_sub_id}".format(
            organization_id=quote(str(organization_id), safe=""),
            publisher_sub_id=quote(str(publisher_sub_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PublisherSubIDData | None:
    if response.status_code == 200:
        response_200 = PublisherSubIDData.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PublisherSubIDData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    publisher_sub_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PublisherSubIDData]:
    """Get publisher sub ID

     Get one sub ID for the authenticated publisher.

    Args:
        organization_id (str):
        publisher_sub_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PublisherSubIDData]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        publisher_sub_id=publisher_sub_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    publisher_sub_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PublisherSubIDData | None:
    """Get publisher sub ID

     Get one sub ID for the authenticated publisher.

    Args:
        organization_id (str):
        publisher_sub_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PublisherSubIDData
    """

    return sync_detailed(
        organization_id=organization_id,
        publisher_sub_id=publisher_sub_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    publisher_sub_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PublisherSubIDData]:
    """Get publisher sub ID

     Get one sub ID for the authenticated publisher.

    Args:
        organization_id (str):
        publisher_sub_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PublisherSubIDData]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        publisher_sub_id=publisher_sub_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    publisher_sub_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PublisherSubIDData | None:
    """Get publisher sub ID

     Get one sub ID for the authenticated publisher.

    Args:
        organization_id (str):
        publisher_sub_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PublisherSubIDData
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            publisher_sub_id=publisher_sub_id,
            client=client,
        )
    ).parsed
