import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_center_export_list import DownloadCenterExportList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filterreports_query_option_filters_offer_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_publisher_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_advertiser_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_integration_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_start_date: datetime.date | Unset = UNSET,
    filterreports_query_option_end_date: datetime.date | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
    filterresults_meta_totalgte: int | Unset = UNSET,
    filterresults_meta_totallte: int | Unset = UNSET,
    filterresults_meta_duration_secondsgte: int | Unset = UNSET,
    filterresults_meta_duration_secondslte: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterreports_query_option_filters_offer_id_equalvalues: list[str] | Unset = UNSET
    if not isinstance(filterreports_query_option_filters_offer_id_equalvalues, Unset):
        json_filterreports_query_option_filters_offer_id_equalvalues = (
            filterreports_query_option_filters_offer_id_equalvalues
        )

    params["filter[reports_query_option.filters.offer_id.equalvalues]"] = (
        json_filterreports_query_option_filters_offer_id_equalvalues
    )

    json_filterreports_query_option_filters_publisher_equalvalues: list[str] | Unset = UNSET
    if not isinstance(filterreports_query_option_filters_publisher_equalvalues, Unset):
        json_filterreports_query_option_filters_publisher_equalvalues = (
            filterreports_query_option_filters_publisher_equalvalues
        )

    params["filter[reports_query_option.filters.publisher.equalvalues]"] = (
        json_filterreports_query_option_filters_publisher_equalvalues
    )

    json_filterreports_query_option_filters_advertiser_equalvalues: list[str] | Unset = UNSET
    if not isinstance(filterreports_query_option_filters_advertiser_equalvalues, Unset):
        json_filterreports_query_option_filters_advertiser_equalvalues = (
            filterreports_query_option_filters_advertiser_equalvalues
        )

    params["filter[reports_query_option.filters.advertiser.equalvalues]"] = (
        json_filterreports_query_option_filters_advertiser_equalvalues
    )

    json_filterreports_query_option_filters_integration_id_equalvalues: list[str] | Unset = UNSET
    if not isinstance(filterreports_query_option_filters_integration_id_equalvalues, Unset):
        json_filterreports_query_option_filters_integration_id_equalvalues = (
            filterreports_query_option_filters_integration_id_equalvalues
        )

    params["filter[reports_query_option.filters.integration_id.equalvalues]"] = (
        json_filterreports_query_option_filters_integration_id_equalvalues
    )

    json_filterreports_query_option_start_date: str | Unset = UNSET
    if not isinstance(filterreports_query_option_start_date, Unset):
        json_filterreports_query_option_start_date = filterreports_query_option_start_date.isoformat()
    params["filter[reports_query_option.start_date]"] = json_filterreports_query_option_start_date

    json_filterreports_query_option_end_date: str | Unset = UNSET
    if not isinstance(filterreports_query_option_end_date, Unset):
        json_filterreports_query_option_end_date = filterreports_query_option_end_date.isoformat()
    params["filter[reports_query_option.end_date]"] = json_filterreports_query_option_end_date

    params["filter[status]"] = filterstatus

    params["filter[type]"] = filtertype

    params["filter[results_meta.total][gte]"] = filterresults_meta_totalgte

    params["filter[results_meta.total][lte]"] = filterresults_meta_totallte

    params["filter[results_meta.duration_seconds][gte]"] = filterresults_meta_duration_secondsgte

    params["filter[results_meta.duration_seconds][lte]"] = filterresults_meta_duration_secondslte

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/downloadcenter-exports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DownloadCenterExportList | Error | None:
    if response.status_code == 200:
        response_200 = DownloadCenterExportList.from_dict(response.json())

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
) -> Response[DownloadCenterExportList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterreports_query_option_filters_offer_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_publisher_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_advertiser_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_integration_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_start_date: datetime.date | Unset = UNSET,
    filterreports_query_option_end_date: datetime.date | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
    filterresults_meta_totalgte: int | Unset = UNSET,
    filterresults_meta_totallte: int | Unset = UNSET,
    filterresults_meta_duration_secondsgte: int | Unset = UNSET,
    filterresults_meta_duration_secondslte: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[DownloadCenterExportList | Error]:
    """List Download Center Exports

     List all the Download Center exports.

    Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`), sorting
    (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator defaulting to
    `eq`, dotted fields for nested properties) as the reference's introduction describes.

    Args:
        filterreports_query_option_filters_offer_id_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_publisher_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_advertiser_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_integration_id_equalvalues (list[str] | Unset):
        filterreports_query_option_start_date (datetime.date | Unset):
        filterreports_query_option_end_date (datetime.date | Unset):
        filterstatus (str | Unset):
        filtertype (str | Unset):
        filterresults_meta_totalgte (int | Unset):
        filterresults_meta_totallte (int | Unset):
        filterresults_meta_duration_secondsgte (int | Unset):
        filterresults_meta_duration_secondslte (int | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadCenterExportList | Error]
    """

    kwargs = _get_kwargs(
        filterreports_query_option_filters_offer_id_equalvalues=filterreports_query_option_filters_offer_id_equalvalues,
        filterreports_query_option_filters_publisher_equalvalues=filterreports_query_option_filters_publisher_equalvalues,
        filterreports_query_option_filters_advertiser_equalvalues=filterreports_query_option_filters_advertiser_equalvalues,
        filterreports_query_option_filters_integration_id_equalvalues=filterreports_query_option_filters_integration_id_equalvalues,
        filterreports_query_option_start_date=filterreports_query_option_start_date,
        filterreports_query_option_end_date=filterreports_query_option_end_date,
        filterstatus=filterstatus,
        filtertype=filtertype,
        filterresults_meta_totalgte=filterresults_meta_totalgte,
        filterresults_meta_totallte=filterresults_meta_totallte,
        filterresults_meta_duration_secondsgte=filterresults_meta_duration_secondsgte,
        filterresults_meta_duration_secondslte=filterresults_meta_duration_secondslte,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filterreports_query_option_filters_offer_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_publisher_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_advertiser_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_integration_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_start_date: datetime.date | Unset = UNSET,
    filterreports_query_option_end_date: datetime.date | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
    filterresults_meta_totalgte: int | Unset = UNSET,
    filterresults_meta_totallte: int | Unset = UNSET,
    filterresults_meta_duration_secondsgte: int | Unset = UNSET,
    filterresults_meta_duration_secondslte: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> DownloadCenterExportList | Error | None:
    """List Download Center Exports

     List all the Download Center exports.

    Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`), sorting
    (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator defaulting to
    `eq`, dotted fields for nested properties) as the reference's introduction describes.

    Args:
        filterreports_query_option_filters_offer_id_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_publisher_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_advertiser_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_integration_id_equalvalues (list[str] | Unset):
        filterreports_query_option_start_date (datetime.date | Unset):
        filterreports_query_option_end_date (datetime.date | Unset):
        filterstatus (str | Unset):
        filtertype (str | Unset):
        filterresults_meta_totalgte (int | Unset):
        filterresults_meta_totallte (int | Unset):
        filterresults_meta_duration_secondsgte (int | Unset):
        filterresults_meta_duration_secondslte (int | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadCenterExportList | Error
    """

    return sync_detailed(
        client=client,
        filterreports_query_option_filters_offer_id_equalvalues=filterreports_query_option_filters_offer_id_equalvalues,
        filterreports_query_option_filters_publisher_equalvalues=filterreports_query_option_filters_publisher_equalvalues,
        filterreports_query_option_filters_advertiser_equalvalues=filterreports_query_option_filters_advertiser_equalvalues,
        filterreports_query_option_filters_integration_id_equalvalues=filterreports_query_option_filters_integration_id_equalvalues,
        filterreports_query_option_start_date=filterreports_query_option_start_date,
        filterreports_query_option_end_date=filterreports_query_option_end_date,
        filterstatus=filterstatus,
        filtertype=filtertype,
        filterresults_meta_totalgte=filterresults_meta_totalgte,
        filterresults_meta_totallte=filterresults_meta_totallte,
        filterresults_meta_duration_secondsgte=filterresults_meta_duration_secondsgte,
        filterresults_meta_duration_secondslte=filterresults_meta_duration_secondslte,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterreports_query_option_filters_offer_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_publisher_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_advertiser_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_integration_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_start_date: datetime.date | Unset = UNSET,
    filterreports_query_option_end_date: datetime.date | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
    filterresults_meta_totalgte: int | Unset = UNSET,
    filterresults_meta_totallte: int | Unset = UNSET,
    filterresults_meta_duration_secondsgte: int | Unset = UNSET,
    filterresults_meta_duration_secondslte: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[DownloadCenterExportList | Error]:
    """List Download Center Exports

     List all the Download Center exports.

    Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`), sorting
    (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator defaulting to
    `eq`, dotted fields for nested properties) as the reference's introduction describes.

    Args:
        filterreports_query_option_filters_offer_id_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_publisher_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_advertiser_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_integration_id_equalvalues (list[str] | Unset):
        filterreports_query_option_start_date (datetime.date | Unset):
        filterreports_query_option_end_date (datetime.date | Unset):
        filterstatus (str | Unset):
        filtertype (str | Unset):
        filterresults_meta_totalgte (int | Unset):
        filterresults_meta_totallte (int | Unset):
        filterresults_meta_duration_secondsgte (int | Unset):
        filterresults_meta_duration_secondslte (int | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadCenterExportList | Error]
    """

    kwargs = _get_kwargs(
        filterreports_query_option_filters_offer_id_equalvalues=filterreports_query_option_filters_offer_id_equalvalues,
        filterreports_query_option_filters_publisher_equalvalues=filterreports_query_option_filters_publisher_equalvalues,
        filterreports_query_option_filters_advertiser_equalvalues=filterreports_query_option_filters_advertiser_equalvalues,
        filterreports_query_option_filters_integration_id_equalvalues=filterreports_query_option_filters_integration_id_equalvalues,
        filterreports_query_option_start_date=filterreports_query_option_start_date,
        filterreports_query_option_end_date=filterreports_query_option_end_date,
        filterstatus=filterstatus,
        filtertype=filtertype,
        filterresults_meta_totalgte=filterresults_meta_totalgte,
        filterresults_meta_totallte=filterresults_meta_totallte,
        filterresults_meta_duration_secondsgte=filterresults_meta_duration_secondsgte,
        filterresults_meta_duration_secondslte=filterresults_meta_duration_secondslte,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filterreports_query_option_filters_offer_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_publisher_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_advertiser_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_filters_integration_id_equalvalues: list[str] | Unset = UNSET,
    filterreports_query_option_start_date: datetime.date | Unset = UNSET,
    filterreports_query_option_end_date: datetime.date | Unset = UNSET,
    filterstatus: str | Unset = UNSET,
    filtertype: str | Unset = UNSET,
    filterresults_meta_totalgte: int | Unset = UNSET,
    filterresults_meta_totallte: int | Unset = UNSET,
    filterresults_meta_duration_secondsgte: int | Unset = UNSET,
    filterresults_meta_duration_secondslte: int | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> DownloadCenterExportList | Error | None:
    """List Download Center Exports

     List all the Download Center exports.

    Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`), sorting
    (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator defaulting to
    `eq`, dotted fields for nested properties) as the reference's introduction describes.

    Args:
        filterreports_query_option_filters_offer_id_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_publisher_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_advertiser_equalvalues (list[str] | Unset):
        filterreports_query_option_filters_integration_id_equalvalues (list[str] | Unset):
        filterreports_query_option_start_date (datetime.date | Unset):
        filterreports_query_option_end_date (datetime.date | Unset):
        filterstatus (str | Unset):
        filtertype (str | Unset):
        filterresults_meta_totalgte (int | Unset):
        filterresults_meta_totallte (int | Unset):
        filterresults_meta_duration_secondsgte (int | Unset):
        filterresults_meta_duration_secondslte (int | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadCenterExportList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            filterreports_query_option_filters_offer_id_equalvalues=filterreports_query_option_filters_offer_id_equalvalues,
            filterreports_query_option_filters_publisher_equalvalues=filterreports_query_option_filters_publisher_equalvalues,
            filterreports_query_option_filters_advertiser_equalvalues=filterreports_query_option_filters_advertiser_equalvalues,
            filterreports_query_option_filters_integration_id_equalvalues=filterreports_query_option_filters_integration_id_equalvalues,
            filterreports_query_option_start_date=filterreports_query_option_start_date,
            filterreports_query_option_end_date=filterreports_query_option_end_date,
            filterstatus=filterstatus,
            filtertype=filtertype,
            filterresults_meta_totalgte=filterresults_meta_totalgte,
            filterresults_meta_totallte=filterresults_meta_totallte,
            filterresults_meta_duration_secondsgte=filterresults_meta_duration_secondsgte,
            filterresults_meta_duration_secondslte=filterresults_meta_duration_secondslte,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sort=sort,
        )
    ).parsed
