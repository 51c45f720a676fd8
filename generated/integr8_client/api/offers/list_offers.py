from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.offer_list import OfferList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: str,
    *,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/integrations/{integration_id}/offers".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OfferList | None:
    if response.status_code == 200:
        response_200 = OfferList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | OfferList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | OfferList]:
    """List Offers

     List multiple Offers using pagination and filtering.

    Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`), sorting
    (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator defaulting to
    `eq`, dotted fields for nested properties) as the reference's introduction describes.

    Args:
        integration_id (str):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OfferList]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Error | OfferList | None:
    """List Offers

     List multiple Offers using pagination and filtering.

    Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`), sorting
    (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator defaulting to
    `eq`, dotted fields for nested properties) as the reference's introduction describes.

    Args:
        integration_id (str):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OfferList
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Error | OfferList]:
    """List Offers

     List multiple Offers using pagination and filtering.

    Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`), sorting
    (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator defaulting to
    `eq`, dotted fields for nested properties) as the reference's introduction describes.

    Args:
        integration_id (str):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OfferList]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Error | OfferList | None:
    """List Offers

     List multiple Offers using pagination and filtering.

    Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`), sorting
    (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator defaulting to
    `eq`, dotted fields for nested properties) as the reference's introduction describes.

    Args:
        integration_id (str):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OfferList
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sort=sort,
        )
    ).parsed
