from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.link_test_log_list import LinkTestLogList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    advertiser_incremental_id: int | Unset = UNSET,
    offer_incremental_id: int | Unset = UNSET,
    landing_page_incremental_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["sort"] = sort

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params["timezone"] = timezone

    params["integration_id"] = integration_id

    params["advertiser_incremental_id"] = advertiser_incremental_id

    params["offer_incremental_id"] = offer_incremental_id

    params["landing_page_incremental_id"] = landing_page_incremental_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/integr8-link-test-logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LinkTestLogList | None:
    if response.status_code == 200:
        response_200 = LinkTestLogList.from_dict(response.json())

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
) -> Response[Error | LinkTestLogList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    advertiser_incremental_id: int | Unset = UNSET,
    offer_incremental_id: int | Unset = UNSET,
    landing_page_incremental_id: int | Unset = UNSET,
) -> Response[Error | LinkTestLogList]:
    """List integr8 link test logs

     Returns paginated Integr8 link test logs scoped to the authenticated user's organization. Additional
    filtering by integration_id, advertiser_incremental_id, offer_incremental_id, or
    landing_page_incremental_id is available via query params.

    Args:
        start_time (str | Unset):
        end_time (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        timezone (str | Unset):
        integration_id (str | Unset):
        advertiser_incremental_id (int | Unset):
        offer_incremental_id (int | Unset):
        landing_page_incremental_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LinkTestLogList]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        timezone=timezone,
        integration_id=integration_id,
        advertiser_incremental_id=advertiser_incremental_id,
        offer_incremental_id=offer_incremental_id,
        landing_page_incremental_id=landing_page_incremental_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    advertiser_incremental_id: int | Unset = UNSET,
    offer_incremental_id: int | Unset = UNSET,
    landing_page_incremental_id: int | Unset = UNSET,
) -> Error | LinkTestLogList | None:
    """List integr8 link test logs

     Returns paginated Integr8 link test logs scoped to the authenticated user's organization. Additional
    filtering by integration_id, advertiser_incremental_id, offer_incremental_id, or
    landing_page_incremental_id is available via query params.

    Args:
        start_time (str | Unset):
        end_time (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        timezone (str | Unset):
        integration_id (str | Unset):
        advertiser_incremental_id (int | Unset):
        offer_incremental_id (int | Unset):
        landing_page_incremental_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LinkTestLogList
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        timezone=timezone,
        integration_id=integration_id,
        advertiser_incremental_id=advertiser_incremental_id,
        offer_incremental_id=offer_incremental_id,
        landing_page_incremental_id=landing_page_incremental_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    advertiser_incremental_id: int | Unset = UNSET,
    offer_incremental_id: int | Unset = UNSET,
    landing_page_incremental_id: int | Unset = UNSET,
) -> Response[Error | LinkTestLogList]:
    """List integr8 link test logs

     Returns paginated Integr8 link test logs scoped to the authenticated user's organization. Additional
    filtering by integration_id, advertiser_incremental_id, offer_incremental_id, or
    landing_page_incremental_id is available via query params.

    Args:
        start_time (str | Unset):
        end_time (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        timezone (str | Unset):
        integration_id (str | Unset):
        advertiser_incremental_id (int | Unset):
        offer_incremental_id (int | Unset):
        landing_page_incremental_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LinkTestLogList]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        sort=sort,
        pagenumber=pagenumber,
        pagesize=pagesize,
        timezone=timezone,
        integration_id=integration_id,
        advertiser_incremental_id=advertiser_incremental_id,
        offer_incremental_id=offer_incremental_id,
        landing_page_incremental_id=landing_page_incremental_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    advertiser_incremental_id: int | Unset = UNSET,
    offer_incremental_id: int | Unset = UNSET,
    landing_page_incremental_id: int | Unset = UNSET,
) -> Error | LinkTestLogList | None:
    """List integr8 link test logs

     Returns paginated Integr8 link test logs scoped to the authenticated user's organization. Additional
    filtering by integration_id, advertiser_incremental_id, offer_incremental_id, or
    landing_page_incremental_id is available via query params.

    Args:
        start_time (str | Unset):
        end_time (str | Unset):
        sort (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        timezone (str | Unset):
        integration_id (str | Unset):
        advertiser_incremental_id (int | Unset):
        offer_incremental_id (int | Unset):
        landing_page_incremental_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LinkTestLogList
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            sort=sort,
            pagenumber=pagenumber,
            pagesize=pagesize,
            timezone=timezone,
            integration_id=integration_id,
            advertiser_incremental_id=advertiser_incremental_id,
            offer_incremental_id=offer_incremental_id,
            landing_page_incremental_id=landing_page_incremental_id,
        )
    ).parsed
