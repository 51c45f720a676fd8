from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_center_export import DownloadCenterExport
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: str,
    *,
    delimiter: str | Unset = UNSET,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    fields: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delimiter"] = delimiter

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["timezone"] = timezone

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/download-center/postback-logs-export/{integration_id}".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DownloadCenterExport | Error | None:
    if response.status_code == 200:
        response_200 = DownloadCenterExport.from_dict(response.json())

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
) -> Response[DownloadCenterExport | Error]:
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
    delimiter: str | Unset = UNSET,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    fields: str,
) -> Response[DownloadCenterExport | Error]:
    """Download Postback Logs

     Use Download Center to export Postback Logs to a CSV file. Use Reporting filters to narrow down the
    data.

    Args:
        integration_id (str):
        delimiter (str | Unset):
        start_time (str):
        end_time (str):
        timezone (str | Unset):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadCenterExport | Error]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        delimiter=delimiter,
        start_time=start_time,
        end_time=end_time,
        timezone=timezone,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    delimiter: str | Unset = UNSET,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    fields: str,
) -> DownloadCenterExport | Error | None:
    """Download Postback Logs

     Use Download Center to export Postback Logs to a CSV file. Use Reporting filters to narrow down the
    data.

    Args:
        integration_id (str):
        delimiter (str | Unset):
        start_time (str):
        end_time (str):
        timezone (str | Unset):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadCenterExport | Error
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        delimiter=delimiter,
        start_time=start_time,
        end_time=end_time,
        timezone=timezone,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    delimiter: str | Unset = UNSET,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    fields: str,
) -> Response[DownloadCenterExport | Error]:
    """Download Postback Logs

     Use Download Center to export Postback Logs to a CSV file. Use Reporting filters to narrow down the
    data.

    Args:
        integration_id (str):
        delimiter (str | Unset):
        start_time (str):
        end_time (str):
        timezone (str | Unset):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadCenterExport | Error]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        delimiter=delimiter,
        start_time=start_time,
        end_time=end_time,
        timezone=timezone,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    delimiter: str | Unset = UNSET,
    start_time: str,
    end_time: str,
    timezone: str | Unset = UNSET,
    fields: str,
) -> DownloadCenterExport | Error | None:
    """Download Postback Logs

     Use Download Center to export Postback Logs to a CSV file. Use Reporting filters to narrow down the
    data.

    Args:
        integration_id (str):
        delimiter (str | Unset):
        start_time (str):
        end_time (str):
        timezone (str | Unset):
        fields (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadCenterExport | Error
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            delimiter=delimiter,
            start_time=start_time,
            end_time=end_time,
            timezone=timezone,
            fields=fields,
        )
    ).parsed
