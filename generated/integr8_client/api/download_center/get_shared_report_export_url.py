from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.signed_url import SignedURL
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    artifact_name: str,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["artifact_name"] = artifact_name

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shared/downloadcenter-artifact-url",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SignedURL | None:
    if response.status_code == 200:
        response_200 = SignedURL.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | SignedURL]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    artifact_name: str,
    token: str | Unset = UNSET,
) -> Response[Error | SignedURL]:
    """Get Download Center Export URL of a Shared Report

     Get the signed url for a download center file. You need this URL in order to download the file.

    Args:
        artifact_name (str):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SignedURL]
    """

    kwargs = _get_kwargs(
        artifact_name=artifact_name,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    artifact_name: str,
    token: str | Unset = UNSET,
) -> Error | SignedURL | None:
    """Get Download Center Export URL of a Shared Report

     Get the signed url for a download center file. You need this URL in order to download the file.

    Args:
        artifact_name (str):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SignedURL
    """

    return sync_detailed(
        client=client,
        artifact_name=artifact_name,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    artifact_name: str,
    token: str | Unset = UNSET,
) -> Response[Error | SignedURL]:
    """Get Download Center Export URL of a Shared Report

     Get the signed url for a download center file. You need this URL in order to download the file.

    Args:
        artifact_name (str):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SignedURL]
    """

    kwargs = _get_kwargs(
        artifact_name=artifact_name,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    artifact_name: str,
    token: str | Unset = UNSET,
) -> Error | SignedURL | None:
    """Get Download Center Export URL of a Shared Report

     Get the signed url for a download center file. You need this URL in order to download the file.

    Args:
        artifact_name (str):
        token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SignedURL
    """

    return (
        await asyncio_detailed(
            client=client,
            artifact_name=artifact_name,
            token=token,
        )
    ).parsed
