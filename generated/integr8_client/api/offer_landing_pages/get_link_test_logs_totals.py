from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_link_test_logs_totals_time_period import GetLinkTestLogsTotalsTimePeriod
from ...models.link_test_log_totals_data import LinkTestLogTotalsData
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    time_period: GetLinkTestLogsTotalsTimePeriod,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_time_period = time_period.value
    params["time_period"] = json_time_period

    params["timezone"] = timezone

    params["integration_id"] = integration_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/integr8-link-test-logs/totals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LinkTestLogTotalsData | None:
    if response.status_code == 200:
        response_200 = LinkTestLogTotalsData.from_dict(response.json())

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
) -> Response[Error | LinkTestLogTotalsData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_period: GetLinkTestLogsTotalsTimePeriod,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
) -> Response[Error | LinkTestLogTotalsData]:
    """Get Integr8 link test logs totals by time period

     Returns Integr8 link test total cards scoped to the authenticated user's organization.

    Args:
        time_period (GetLinkTestLogsTotalsTimePeriod):
        timezone (str | Unset):
        integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LinkTestLogTotalsData]
    """

    kwargs = _get_kwargs(
        time_period=time_period,
        timezone=timezone,
        integration_id=integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    time_period: GetLinkTestLogsTotalsTimePeriod,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
) -> Error | LinkTestLogTotalsData | None:
    """Get Integr8 link test logs totals by time period

     Returns Integr8 link test total cards scoped to the authenticated user's organization.

    Args:
        time_period (GetLinkTestLogsTotalsTimePeriod):
        timezone (str | Unset):
        integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LinkTestLogTotalsData
    """

    return sync_detailed(
        client=client,
        time_period=time_period,
        timezone=timezone,
        integration_id=integration_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_period: GetLinkTestLogsTotalsTimePeriod,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
) -> Response[Error | LinkTestLogTotalsData]:
    """Get Integr8 link test logs totals by time period

     Returns Integr8 link test total cards scoped to the authenticated user's organization.

    Args:
        time_period (GetLinkTestLogsTotalsTimePeriod):
        timezone (str | Unset):
        integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LinkTestLogTotalsData]
    """

    kwargs = _get_kwargs(
        time_period=time_period,
        timezone=timezone,
        integration_id=integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    time_period: GetLinkTestLogsTotalsTimePeriod,
    timezone: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
) -> Error | LinkTestLogTotalsData | None:
    """Get Integr8 link test logs totals by time period

     Returns Integr8 link test total cards scoped to the authenticated user's organization.

    Args:
        time_period (GetLinkTestLogsTotalsTimePeriod):
        timezone (str | Unset):
        integration_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LinkTestLogTotalsData
    """

    return (
        await asyncio_detailed(
            client=client,
            time_period=time_period,
            timezone=timezone,
            integration_id=integration_id,
        )
    ).parsed
