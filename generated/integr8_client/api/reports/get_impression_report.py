from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_impression_report_filterstatus import GetImpressionReportFilterstatus
from ...models.impression_report import ImpressionReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    integration_id: str,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    pagesize: int,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    filterstatus: GetImpressionReportFilterstatus | Unset = UNSET,
    filteroffer_id: str | Unset = UNSET,
    filterpublisher: str | Unset = UNSET,
    filteradvertiser: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["integration_id"] = integration_id

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["timezone"] = timezone

    params["page[size]"] = pagesize

    params["page[before]"] = pagebefore

    params["page[after]"] = pageafter

    json_filterstatus: str | Unset = UNSET
    if not isinstance(filterstatus, Unset):
        json_filterstatus = filterstatus.value

    params["filter[status]"] = json_filterstatus

    params["filter[offer_id]"] = filteroffer_id

    params["filter[publisher]"] = filterpublisher

    params["filter[advertiser]"] = filteradvertiser

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/reports/v2/impression-table",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ImpressionReport | None:
    if response.status_code == 200:
        response_200 = ImpressionReport.from_dict(response.json())

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
) -> Response[Error | ImpressionReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    integration_id: str,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    pagesize: int,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    filterstatus: GetImpressionReportFilterstatus | Unset = UNSET,
    filteroffer_id: str | Unset = UNSET,
    filterpublisher: str | Unset = UNSET,
    filteradvertiser: str | Unset = UNSET,
) -> Response[Error | ImpressionReport]:
    """Impression Report

    Args:
        integration_id (str):
        start_time (str):
        end_time (str):
        timezone (str | Unset):
        pagesize (int):
        pagebefore (str | Unset):
        pageafter (str | Unset):
        filterstatus (GetImpressionReportFilterstatus | Unset):
        filteroffer_id (str | Unset):
        filterpublisher (str | Unset):
        filteradvertiser (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImpressionReport]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        start_time=start_time,
        end_time=end_time,
        timezone=timezone,
        pagesize=pagesize,
        pagebefore=pagebefore,
        pageafter=pageafter,
        filterstatus=filterstatus,
        filteroffer_id=filteroffer_id,
        filterpublisher=filterpublisher,
        filteradvertiser=filteradvertiser,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    integration_id: str,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    pagesize: int,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    filterstatus: GetImpressionReportFilterstatus | Unset = UNSET,
    filteroffer_id: str | Unset = UNSET,
    filterpublisher: str | Unset = UNSET,
    filteradvertiser: str | Unset = UNSET,
) -> Error | ImpressionReport | None:
    """Impression Report

    Args:
        integration_id (str):
        start_time (str):
        end_time (str):
        timezone (str | Unset):
        pagesize (int):
        pagebefore (str | Unset):
        pageafter (str | Unset):
        filterstatus (GetImpressionReportFilterstatus | Unset):
        filteroffer_id (str | Unset):
        filterpublisher (str | Unset):
        filteradvertiser (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImpressionReport
    """

    return sync_detailed(
        client=client,
        integration_id=integration_id,
        start_time=start_time,
        end_time=end_time,
        timezone=timezone,
        pagesize=pagesize,
        pagebefore=pagebefore,
        pageafter=pageafter,
        filterstatus=filterstatus,
        filteroffer_id=filteroffer_id,
        filterpublisher=filterpublisher,
        filteradvertiser=filteradvertiser,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    integration_id: str,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    pagesize: int,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    filterstatus: GetImpressionReportFilterstatus | Unset = UNSET,
    filteroffer_id: str | Unset = UNSET,
    filterpublisher: str | Unset = UNSET,
    filteradvertiser: str | Unset = UNSET,
) -> Response[Error | ImpressionReport]:
    """Impression Report

    Args:
        integration_id (str):
        start_time (str):
        end_time (str):
        timezone (str | Unset):
        pagesize (int):
        pagebefore (str | Unset):
        pageafter (str | Unset):
        filterstatus (GetImpressionReportFilterstatus | Unset):
        filteroffer_id (str | Unset):
        filterpublisher (str | Unset):
        filteradvertiser (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImpressionReport]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        start_time=start_time,
        end_time=end_time,
        timezone=timezone,
        pagesize=pagesize,
        pagebefore=pagebefore,
        pageafter=pageafter,
        filterstatus=filterstatus,
        filteroffer_id=filteroffer_id,
        filterpublisher=filterpublisher,
        filteradvertiser=filteradvertiser,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    integration_id: str,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    pagesize: int,
    pagebefore: str | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    filterstatus: GetImpressionReportFilterstatus | Unset = UNSET,
    filteroffer_id: str | Unset = UNSET,
    filterpublisher: str | Unset = UNSET,
    filteradvertiser: str | Unset = UNSET,
) -> Error | ImpressionReport | None:
    """Impression Report

    Args:
        integration_id (str):
        start_time (str):
        end_time (str):
        timezone (str | Unset):
        pagesize (int):
        pagebefore (str | Unset):
        pageafter (str | Unset):
        filterstatus (GetImpressionReportFilterstatus | Unset):
        filteroffer_id (str | Unset):
        filterpublisher (str | Unset):
        filteradvertiser (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImpressionReport
    """

    return (
        await asyncio_detailed(
            client=client,
            integration_id=integration_id,
            start_time=start_time,
            end_time=end_time,
            timezone=timezone,
            pagesize=pagesize,
            pagebefore=pagebefore,
            pageafter=pageafter,
            filterstatus=filterstatus,
            filteroffer_id=filteroffer_id,
            filterpublisher=filterpublisher,
            filteradvertiser=filteradvertiser,
        )
    ).parsed
