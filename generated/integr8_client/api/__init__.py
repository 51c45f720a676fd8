"""Typed bindings of every operation, as `client.<tag>.<operation>(...)` of `integr8.Integr8`.

Generated from the spec by scripts/regen.sh (openapi/templates/api_init.py.jinja); do not edit.

Per tag, `<Tag>Operations` (sync) and `Async<Tag>Operations` (awaitable) have one method per
operation, with the operation's own parameters, return model and docstring. A method sends
nothing itself: it hands its arguments to the object the tag was made with (an
`OperationCaller`, i.e. the client), which checks them, sends the request and parses the answer.
`Operations` and `AsyncOperations` are the clients' mixins, with one attribute per tag;
`OPERATION_MODULES` names the module of every operation.
Importing this module loads no model: they are imported for type checkers only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.advertiser_data import AdvertiserData
    from ..models.advertiser_list import AdvertiserList
    from ..models.advertiser_request import AdvertiserRequest
    from ..models.blocked_sub_id_data import BlockedSubIDData
    from ..models.blocked_sub_id_list import BlockedSubIDList
    from ..models.bulk_create_publisher_sub_i_ds_request import BulkCreatePublisherSubIDsRequest
    from ..models.bulk_delete_request import BulkDeleteRequest
    from ..models.bulk_status_request import BulkStatusRequest
    from ..models.click_report import ClickReport
    from ..models.conversion_report import ConversionReport
    from ..models.create_blocked_sub_id_request import CreateBlockedSubIDRequest
    from ..models.create_custom_payout_request import CreateCustomPayoutRequest
    from ..models.create_custom_throttle_request import CreateCustomThrottleRequest
    from ..models.create_publisher_sub_id_request import CreatePublisherSubIDRequest
    from ..models.create_publisher_user_request import CreatePublisherUserRequest
    from ..models.create_user_request import CreateUserRequest
    from ..models.created_item import CreatedItem
    from ..models.custom_payout_data import CustomPayoutData
    from ..models.custom_payout_list import CustomPayoutList
    from ..models.custom_throttle_data import CustomThrottleData
    from ..models.custom_throttle_list import CustomThrottleList
    from ..models.download_center_export import DownloadCenterExport
    from ..models.download_center_export_data import DownloadCenterExportData
    from ..models.download_center_export_list import DownloadCenterExportList
    from ..models.empty_object import EmptyObject
    from ..models.get_click_report_filterstatus import GetClickReportFilterstatus
    from ..models.get_conversion_report_filterstatus import GetConversionReportFilterstatus
    from ..models.get_impression_report_filterstatus import GetImpressionReportFilterstatus
    from ..models.get_link_test_logs_totals_time_period import GetLinkTestLogsTotalsTimePeriod
    from ..models.impression_report import ImpressionReport
    from ..models.link_test_log_chart_data import LinkTestLogChartData
    from ..models.link_test_log_data import LinkTestLogData
    from ..models.link_test_log_group_list import LinkTestLogGroupList
    from ..models.link_test_log_list import LinkTestLogList
    from ..models.link_test_log_totals_data import LinkTestLogTotalsData
    from ..models.offer_data import OfferData
    from ..models.offer_event_data import OfferEventData
    from ..models.offer_event_list import OfferEventList
    from ..models.offer_event_request import OfferEventRequest
    from ..models.offer_landing_page_data import OfferLandingPageData
    from ..models.offer_landing_page_list import OfferLandingPageList
    from ..models.offer_landing_page_request import OfferLandingPageRequest
    from ..models.offer_list import OfferList
    from ..models.offer_request import OfferRequest
    from ..models.publisher_data import PublisherData
    from ..models.publisher_list import PublisherList
    from ..models.publisher_request import PublisherRequest
    from ..models.publisher_sub_id_data import PublisherSubIDData
    from ..models.publisher_sub_id_list import PublisherSubIDList
    from ..models.publisher_user_data import PublisherUserData
    from ..models.publisher_user_list import PublisherUserList
    from ..models.signed_url import SignedURL
    from ..models.success import Success
    from ..models.update_blocked_sub_id_request import UpdateBlockedSubIDRequest
    from ..models.update_conversions_request import UpdateConversionsRequest
    from ..models.update_custom_payout_request import UpdateCustomPayoutRequest
    from ..models.update_custom_throttle_request import UpdateCustomThrottleRequest
    from ..models.update_publisher_sub_id_request import UpdatePublisherSubIDRequest
    from ..models.update_publisher_user_request import UpdatePublisherUserRequest
    from ..models.update_user_request import UpdateUserRequest
    from ..models.user_data import UserData
    from ..models.user_list import UserList

__all__ = [
    "AsyncOperationCaller",
    "AsyncOperations",
    "OperationCaller",
    "Operations",
    "TagOperations",
    "AdvertisersOperations",
    "AsyncAdvertisersOperations",
    "DownloadCenterOperations",
    "AsyncDownloadCenterOperations",
    "OfferEventsOperations",
    "AsyncOfferEventsOperations",
    "OfferLandingPagesOperations",
    "AsyncOfferLandingPagesOperations",
    "OffersOperations",
    "AsyncOffersOperations",
    "PublisherBlockedSubIdsOperations",
    "AsyncPublisherBlockedSubIdsOperations",
    "PublisherCustomPayoutOperations",
    "AsyncPublisherCustomPayoutOperations",
    "PublisherCustomThrottleOperations",
    "AsyncPublisherCustomThrottleOperations",
    "PublisherSubIdsOperations",
    "AsyncPublisherSubIdsOperations",
    "PublisherUsersOperations",
    "AsyncPublisherUsersOperations",
    "PublishersOperations",
    "AsyncPublishersOperations",
    "ReportsOperations",
    "AsyncReportsOperations",
    "UsersOperations",
    "AsyncUsersOperations",
]

# Every operation: tag attribute -> operation name -> its module, under this package. The facade
# reads this (`integr8._operations.catalog`) rather than walking the package's folders, and
# imports an operation's module on its first call only.
OPERATION_MODULES: dict[str, dict[str, str]] = {
    "advertisers": {
        "bulk_delete_advertisers": "advertisers.bulk_delete_advertisers",
        "bulk_update_advertisers_status": "advertisers.bulk_update_advertisers_status",
        "create_advertiser": "advertisers.create_advertiser",
        "delete_advertiser": "advertisers.delete_advertiser",
        "get_advertiser": "advertisers.get_advertiser",
        "list_advertisers": "advertisers.list_advertisers",
        "update_advertiser": "advertisers.update_advertiser",
    },
    "download_center": {
        "delete_download_center_export": "download_center.delete_download_center_export",
        "get_download_center_export": "download_center.get_download_center_export",
        "get_download_center_export_url": "download_center.get_download_center_export_url",
        "get_shared_report_export_url": "download_center.get_shared_report_export_url",
        "list_download_center_exports": "download_center.list_download_center_exports",
    },
    "offer_events": {
        "create_offer_event": "offer_events.create_offer_event",
        "delete_offer_event": "offer_events.delete_offer_event",
        "get_offer_event": "offer_events.get_offer_event",
        "list_offer_events": "offer_events.list_offer_events",
        "update_offer_event": "offer_events.update_offer_event",
    },
    "offer_landing_pages": {
        "create_offer_landing_page": "offer_landing_pages.create_offer_landing_page",
        "delete_offer_landing_page": "offer_landing_pages.delete_offer_landing_page",
        "get_link_test_log": "offer_landing_pages.get_link_test_log",
        "get_link_test_logs_chart_by_failed_reason": "offer_landing_pages.get_link_test_logs_chart_by_failed_reason",
        "get_link_test_logs_chart_by_status": "offer_landing_pages.get_link_test_logs_chart_by_status",
        "get_link_test_logs_totals": "offer_landing_pages.get_link_test_logs_totals",
        "get_offer_landing_page": "offer_landing_pages.get_offer_landing_page",
        "list_link_test_logs": "offer_landing_pages.list_link_test_logs",
        "list_link_test_logs_grouped": "offer_landing_pages.list_link_test_logs_grouped",
        "list_offer_landing_pages": "offer_landing_pages.list_offer_landing_pages",
        "update_offer_landing_page": "offer_landing_pages.update_offer_landing_page",
    },
    "offers": {
        "bulk_delete_offers": "offers.bulk_delete_offers",
        "bulk_update_offers_status": "offers.bulk_update_offers_status",
        "create_offer": "offers.create_offer",
        "delete_offer": "offers.delete_offer",
        "get_offer": "offers.get_offer",
        "list_offers": "offers.list_offers",
        "update_offer": "offers.update_offer",
    },
    "publisher_blocked_sub_ids": {
        "bulk_delete_blocked_sub_ids": "publisher_blocked_sub_i_ds.bulk_delete_blocked_sub_ids",
        "create_blocked_sub_id": "publisher_blocked_sub_i_ds.create_blocked_sub_id",
        "delete_blocked_sub_id": "publisher_blocked_sub_i_ds.delete_blocked_sub_id",
        "get_blocked_sub_id": "publisher_blocked_sub_i_ds.get_blocked_sub_id",
        "list_blocked_sub_ids": "publisher_blocked_sub_i_ds.list_blocked_sub_ids",
        "update_blocked_sub_id": "publisher_blocked_sub_i_ds.update_blocked_sub_id",
    },
    "publisher_custom_payout": {
        "bulk_delete_custom_payouts": "publisher_custom_payout.bulk_delete_custom_payouts",
        "create_custom_payout": "publisher_custom_payout.create_custom_payout",
        "delete_custom_payout": "publisher_custom_payout.delete_custom_payout",
        "get_custom_payout": "publisher_custom_payout.get_custom_payout",
        "list_custom_payouts": "publisher_custom_payout.list_custom_payouts",
        "update_custom_payout": "publisher_custom_payout.update_custom_payout",
    },
    "publisher_custom_throttle": {
        "bulk_delete_custom_throttles": "publisher_custom_throttle.bulk_delete_custom_throttles",
        "bulk_update_custom_throttles_status": "publisher_custom_throttle.bulk_update_custom_throttles_status",
        "create_custom_throttle": "publisher_custom_throttle.create_custom_throttle",
        "delete_custom_throttle": "publisher_custom_throttle.delete_custom_throttle",
        "get_custom_throttle": "publisher_custom_throttle.get_custom_throttle",
        "list_custom_throttles": "publisher_custom_throttle.list_custom_throttles",
        "update_custom_throttle": "publisher_custom_throttle.update_custom_throttle",
    },
    "publisher_sub_ids": {
        "bulk_create_publisher_sub_ids": "publisher_sub_i_ds.bulk_create_publisher_sub_ids",
        "bulk_delete_publisher_sub_ids": "publisher_sub_i_ds.bulk_delete_publisher_sub_ids",
        "create_publisher_sub_id": "publisher_sub_i_ds.create_publisher_sub_id",
        "delete_publisher_sub_id": "publisher_sub_i_ds.delete_publisher_sub_id",
        "get_organization_publisher_sub_id": "publisher_sub_i_ds.get_organization_publisher_sub_id",
        "get_publisher_sub_id": "publisher_sub_i_ds.get_publisher_sub_id",
        "list_organization_publisher_sub_ids": "publisher_sub_i_ds.list_organization_publisher_sub_ids",
        "list_publisher_sub_ids": "publisher_sub_i_ds.list_publisher_sub_ids",
        "update_publisher_sub_id": "publisher_sub_i_ds.update_publisher_sub_id",
    },
    "publisher_users": {
        "create_publisher_user": "publisher_users.create_publisher_user",
        "delete_publisher_user": "publisher_users.delete_publisher_user",
        "get_publisher_user": "publisher_users.get_publisher_user",
        "list_publisher_users": "publisher_users.list_publisher_users",
        "update_publisher_user": "publisher_users.update_publisher_user",
    },
    "publishers": {
        "bulk_delete_publishers": "publishers.bulk_delete_publishers",
        "bulk_update_publishers_status": "publishers.bulk_update_publishers_status",
        "create_publisher": "publishers.create_publisher",
        "delete_publisher": "publishers.delete_publisher",
        "get_publisher": "publishers.get_publisher",
        "list_publishers": "publishers.list_publishers",
        "update_publisher": "publishers.update_publisher",
    },
    "reports": {
        "export_clicks": "reports.export_clicks",
        "export_conversions": "reports.export_conversions",
        "export_impressions": "reports.export_impressions",
        "export_postback_logs": "reports.export_postback_logs",
        "get_click_report": "reports.get_click_report",
        "get_conversion_report": "reports.get_conversion_report",
        "get_impression_report": "reports.get_impression_report",
        "update_conversions": "reports.update_conversions",
    },
    "users": {
        "create_user": "users.create_user",
        "delete_user": "users.delete_user",
        "get_user": "users.get_user",
        "list_users": "users.list_users",
        "update_user": "users.update_user",
    },
}

_F = TypeVar("_F", bound=Callable[..., Any])


class OperationCaller(Protocol):
    """What a sync tag object calls: `integr8.Integr8.call_operation`.

    `tag` and `name` name the operation (`"offers"`, `"get_offer"`); `args` are its path
    parameters in order, `params` its other parameters by name, `UNSET` for those not given;
    the rest as the method received them. Returns the parsed answer.
    """

    def call_operation(
        self,
        tag: str,
        name: str,
        args: tuple[Any, ...],
        params: dict[str, Any],
        extra_query: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
        timeout: float | None,
        /,
    ) -> Any: ...


class AsyncOperationCaller(Protocol):
    """What an async tag object awaits: `integr8.AsyncIntegr8.call_operation`."""

    async def call_operation(
        self,
        tag: str,
        name: str,
        args: tuple[Any, ...],
        params: dict[str, Any],
        extra_query: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
        timeout: float | None,
        /,
    ) -> Any: ...


_CallerT = TypeVar("_CallerT", OperationCaller, AsyncOperationCaller)


def _operation(tag: str, name: str) -> Callable[[_F], _F]:
    """Marks a method as the binding of operation `name` of `tag`: `__integr8_operation__` is
    `(tag, name)` (read through the bound method too, by `paginate` and the command line), and
    the method is named `tag.name` in tracebacks and argument errors."""

    def mark(method: _F) -> _F:
        setattr(method, "__integr8_operation__", (tag, name))
        setattr(method, "__qualname__", f"{tag}.{name}")
        return method

    return mark


class TagOperations(Generic[_CallerT]):
    """The operations of one tag of the spec, bound to a client (`client.offers`)."""

    _tag: ClassVar[str]
    _names: ClassVar[tuple[str, ...]]
    __slots__ = ("_caller",)

    def __init__(self, caller: _CallerT) -> None:
        self._caller: _CallerT = caller

    def __repr__(self) -> str:
        return f"<{self._tag}: {', '.join(self._names)}>"

    def __dir__(self) -> list[str]:
        return sorted(self._names)

    if not TYPE_CHECKING:  # for type checkers, a misspelt operation stays an error

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            raise AttributeError(f"{self._tag} has no operation {name!r}; it has: {', '.join(self._names)}")


class AdvertisersOperations(TagOperations[OperationCaller]):
    """The operations of the tag `advertisers`: `client.advertisers.<operation>(...)`."""

    _tag = "advertisers"
    _names = (
        "bulk_delete_advertisers",
        "bulk_update_advertisers_status",
        "create_advertiser",
        "delete_advertiser",
        "get_advertiser",
        "list_advertisers",
        "update_advertiser",
    )
    __slots__ = ()

    @_operation("advertisers", "bulk_delete_advertisers")
    def bulk_delete_advertisers(
        self,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Delete Advertisers

        Bulk delete Advertisers by providing an array of Advertiser IDs.

        Args:
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "advertisers",
                "bulk_delete_advertisers",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "bulk_update_advertisers_status")
    def bulk_update_advertisers_status(
        self,
        *,
        body: BulkStatusRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Update Advertisers Status

        Bulk update Advertisers status by providing an array of Advertiser IDs and the new status.

        Args:
            body (BulkStatusRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "advertisers",
                "bulk_update_advertisers_status",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "create_advertiser")
    def create_advertiser(
        self,
        *,
        body: AdvertiserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create Advertiser

        Create a new Advertiser.

        Args:
            body (AdvertiserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "advertisers",
                "create_advertiser",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "delete_advertiser")
    def delete_advertiser(
        self,
        advertiser_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Advertiser

        Delete an Advertiser. Deleted Advertisers are archived and can be restored.

        Args:
            advertiser_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "advertisers",
            "delete_advertiser",
            (advertiser_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("advertisers", "get_advertiser")
    def get_advertiser(
        self,
        advertiser_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> AdvertiserData:
        """Get Advertiser

        Get an Advertiser information.

        Args:
            advertiser_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            AdvertiserData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "AdvertiserData",
            self._caller.call_operation(
                "advertisers",
                "get_advertiser",
                (advertiser_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "list_advertisers")
    def list_advertisers(
        self,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> AdvertiserList:
        """List Advertisers

        List multiple Advertisers with pagination and filtering.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            AdvertiserList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "AdvertiserList",
            self._caller.call_operation(
                "advertisers",
                "list_advertisers",
                (),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "update_advertiser")
    def update_advertiser(
        self,
        advertiser_id: str,
        *,
        body: AdvertiserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update Advertiser

        Update an Advertiser information.

        Args:
            advertiser_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (AdvertiserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "advertisers",
                "update_advertiser",
                (advertiser_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncAdvertisersOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `advertisers`, awaitable: `await client.advertisers.<operation>(...)`."""

    _tag = "advertisers"
    _names = (
        "bulk_delete_advertisers",
        "bulk_update_advertisers_status",
        "create_advertiser",
        "delete_advertiser",
        "get_advertiser",
        "list_advertisers",
        "update_advertiser",
    )
    __slots__ = ()

    @_operation("advertisers", "bulk_delete_advertisers")
    async def bulk_delete_advertisers(
        self,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Delete Advertisers

        Bulk delete Advertisers by providing an array of Advertiser IDs.

        Args:
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "advertisers",
                "bulk_delete_advertisers",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "bulk_update_advertisers_status")
    async def bulk_update_advertisers_status(
        self,
        *,
        body: BulkStatusRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Update Advertisers Status

        Bulk update Advertisers status by providing an array of Advertiser IDs and the new status.

        Args:
            body (BulkStatusRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "advertisers",
                "bulk_update_advertisers_status",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "create_advertiser")
    async def create_advertiser(
        self,
        *,
        body: AdvertiserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create Advertiser

        Create a new Advertiser.

        Args:
            body (AdvertiserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "advertisers",
                "create_advertiser",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "delete_advertiser")
    async def delete_advertiser(
        self,
        advertiser_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Advertiser

        Delete an Advertiser. Deleted Advertisers are archived and can be restored.

        Args:
            advertiser_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "advertisers",
            "delete_advertiser",
            (advertiser_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("advertisers", "get_advertiser")
    async def get_advertiser(
        self,
        advertiser_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> AdvertiserData:
        """Get Advertiser

        Get an Advertiser information.

        Args:
            advertiser_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            AdvertiserData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "AdvertiserData",
            await self._caller.call_operation(
                "advertisers",
                "get_advertiser",
                (advertiser_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "list_advertisers")
    async def list_advertisers(
        self,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> AdvertiserList:
        """List Advertisers

        List multiple Advertisers with pagination and filtering.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            AdvertiserList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "AdvertiserList",
            await self._caller.call_operation(
                "advertisers",
                "list_advertisers",
                (),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("advertisers", "update_advertiser")
    async def update_advertiser(
        self,
        advertiser_id: str,
        *,
        body: AdvertiserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update Advertiser

        Update an Advertiser information.

        Args:
            advertiser_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (AdvertiserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "advertisers",
                "update_advertiser",
                (advertiser_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class DownloadCenterOperations(TagOperations[OperationCaller]):
    """The operations of the tag `download_center`: `client.download_center.<operation>(...)`."""

    _tag = "download_center"
    _names = (
        "delete_download_center_export",
        "get_download_center_export",
        "get_download_center_export_url",
        "get_shared_report_export_url",
        "list_download_center_exports",
    )
    __slots__ = ()

    @_operation("download_center", "delete_download_center_export")
    def delete_download_center_export(
        self,
        export_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Download Center Export

        Delete the Download Center export object and the associated file.

        Args:
            export_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "download_center",
            "delete_download_center_export",
            (export_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("download_center", "get_download_center_export")
    def get_download_center_export(
        self,
        export_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExportData:
        """Get Download Center Export

        Get the Download Center export object.

        Args:
            export_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExportData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExportData",
            self._caller.call_operation(
                "download_center",
                "get_download_center_export",
                (export_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("download_center", "get_download_center_export_url")
    def get_download_center_export_url(
        self,
        *,
        artifact_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> SignedURL:
        """Get Download Center Export URL

        Get the signed url for a download center file. You need this URL in order to download the
        file.

        Args:
            artifact_name (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            SignedURL: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "SignedURL",
            self._caller.call_operation(
                "download_center",
                "get_download_center_export_url",
                (),
                {
                    "artifact_name": artifact_name,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("download_center", "get_shared_report_export_url")
    def get_shared_report_export_url(
        self,
        *,
        artifact_name: str,
        token: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> SignedURL:
        """Get Download Center Export URL of a Shared Report

        Get the signed url for a download center file. You need this URL in order to download the
        file.

        Args:
            artifact_name (str):
            token (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            SignedURL: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "SignedURL",
            self._caller.call_operation(
                "download_center",
                "get_shared_report_export_url",
                (),
                {
                    "artifact_name": artifact_name,
                    "token": token,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("download_center", "list_download_center_exports")
    def list_download_center_exports(
        self,
        *,
        filterreports_query_option_filters_offer_id_equalvalues: list[str] | Unset = UNSET,
        filterreports_query_option_filters_publisher_equalvalues: list[str] | Unset = UNSET,
        filterreports_query_option_filters_advertiser_equalvalues: list[str] | Unset = UNSET,
        filterreports_query_option_filters_integration_id_equalvalues: list[str] | Unset = UNSET,
        filterreports_query_option_start_date: datetime.date | str | Unset = UNSET,
        filterreports_query_option_end_date: datetime.date | str | Unset = UNSET,
        filterstatus: str | Unset = UNSET,
        filtertype: str | Unset = UNSET,
        filterresults_meta_totalgte: int | Unset = UNSET,
        filterresults_meta_totallte: int | Unset = UNSET,
        filterresults_meta_duration_secondsgte: int | Unset = UNSET,
        filterresults_meta_duration_secondslte: int | Unset = UNSET,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExportList:
        """List Download Center Exports

        List all the Download Center exports.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            filterreports_query_option_filters_offer_id_equalvalues (list[str] | Unset):
            filterreports_query_option_filters_publisher_equalvalues (list[str] | Unset):
            filterreports_query_option_filters_advertiser_equalvalues (list[str] | Unset):
            filterreports_query_option_filters_integration_id_equalvalues (list[str] | Unset):
            filterreports_query_option_start_date (datetime.date | str | Unset):
            filterreports_query_option_end_date (datetime.date | str | Unset):
            filterstatus (str | Unset):
            filtertype (str | Unset):
            filterresults_meta_totalgte (int | Unset):
            filterresults_meta_totallte (int | Unset):
            filterresults_meta_duration_secondsgte (int | Unset):
            filterresults_meta_duration_secondslte (int | Unset):
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExportList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExportList",
            self._caller.call_operation(
                "download_center",
                "list_download_center_exports",
                (),
                {
                    "filterreports_query_option_filters_offer_id_equalvalues": filterreports_query_option_filters_offer_id_equalvalues,
                    "filterreports_query_option_filters_publisher_equalvalues": filterreports_query_option_filters_publisher_equalvalues,
                    "filterreports_query_option_filters_advertiser_equalvalues": filterreports_query_option_filters_advertiser_equalvalues,
                    "filterreports_query_option_filters_integration_id_equalvalues": filterreports_query_option_filters_integration_id_equalvalues,
                    "filterreports_query_option_start_date": filterreports_query_option_start_date,
                    "filterreports_query_option_end_date": filterreports_query_option_end_date,
                    "filterstatus": filterstatus,
                    "filtertype": filtertype,
                    "filterresults_meta_totalgte": filterresults_meta_totalgte,
                    "filterresults_meta_totallte": filterresults_meta_totallte,
                    "filterresults_meta_duration_secondsgte": filterresults_meta_duration_secondsgte,
                    "filterresults_meta_duration_secondslte": filterresults_meta_duration_secondslte,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncDownloadCenterOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `download_center`, awaitable: `await client.download_center.<operation>(...)`."""

    _tag = "download_center"
    _names = (
        "delete_download_center_export",
        "get_download_center_export",
        "get_download_center_export_url",
        "get_shared_report_export_url",
        "list_download_center_exports",
    )
    __slots__ = ()

    @_operation("download_center", "delete_download_center_export")
    async def delete_download_center_export(
        self,
        export_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Download Center Export

        Delete the Download Center export object and the associated file.

        Args:
            export_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "download_center",
            "delete_download_center_export",
            (export_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("download_center", "get_download_center_export")
    async def get_download_center_export(
        self,
        export_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExportData:
        """Get Download Center Export

        Get the Download Center export object.

        Args:
            export_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExportData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExportData",
            await self._caller.call_operation(
                "download_center",
                "get_download_center_export",
                (export_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("download_center", "get_download_center_export_url")
    async def get_download_center_export_url(
        self,
        *,
        artifact_name: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> SignedURL:
        """Get Download Center Export URL

        Get the signed url for a download center file. You need this URL in order to download the
        file.

        Args:
            artifact_name (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            SignedURL: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "SignedURL",
            await self._caller.call_operation(
                "download_center",
                "get_download_center_export_url",
                (),
                {
                    "artifact_name": artifact_name,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("download_center", "get_shared_report_export_url")
    async def get_shared_report_export_url(
        self,
        *,
        artifact_name: str,
        token: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> SignedURL:
        """Get Download Center Export URL of a Shared Report

        Get the signed url for a download center file. You need this URL in order to download the
        file.

        Args:
            artifact_name (str):
            token (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            SignedURL: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "SignedURL",
            await self._caller.call_operation(
                "download_center",
                "get_shared_report_export_url",
                (),
                {
                    "artifact_name": artifact_name,
                    "token": token,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("download_center", "list_download_center_exports")
    async def list_download_center_exports(
        self,
        *,
        filterreports_query_option_filters_offer_id_equalvalues: list[str] | Unset = UNSET,
        filterreports_query_option_filters_publisher_equalvalues: list[str] | Unset = UNSET,
        filterreports_query_option_filters_advertiser_equalvalues: list[str] | Unset = UNSET,
        filterreports_query_option_filters_integration_id_equalvalues: list[str] | Unset = UNSET,
        filterreports_query_option_start_date: datetime.date | str | Unset = UNSET,
        filterreports_query_option_end_date: datetime.date | str | Unset = UNSET,
        filterstatus: str | Unset = UNSET,
        filtertype: str | Unset = UNSET,
        filterresults_meta_totalgte: int | Unset = UNSET,
        filterresults_meta_totallte: int | Unset = UNSET,
        filterresults_meta_duration_secondsgte: int | Unset = UNSET,
        filterresults_meta_duration_secondslte: int | Unset = UNSET,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExportList:
        """List Download Center Exports

        List all the Download Center exports.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            filterreports_query_option_filters_offer_id_equalvalues (list[str] | Unset):
            filterreports_query_option_filters_publisher_equalvalues (list[str] | Unset):
            filterreports_query_option_filters_advertiser_equalvalues (list[str] | Unset):
            filterreports_query_option_filters_integration_id_equalvalues (list[str] | Unset):
            filterreports_query_option_start_date (datetime.date | str | Unset):
            filterreports_query_option_end_date (datetime.date | str | Unset):
            filterstatus (str | Unset):
            filtertype (str | Unset):
            filterresults_meta_totalgte (int | Unset):
            filterresults_meta_totallte (int | Unset):
            filterresults_meta_duration_secondsgte (int | Unset):
            filterresults_meta_duration_secondslte (int | Unset):
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExportList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExportList",
            await self._caller.call_operation(
                "download_center",
                "list_download_center_exports",
                (),
                {
                    "filterreports_query_option_filters_offer_id_equalvalues": filterreports_query_option_filters_offer_id_equalvalues,
                    "filterreports_query_option_filters_publisher_equalvalues": filterreports_query_option_filters_publisher_equalvalues,
                    "filterreports_query_option_filters_advertiser_equalvalues": filterreports_query_option_filters_advertiser_equalvalues,
                    "filterreports_query_option_filters_integration_id_equalvalues": filterreports_query_option_filters_integration_id_equalvalues,
                    "filterreports_query_option_start_date": filterreports_query_option_start_date,
                    "filterreports_query_option_end_date": filterreports_query_option_end_date,
                    "filterstatus": filterstatus,
                    "filtertype": filtertype,
                    "filterresults_meta_totalgte": filterresults_meta_totalgte,
                    "filterresults_meta_totallte": filterresults_meta_totallte,
                    "filterresults_meta_duration_secondsgte": filterresults_meta_duration_secondsgte,
                    "filterresults_meta_duration_secondslte": filterresults_meta_duration_secondslte,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class OfferEventsOperations(TagOperations[OperationCaller]):
    """The operations of the tag `offer_events`: `client.offer_events.<operation>(...)`."""

    _tag = "offer_events"
    _names = (
        "create_offer_event",
        "delete_offer_event",
        "get_offer_event",
        "list_offer_events",
        "update_offer_event",
    )
    __slots__ = ()

    @_operation("offer_events", "create_offer_event")
    def create_offer_event(
        self,
        integration_id: str,
        offer_id: str,
        *,
        body: OfferEventRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create an offer event

        You can create an offer event in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            body (OfferEventRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "offer_events",
                "create_offer_event",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_events", "delete_offer_event")
    def delete_offer_event(
        self,
        integration_id: str,
        offer_id: str,
        offer_event_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete an offer event

        You can delete an offer event in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_event_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "offer_events",
            "delete_offer_event",
            (
                integration_id,
                offer_id,
                offer_event_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("offer_events", "get_offer_event")
    def get_offer_event(
        self,
        integration_id: str,
        offer_id: str,
        offer_event_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferEventData:
        """Read an offer event

        You can read an offer event in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_event_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferEventData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferEventData",
            self._caller.call_operation(
                "offer_events",
                "get_offer_event",
                (
                    integration_id,
                    offer_id,
                    offer_event_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_events", "list_offer_events")
    def list_offer_events(
        self,
        integration_id: str,
        offer_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferEventList:
        """List all offer events

        You can list all offer events within an offer.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferEventList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferEventList",
            self._caller.call_operation(
                "offer_events",
                "list_offer_events",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_events", "update_offer_event")
    def update_offer_event(
        self,
        integration_id: str,
        offer_id: str,
        offer_event_id: str,
        *,
        body: OfferEventRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update an offer event

        You can update an offer event in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_event_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (OfferEventRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "offer_events",
                "update_offer_event",
                (
                    integration_id,
                    offer_id,
                    offer_event_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncOfferEventsOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `offer_events`, awaitable: `await client.offer_events.<operation>(...)`."""

    _tag = "offer_events"
    _names = (
        "create_offer_event",
        "delete_offer_event",
        "get_offer_event",
        "list_offer_events",
        "update_offer_event",
    )
    __slots__ = ()

    @_operation("offer_events", "create_offer_event")
    async def create_offer_event(
        self,
        integration_id: str,
        offer_id: str,
        *,
        body: OfferEventRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create an offer event

        You can create an offer event in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            body (OfferEventRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "offer_events",
                "create_offer_event",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_events", "delete_offer_event")
    async def delete_offer_event(
        self,
        integration_id: str,
        offer_id: str,
        offer_event_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete an offer event

        You can delete an offer event in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_event_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "offer_events",
            "delete_offer_event",
            (
                integration_id,
                offer_id,
                offer_event_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("offer_events", "get_offer_event")
    async def get_offer_event(
        self,
        integration_id: str,
        offer_id: str,
        offer_event_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferEventData:
        """Read an offer event

        You can read an offer event in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_event_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferEventData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferEventData",
            await self._caller.call_operation(
                "offer_events",
                "get_offer_event",
                (
                    integration_id,
                    offer_id,
                    offer_event_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_events", "list_offer_events")
    async def list_offer_events(
        self,
        integration_id: str,
        offer_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferEventList:
        """List all offer events

        You can list all offer events within an offer.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferEventList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferEventList",
            await self._caller.call_operation(
                "offer_events",
                "list_offer_events",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_events", "update_offer_event")
    async def update_offer_event(
        self,
        integration_id: str,
        offer_id: str,
        offer_event_id: str,
        *,
        body: OfferEventRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update an offer event

        You can update an offer event in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_event_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (OfferEventRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "offer_events",
                "update_offer_event",
                (
                    integration_id,
                    offer_id,
                    offer_event_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class OfferLandingPagesOperations(TagOperations[OperationCaller]):
    """The operations of the tag `offer_landing_pages`: `client.offer_landing_pages.<operation>(...)`."""

    _tag = "offer_landing_pages"
    _names = (
        "create_offer_landing_page",
        "delete_offer_landing_page",
        "get_link_test_log",
        "get_link_test_logs_chart_by_failed_reason",
        "get_link_test_logs_chart_by_status",
        "get_link_test_logs_totals",
        "get_offer_landing_page",
        "list_link_test_logs",
        "list_link_test_logs_grouped",
        "list_offer_landing_pages",
        "update_offer_landing_page",
    )
    __slots__ = ()

    @_operation("offer_landing_pages", "create_offer_landing_page")
    def create_offer_landing_page(
        self,
        integration_id: str,
        offer_id: str,
        *,
        body: OfferLandingPageRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create an offer landing page

        You can create an offer landing page in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            body (OfferLandingPageRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "offer_landing_pages",
                "create_offer_landing_page",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "delete_offer_landing_page")
    def delete_offer_landing_page(
        self,
        integration_id: str,
        offer_id: str,
        offer_landing_page_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete an offer landing page

        You can delete an offer landing page in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_landing_page_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "offer_landing_pages",
            "delete_offer_landing_page",
            (
                integration_id,
                offer_id,
                offer_landing_page_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("offer_landing_pages", "get_link_test_log")
    def get_link_test_log(
        self,
        id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogData:
        """Get a single Integr8 link test log

        Returns a single Integr8 link test log by request ID, scoped to the authenticated user's
        organization.

        Args:
            id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogData",
            self._caller.call_operation(
                "offer_landing_pages",
                "get_link_test_log",
                (id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "get_link_test_logs_chart_by_failed_reason")
    def get_link_test_logs_chart_by_failed_reason(
        self,
        *,
        start_time: str,
        end_time: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogChartData:
        """Get Integr8 link test logs bar chart by failed reason

        Returns Integr8 link test failed-reason chart data scoped to the authenticated user's
        organization.

        Args:
            start_time (str):
            end_time (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogChartData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogChartData",
            self._caller.call_operation(
                "offer_landing_pages",
                "get_link_test_logs_chart_by_failed_reason",
                (),
                {
                    "start_time": start_time,
                    "end_time": end_time,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "get_link_test_logs_chart_by_status")
    def get_link_test_logs_chart_by_status(
        self,
        *,
        start_time: str,
        end_time: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogChartData:
        """Get Integr8 link test logs bar chart by status

        Returns Integr8 link test status chart data scoped to the authenticated user's
        organization.

        Args:
            start_time (str):
            end_time (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogChartData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogChartData",
            self._caller.call_operation(
                "offer_landing_pages",
                "get_link_test_logs_chart_by_status",
                (),
                {
                    "start_time": start_time,
                    "end_time": end_time,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "get_link_test_logs_totals")
    def get_link_test_logs_totals(
        self,
        *,
        time_period: GetLinkTestLogsTotalsTimePeriod | str,
        timezone: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogTotalsData:
        """Get Integr8 link test logs totals by time period

        Returns Integr8 link test total cards scoped to the authenticated user's organization.

        Args:
            time_period (GetLinkTestLogsTotalsTimePeriod | str):
            timezone (str | Unset):
            integration_id (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogTotalsData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogTotalsData",
            self._caller.call_operation(
                "offer_landing_pages",
                "get_link_test_logs_totals",
                (),
                {
                    "time_period": time_period,
                    "timezone": timezone,
                    "integration_id": integration_id,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "get_offer_landing_page")
    def get_offer_landing_page(
        self,
        integration_id: str,
        offer_id: str,
        offer_landing_page_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferLandingPageData:
        """Read an offer landing page

        You can read an offer landing page in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_landing_page_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferLandingPageData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferLandingPageData",
            self._caller.call_operation(
                "offer_landing_pages",
                "get_offer_landing_page",
                (
                    integration_id,
                    offer_id,
                    offer_landing_page_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "list_link_test_logs")
    def list_link_test_logs(
        self,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogList:
        """List integr8 link test logs

        Returns paginated Integr8 link test logs scoped to the authenticated user's organization.
        Additional filtering by integration_id, advertiser_incremental_id, offer_incremental_id,
        or landing_page_incremental_id is available via query params.

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
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogList",
            self._caller.call_operation(
                "offer_landing_pages",
                "list_link_test_logs",
                (),
                {
                    "start_time": start_time,
                    "end_time": end_time,
                    "sort": sort,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "timezone": timezone,
                    "integration_id": integration_id,
                    "advertiser_incremental_id": advertiser_incremental_id,
                    "offer_incremental_id": offer_incremental_id,
                    "landing_page_incremental_id": landing_page_incremental_id,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "list_link_test_logs_grouped")
    def list_link_test_logs_grouped(
        self,
        *,
        start_time: str,
        end_time: str,
        fields: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        timezone: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogGroupList:
        """List Integr8 link test logs grouped

        Returns grouped Integr8 link test logs scoped to the authenticated user's organization.

        Args:
            start_time (str):
            end_time (str):
            fields (str | Unset):
            sort (str | Unset):
            pagenumber (int | Unset):
            pagesize (int | Unset):
            timezone (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogGroupList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogGroupList",
            self._caller.call_operation(
                "offer_landing_pages",
                "list_link_test_logs_grouped",
                (),
                {
                    "start_time": start_time,
                    "end_time": end_time,
                    "fields": fields,
                    "sort": sort,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "timezone": timezone,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "list_offer_landing_pages")
    def list_offer_landing_pages(
        self,
        integration_id: str,
        offer_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferLandingPageList:
        """List all offer landing pages

        You can list all offer landing pages within an offer.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferLandingPageList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferLandingPageList",
            self._caller.call_operation(
                "offer_landing_pages",
                "list_offer_landing_pages",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "update_offer_landing_page")
    def update_offer_landing_page(
        self,
        integration_id: str,
        offer_id: str,
        offer_landing_page_id: str,
        *,
        body: OfferLandingPageRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update an offer landing page

        You can update an offer landing page in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_landing_page_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            body (OfferLandingPageRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "offer_landing_pages",
                "update_offer_landing_page",
                (
                    integration_id,
                    offer_id,
                    offer_landing_page_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncOfferLandingPagesOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `offer_landing_pages`, awaitable: `await client.offer_landing_pages.<operation>(...)`."""

    _tag = "offer_landing_pages"
    _names = (
        "create_offer_landing_page",
        "delete_offer_landing_page",
        "get_link_test_log",
        "get_link_test_logs_chart_by_failed_reason",
        "get_link_test_logs_chart_by_status",
        "get_link_test_logs_totals",
        "get_offer_landing_page",
        "list_link_test_logs",
        "list_link_test_logs_grouped",
        "list_offer_landing_pages",
        "update_offer_landing_page",
    )
    __slots__ = ()

    @_operation("offer_landing_pages", "create_offer_landing_page")
    async def create_offer_landing_page(
        self,
        integration_id: str,
        offer_id: str,
        *,
        body: OfferLandingPageRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create an offer landing page

        You can create an offer landing page in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            body (OfferLandingPageRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "offer_landing_pages",
                "create_offer_landing_page",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "delete_offer_landing_page")
    async def delete_offer_landing_page(
        self,
        integration_id: str,
        offer_id: str,
        offer_landing_page_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete an offer landing page

        You can delete an offer landing page in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_landing_page_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "offer_landing_pages",
            "delete_offer_landing_page",
            (
                integration_id,
                offer_id,
                offer_landing_page_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("offer_landing_pages", "get_link_test_log")
    async def get_link_test_log(
        self,
        id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogData:
        """Get a single Integr8 link test log

        Returns a single Integr8 link test log by request ID, scoped to the authenticated user's
        organization.

        Args:
            id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogData",
            await self._caller.call_operation(
                "offer_landing_pages",
                "get_link_test_log",
                (id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "get_link_test_logs_chart_by_failed_reason")
    async def get_link_test_logs_chart_by_failed_reason(
        self,
        *,
        start_time: str,
        end_time: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogChartData:
        """Get Integr8 link test logs bar chart by failed reason

        Returns Integr8 link test failed-reason chart data scoped to the authenticated user's
        organization.

        Args:
            start_time (str):
            end_time (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogChartData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogChartData",
            await self._caller.call_operation(
                "offer_landing_pages",
                "get_link_test_logs_chart_by_failed_reason",
                (),
                {
                    "start_time": start_time,
                    "end_time": end_time,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "get_link_test_logs_chart_by_status")
    async def get_link_test_logs_chart_by_status(
        self,
        *,
        start_time: str,
        end_time: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogChartData:
        """Get Integr8 link test logs bar chart by status

        Returns Integr8 link test status chart data scoped to the authenticated user's
        organization.

        Args:
            start_time (str):
            end_time (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogChartData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogChartData",
            await self._caller.call_operation(
                "offer_landing_pages",
                "get_link_test_logs_chart_by_status",
                (),
                {
                    "start_time": start_time,
                    "end_time": end_time,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "get_link_test_logs_totals")
    async def get_link_test_logs_totals(
        self,
        *,
        time_period: GetLinkTestLogsTotalsTimePeriod | str,
        timezone: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogTotalsData:
        """Get Integr8 link test logs totals by time period

        Returns Integr8 link test total cards scoped to the authenticated user's organization.

        Args:
            time_period (GetLinkTestLogsTotalsTimePeriod | str):
            timezone (str | Unset):
            integration_id (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogTotalsData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogTotalsData",
            await self._caller.call_operation(
                "offer_landing_pages",
                "get_link_test_logs_totals",
                (),
                {
                    "time_period": time_period,
                    "timezone": timezone,
                    "integration_id": integration_id,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "get_offer_landing_page")
    async def get_offer_landing_page(
        self,
        integration_id: str,
        offer_id: str,
        offer_landing_page_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferLandingPageData:
        """Read an offer landing page

        You can read an offer landing page in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_landing_page_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferLandingPageData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferLandingPageData",
            await self._caller.call_operation(
                "offer_landing_pages",
                "get_offer_landing_page",
                (
                    integration_id,
                    offer_id,
                    offer_landing_page_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "list_link_test_logs")
    async def list_link_test_logs(
        self,
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
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogList:
        """List integr8 link test logs

        Returns paginated Integr8 link test logs scoped to the authenticated user's organization.
        Additional filtering by integration_id, advertiser_incremental_id, offer_incremental_id,
        or landing_page_incremental_id is available via query params.

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
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogList",
            await self._caller.call_operation(
                "offer_landing_pages",
                "list_link_test_logs",
                (),
                {
                    "start_time": start_time,
                    "end_time": end_time,
                    "sort": sort,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "timezone": timezone,
                    "integration_id": integration_id,
                    "advertiser_incremental_id": advertiser_incremental_id,
                    "offer_incremental_id": offer_incremental_id,
                    "landing_page_incremental_id": landing_page_incremental_id,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "list_link_test_logs_grouped")
    async def list_link_test_logs_grouped(
        self,
        *,
        start_time: str,
        end_time: str,
        fields: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        timezone: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> LinkTestLogGroupList:
        """List Integr8 link test logs grouped

        Returns grouped Integr8 link test logs scoped to the authenticated user's organization.

        Args:
            start_time (str):
            end_time (str):
            fields (str | Unset):
            sort (str | Unset):
            pagenumber (int | Unset):
            pagesize (int | Unset):
            timezone (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            LinkTestLogGroupList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "LinkTestLogGroupList",
            await self._caller.call_operation(
                "offer_landing_pages",
                "list_link_test_logs_grouped",
                (),
                {
                    "start_time": start_time,
                    "end_time": end_time,
                    "fields": fields,
                    "sort": sort,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "timezone": timezone,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "list_offer_landing_pages")
    async def list_offer_landing_pages(
        self,
        integration_id: str,
        offer_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferLandingPageList:
        """List all offer landing pages

        You can list all offer landing pages within an offer.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferLandingPageList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferLandingPageList",
            await self._caller.call_operation(
                "offer_landing_pages",
                "list_offer_landing_pages",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offer_landing_pages", "update_offer_landing_page")
    async def update_offer_landing_page(
        self,
        integration_id: str,
        offer_id: str,
        offer_landing_page_id: str,
        *,
        body: OfferLandingPageRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update an offer landing page

        You can update an offer landing page in an offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            offer_landing_page_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            body (OfferLandingPageRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "offer_landing_pages",
                "update_offer_landing_page",
                (
                    integration_id,
                    offer_id,
                    offer_landing_page_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class OffersOperations(TagOperations[OperationCaller]):
    """The operations of the tag `offers`: `client.offers.<operation>(...)`."""

    _tag = "offers"
    _names = (
        "bulk_delete_offers",
        "bulk_update_offers_status",
        "create_offer",
        "delete_offer",
        "get_offer",
        "list_offers",
        "update_offer",
    )
    __slots__ = ()

    @_operation("offers", "bulk_delete_offers")
    def bulk_delete_offers(
        self,
        integration_id: str,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Delete Offers

        Bulk delete Offers by providing an array of Offer IDs.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "offers",
                "bulk_delete_offers",
                (integration_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "bulk_update_offers_status")
    def bulk_update_offers_status(
        self,
        integration_id: str,
        *,
        body: BulkStatusRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Update Offers Status

        Bulk update Offers status by providing an array of Offer IDs and the new status.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (BulkStatusRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "offers",
                "bulk_update_offers_status",
                (integration_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "create_offer")
    def create_offer(
        self,
        integration_id: str,
        *,
        body: OfferRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create Offer

        Create a new Offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (OfferRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "offers",
                "create_offer",
                (integration_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "delete_offer")
    def delete_offer(
        self,
        integration_id: str,
        offer_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Offer

        Delete an Offer. Deleted Offers are archived and can be restored.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "offers",
            "delete_offer",
            (
                integration_id,
                offer_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("offers", "get_offer")
    def get_offer(
        self,
        integration_id: str,
        offer_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferData:
        """Get Offer

        Get Offer information.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferData",
            self._caller.call_operation(
                "offers",
                "get_offer",
                (
                    integration_id,
                    offer_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "list_offers")
    def list_offers(
        self,
        integration_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferList:
        """List Offers

        List multiple Offers using pagination and filtering.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferList",
            self._caller.call_operation(
                "offers",
                "list_offers",
                (integration_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "update_offer")
    def update_offer(
        self,
        integration_id: str,
        offer_id: str,
        *,
        body: OfferRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update Offer

        Update an Offer by providing the object ID.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            body (OfferRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "offers",
                "update_offer",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncOffersOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `offers`, awaitable: `await client.offers.<operation>(...)`."""

    _tag = "offers"
    _names = (
        "bulk_delete_offers",
        "bulk_update_offers_status",
        "create_offer",
        "delete_offer",
        "get_offer",
        "list_offers",
        "update_offer",
    )
    __slots__ = ()

    @_operation("offers", "bulk_delete_offers")
    async def bulk_delete_offers(
        self,
        integration_id: str,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Delete Offers

        Bulk delete Offers by providing an array of Offer IDs.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "offers",
                "bulk_delete_offers",
                (integration_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "bulk_update_offers_status")
    async def bulk_update_offers_status(
        self,
        integration_id: str,
        *,
        body: BulkStatusRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Update Offers Status

        Bulk update Offers status by providing an array of Offer IDs and the new status.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (BulkStatusRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "offers",
                "bulk_update_offers_status",
                (integration_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "create_offer")
    async def create_offer(
        self,
        integration_id: str,
        *,
        body: OfferRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create Offer

        Create a new Offer.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (OfferRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "offers",
                "create_offer",
                (integration_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "delete_offer")
    async def delete_offer(
        self,
        integration_id: str,
        offer_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Offer

        Delete an Offer. Deleted Offers are archived and can be restored.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "offers",
            "delete_offer",
            (
                integration_id,
                offer_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("offers", "get_offer")
    async def get_offer(
        self,
        integration_id: str,
        offer_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferData:
        """Get Offer

        Get Offer information.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferData",
            await self._caller.call_operation(
                "offers",
                "get_offer",
                (
                    integration_id,
                    offer_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "list_offers")
    async def list_offers(
        self,
        integration_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> OfferList:
        """List Offers

        List multiple Offers using pagination and filtering.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            OfferList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "OfferList",
            await self._caller.call_operation(
                "offers",
                "list_offers",
                (integration_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("offers", "update_offer")
    async def update_offer(
        self,
        integration_id: str,
        offer_id: str,
        *,
        body: OfferRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update Offer

        Update an Offer by providing the object ID.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            offer_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            body (OfferRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "offers",
                "update_offer",
                (
                    integration_id,
                    offer_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class PublisherBlockedSubIdsOperations(TagOperations[OperationCaller]):
    """The operations of the tag `publisher_blocked_sub_ids`: `client.publisher_blocked_sub_ids.<operation>(...)`."""

    _tag = "publisher_blocked_sub_ids"
    _names = (
        "bulk_delete_blocked_sub_ids",
        "create_blocked_sub_id",
        "delete_blocked_sub_id",
        "get_blocked_sub_id",
        "list_blocked_sub_ids",
        "update_blocked_sub_id",
    )
    __slots__ = ()

    @_operation("publisher_blocked_sub_ids", "bulk_delete_blocked_sub_ids")
    def bulk_delete_blocked_sub_ids(
        self,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Delete Many Blocked SubIDs

        A super admin can delete many Blocked SubIDs

        Args:
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "bulk_delete_blocked_sub_ids",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_blocked_sub_ids", "create_blocked_sub_id")
    def create_blocked_sub_id(
        self,
        *,
        body: CreateBlockedSubIDRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create a blocked subid

        You can create a blocked subid.

        Args:
            body (CreateBlockedSubIDRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "create_blocked_sub_id",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_blocked_sub_ids", "delete_blocked_sub_id")
    def delete_blocked_sub_id(
        self,
        blocked_sub_id_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete a blocked subid

        You can delete a blocked subid.

        Args:
            blocked_sub_id_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "publisher_blocked_sub_ids",
            "delete_blocked_sub_id",
            (blocked_sub_id_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publisher_blocked_sub_ids", "get_blocked_sub_id")
    def get_blocked_sub_id(
        self,
        blocked_sub_id_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> BlockedSubIDData:
        """Read a Blocked SubID

        You can read a blocked subid.

        Args:
            blocked_sub_id_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            BlockedSubIDData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "BlockedSubIDData",
            self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "get_blocked_sub_id",
                (blocked_sub_id_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_blocked_sub_ids", "list_blocked_sub_ids")
    def list_blocked_sub_ids(
        self,
        *,
        filterpublisher_incremental_ideq_n: int | Unset = UNSET,
        filteroffer_incremental_ideq_n: int | Unset = UNSET,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> BlockedSubIDList:
        """List all Blocked SubIDs

        You can list all blocked subids.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            filterpublisher_incremental_ideq_n (int | Unset):
            filteroffer_incremental_ideq_n (int | Unset):
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            BlockedSubIDList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "BlockedSubIDList",
            self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "list_blocked_sub_ids",
                (),
                {
                    "filterpublisher_incremental_ideq_n": filterpublisher_incremental_ideq_n,
                    "filteroffer_incremental_ideq_n": filteroffer_incremental_ideq_n,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_blocked_sub_ids", "update_blocked_sub_id")
    def update_blocked_sub_id(
        self,
        blocked_sub_id_id: str,
        *,
        body: UpdateBlockedSubIDRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update a Blocked SubID

        You can update a blocked subid.

        Args:
            blocked_sub_id_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (UpdateBlockedSubIDRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "update_blocked_sub_id",
                (blocked_sub_id_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncPublisherBlockedSubIdsOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `publisher_blocked_sub_ids`, awaitable: `await client.publisher_blocked_sub_ids.<operation>(...)`."""

    _tag = "publisher_blocked_sub_ids"
    _names = (
        "bulk_delete_blocked_sub_ids",
        "create_blocked_sub_id",
        "delete_blocked_sub_id",
        "get_blocked_sub_id",
        "list_blocked_sub_ids",
        "update_blocked_sub_id",
    )
    __slots__ = ()

    @_operation("publisher_blocked_sub_ids", "bulk_delete_blocked_sub_ids")
    async def bulk_delete_blocked_sub_ids(
        self,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Delete Many Blocked SubIDs

        A super admin can delete many Blocked SubIDs

        Args:
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "bulk_delete_blocked_sub_ids",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_blocked_sub_ids", "create_blocked_sub_id")
    async def create_blocked_sub_id(
        self,
        *,
        body: CreateBlockedSubIDRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create a blocked subid

        You can create a blocked subid.

        Args:
            body (CreateBlockedSubIDRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "create_blocked_sub_id",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_blocked_sub_ids", "delete_blocked_sub_id")
    async def delete_blocked_sub_id(
        self,
        blocked_sub_id_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete a blocked subid

        You can delete a blocked subid.

        Args:
            blocked_sub_id_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "publisher_blocked_sub_ids",
            "delete_blocked_sub_id",
            (blocked_sub_id_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publisher_blocked_sub_ids", "get_blocked_sub_id")
    async def get_blocked_sub_id(
        self,
        blocked_sub_id_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> BlockedSubIDData:
        """Read a Blocked SubID

        You can read a blocked subid.

        Args:
            blocked_sub_id_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            BlockedSubIDData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "BlockedSubIDData",
            await self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "get_blocked_sub_id",
                (blocked_sub_id_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_blocked_sub_ids", "list_blocked_sub_ids")
    async def list_blocked_sub_ids(
        self,
        *,
        filterpublisher_incremental_ideq_n: int | Unset = UNSET,
        filteroffer_incremental_ideq_n: int | Unset = UNSET,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> BlockedSubIDList:
        """List all Blocked SubIDs

        You can list all blocked subids.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            filterpublisher_incremental_ideq_n (int | Unset):
            filteroffer_incremental_ideq_n (int | Unset):
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            BlockedSubIDList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "BlockedSubIDList",
            await self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "list_blocked_sub_ids",
                (),
                {
                    "filterpublisher_incremental_ideq_n": filterpublisher_incremental_ideq_n,
                    "filteroffer_incremental_ideq_n": filteroffer_incremental_ideq_n,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_blocked_sub_ids", "update_blocked_sub_id")
    async def update_blocked_sub_id(
        self,
        blocked_sub_id_id: str,
        *,
        body: UpdateBlockedSubIDRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update a Blocked SubID

        You can update a blocked subid.

        Args:
            blocked_sub_id_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (UpdateBlockedSubIDRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_blocked_sub_ids",
                "update_blocked_sub_id",
                (blocked_sub_id_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class PublisherCustomPayoutOperations(TagOperations[OperationCaller]):
    """The operations of the tag `publisher_custom_payout`: `client.publisher_custom_payout.<operation>(...)`."""

    _tag = "publisher_custom_payout"
    _names = (
        "bulk_delete_custom_payouts",
        "create_custom_payout",
        "delete_custom_payout",
        "get_custom_payout",
        "list_custom_payouts",
        "update_custom_payout",
    )
    __slots__ = ()

    @_operation("publisher_custom_payout", "bulk_delete_custom_payouts")
    def bulk_delete_custom_payouts(
        self,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk delete custom payouts

        You can bulk delete custom payouts.

        Args:
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_custom_payout",
                "bulk_delete_custom_payouts",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_payout", "create_custom_payout")
    def create_custom_payout(
        self,
        *,
        body: CreateCustomPayoutRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create a custom payout

        You can create a custom payout.

        Args:
            body (CreateCustomPayoutRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "publisher_custom_payout",
                "create_custom_payout",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_payout", "delete_custom_payout")
    def delete_custom_payout(
        self,
        custom_payout_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete a custom payout

        You can delete a custom payout.

        Args:
            custom_payout_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "publisher_custom_payout",
            "delete_custom_payout",
            (custom_payout_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publisher_custom_payout", "get_custom_payout")
    def get_custom_payout(
        self,
        custom_payout_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CustomPayoutData:
        """Read a custom payout

        You can read a custom payout.

        Args:
            custom_payout_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CustomPayoutData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CustomPayoutData",
            self._caller.call_operation(
                "publisher_custom_payout",
                "get_custom_payout",
                (custom_payout_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_payout", "list_custom_payouts")
    def list_custom_payouts(
        self,
        *,
        filterpublisher_incremental_ideq_n: int | Unset = UNSET,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CustomPayoutList:
        """List all custom payouts

        You can list all custom payouts.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            filterpublisher_incremental_ideq_n (int | Unset):
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CustomPayoutList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CustomPayoutList",
            self._caller.call_operation(
                "publisher_custom_payout",
                "list_custom_payouts",
                (),
                {
                    "filterpublisher_incremental_ideq_n": filterpublisher_incremental_ideq_n,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_payout", "update_custom_payout")
    def update_custom_payout(
        self,
        custom_payout_id: str,
        *,
        body: UpdateCustomPayoutRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update a custom payout

        You can update a custom payout.

        Args:
            custom_payout_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (UpdateCustomPayoutRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_custom_payout",
                "update_custom_payout",
                (custom_payout_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncPublisherCustomPayoutOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `publisher_custom_payout`, awaitable: `await client.publisher_custom_payout.<operation>(...)`."""

    _tag = "publisher_custom_payout"
    _names = (
        "bulk_delete_custom_payouts",
        "create_custom_payout",
        "delete_custom_payout",
        "get_custom_payout",
        "list_custom_payouts",
        "update_custom_payout",
    )
    __slots__ = ()

    @_operation("publisher_custom_payout", "bulk_delete_custom_payouts")
    async def bulk_delete_custom_payouts(
        self,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk delete custom payouts

        You can bulk delete custom payouts.

        Args:
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_custom_payout",
                "bulk_delete_custom_payouts",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_payout", "create_custom_payout")
    async def create_custom_payout(
        self,
        *,
        body: CreateCustomPayoutRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create a custom payout

        You can create a custom payout.

        Args:
            body (CreateCustomPayoutRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "publisher_custom_payout",
                "create_custom_payout",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_payout", "delete_custom_payout")
    async def delete_custom_payout(
        self,
        custom_payout_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete a custom payout

        You can delete a custom payout.

        Args:
            custom_payout_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "publisher_custom_payout",
            "delete_custom_payout",
            (custom_payout_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publisher_custom_payout", "get_custom_payout")
    async def get_custom_payout(
        self,
        custom_payout_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CustomPayoutData:
        """Read a custom payout

        You can read a custom payout.

        Args:
            custom_payout_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CustomPayoutData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CustomPayoutData",
            await self._caller.call_operation(
                "publisher_custom_payout",
                "get_custom_payout",
                (custom_payout_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_payout", "list_custom_payouts")
    async def list_custom_payouts(
        self,
        *,
        filterpublisher_incremental_ideq_n: int | Unset = UNSET,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CustomPayoutList:
        """List all custom payouts

        You can list all custom payouts.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            filterpublisher_incremental_ideq_n (int | Unset):
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CustomPayoutList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CustomPayoutList",
            await self._caller.call_operation(
                "publisher_custom_payout",
                "list_custom_payouts",
                (),
                {
                    "filterpublisher_incremental_ideq_n": filterpublisher_incremental_ideq_n,
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_payout", "update_custom_payout")
    async def update_custom_payout(
        self,
        custom_payout_id: str,
        *,
        body: UpdateCustomPayoutRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update a custom payout

        You can update a custom payout.

        Args:
            custom_payout_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (UpdateCustomPayoutRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_custom_payout",
                "update_custom_payout",
                (custom_payout_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class PublisherCustomThrottleOperations(TagOperations[OperationCaller]):
    """The operations of the tag `publisher_custom_throttle`: `client.publisher_custom_throttle.<operation>(...)`."""

    _tag = "publisher_custom_throttle"
    _names = (
        "bulk_delete_custom_throttles",
        "bulk_update_custom_throttles_status",
        "create_custom_throttle",
        "delete_custom_throttle",
        "get_custom_throttle",
        "list_custom_throttles",
        "update_custom_throttle",
    )
    __slots__ = ()

    @_operation("publisher_custom_throttle", "bulk_delete_custom_throttles")
    def bulk_delete_custom_throttles(
        self,
        publisher_id: str,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Delete Many Custom Throttles

        You can delete many custom throttles

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_custom_throttle",
                "bulk_delete_custom_throttles",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "bulk_update_custom_throttles_status")
    def bulk_update_custom_throttles_status(
        self,
        publisher_id: str,
        *,
        body: BulkStatusRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update Many Custom Throttles status

        You can update many custom throttles active status

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (BulkStatusRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_custom_throttle",
                "bulk_update_custom_throttles_status",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "create_custom_throttle")
    def create_custom_throttle(
        self,
        publisher_id: str,
        *,
        body: CreateCustomThrottleRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create Custom Throttle

        You can add one or many custom throttles

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (CreateCustomThrottleRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "publisher_custom_throttle",
                "create_custom_throttle",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "delete_custom_throttle")
    def delete_custom_throttle(
        self,
        publisher_id: str,
        custom_throttle_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Custom Throttle

        You can delete a custom throttle

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            custom_throttle_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "publisher_custom_throttle",
            "delete_custom_throttle",
            (
                publisher_id,
                custom_throttle_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publisher_custom_throttle", "get_custom_throttle")
    def get_custom_throttle(
        self,
        publisher_id: str,
        custom_throttle_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CustomThrottleData:
        """Get Custom Throttle

        You can get a custom throttle's details

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            custom_throttle_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CustomThrottleData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CustomThrottleData",
            self._caller.call_operation(
                "publisher_custom_throttle",
                "get_custom_throttle",
                (
                    publisher_id,
                    custom_throttle_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "list_custom_throttles")
    def list_custom_throttles(
        self,
        publisher_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CustomThrottleList:
        """List Custom Throttles

        You can list all custom throttles

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CustomThrottleList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CustomThrottleList",
            self._caller.call_operation(
                "publisher_custom_throttle",
                "list_custom_throttles",
                (publisher_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "update_custom_throttle")
    def update_custom_throttle(
        self,
        publisher_id: str,
        custom_throttle_id: str,
        *,
        body: UpdateCustomThrottleRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Patch Custom Throttle

        You can update a custom throttle's fields

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            custom_throttle_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            body (UpdateCustomThrottleRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_custom_throttle",
                "update_custom_throttle",
                (
                    publisher_id,
                    custom_throttle_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncPublisherCustomThrottleOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `publisher_custom_throttle`, awaitable: `await client.publisher_custom_throttle.<operation>(...)`."""

    _tag = "publisher_custom_throttle"
    _names = (
        "bulk_delete_custom_throttles",
        "bulk_update_custom_throttles_status",
        "create_custom_throttle",
        "delete_custom_throttle",
        "get_custom_throttle",
        "list_custom_throttles",
        "update_custom_throttle",
    )
    __slots__ = ()

    @_operation("publisher_custom_throttle", "bulk_delete_custom_throttles")
    async def bulk_delete_custom_throttles(
        self,
        publisher_id: str,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Delete Many Custom Throttles

        You can delete many custom throttles

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_custom_throttle",
                "bulk_delete_custom_throttles",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "bulk_update_custom_throttles_status")
    async def bulk_update_custom_throttles_status(
        self,
        publisher_id: str,
        *,
        body: BulkStatusRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update Many Custom Throttles status

        You can update many custom throttles active status

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (BulkStatusRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_custom_throttle",
                "bulk_update_custom_throttles_status",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "create_custom_throttle")
    async def create_custom_throttle(
        self,
        publisher_id: str,
        *,
        body: CreateCustomThrottleRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create Custom Throttle

        You can add one or many custom throttles

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (CreateCustomThrottleRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "publisher_custom_throttle",
                "create_custom_throttle",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "delete_custom_throttle")
    async def delete_custom_throttle(
        self,
        publisher_id: str,
        custom_throttle_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Custom Throttle

        You can delete a custom throttle

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            custom_throttle_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "publisher_custom_throttle",
            "delete_custom_throttle",
            (
                publisher_id,
                custom_throttle_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publisher_custom_throttle", "get_custom_throttle")
    async def get_custom_throttle(
        self,
        publisher_id: str,
        custom_throttle_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CustomThrottleData:
        """Get Custom Throttle

        You can get a custom throttle's details

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            custom_throttle_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CustomThrottleData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CustomThrottleData",
            await self._caller.call_operation(
                "publisher_custom_throttle",
                "get_custom_throttle",
                (
                    publisher_id,
                    custom_throttle_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "list_custom_throttles")
    async def list_custom_throttles(
        self,
        publisher_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CustomThrottleList:
        """List Custom Throttles

        You can list all custom throttles

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CustomThrottleList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CustomThrottleList",
            await self._caller.call_operation(
                "publisher_custom_throttle",
                "list_custom_throttles",
                (publisher_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_custom_throttle", "update_custom_throttle")
    async def update_custom_throttle(
        self,
        publisher_id: str,
        custom_throttle_id: str,
        *,
        body: UpdateCustomThrottleRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Patch Custom Throttle

        You can update a custom throttle's fields

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            custom_throttle_id (str): A URL path segment: refused (ConfigurationError) when empty,
                `.`, `..` or holding `/`.
            body (UpdateCustomThrottleRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_custom_throttle",
                "update_custom_throttle",
                (
                    publisher_id,
                    custom_throttle_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class PublisherSubIdsOperations(TagOperations[OperationCaller]):
    """The operations of the tag `publisher_sub_ids`: `client.publisher_sub_ids.<operation>(...)`."""

    _tag = "publisher_sub_ids"
    _names = (
        "bulk_create_publisher_sub_ids",
        "bulk_delete_publisher_sub_ids",
        "create_publisher_sub_id",
        "delete_publisher_sub_id",
        "get_organization_publisher_sub_id",
        "get_publisher_sub_id",
        "list_organization_publisher_sub_ids",
        "list_publisher_sub_ids",
        "update_publisher_sub_id",
    )
    __slots__ = ()

    @_operation("publisher_sub_ids", "bulk_create_publisher_sub_ids")
    def bulk_create_publisher_sub_ids(
        self,
        publisher_id: str,
        *,
        body: BulkCreatePublisherSubIDsRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk create publisher sub IDs

        Create multiple sub IDs for a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (BulkCreatePublisherSubIDsRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_sub_ids",
                "bulk_create_publisher_sub_ids",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "bulk_delete_publisher_sub_ids")
    def bulk_delete_publisher_sub_ids(
        self,
        publisher_id: str,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk delete publisher sub IDs

        Delete multiple sub IDs from a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_sub_ids",
                "bulk_delete_publisher_sub_ids",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "create_publisher_sub_id")
    def create_publisher_sub_id(
        self,
        publisher_id: str,
        *,
        body: CreatePublisherSubIDRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create publisher sub ID

        Create one sub ID for a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (CreatePublisherSubIDRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "publisher_sub_ids",
                "create_publisher_sub_id",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "delete_publisher_sub_id")
    def delete_publisher_sub_id(
        self,
        publisher_id: str,
        publisher_sub_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Delete publisher sub ID

        Delete one sub ID from a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_sub_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_sub_ids",
                "delete_publisher_sub_id",
                (
                    publisher_id,
                    publisher_sub_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "get_organization_publisher_sub_id")
    def get_organization_publisher_sub_id(
        self,
        organization_id: str,
        publisher_sub_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherSubIDData:
        """Get publisher sub ID

        Get one sub ID for the authenticated publisher.

        Args:
            organization_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            publisher_sub_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherSubIDData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherSubIDData",
            self._caller.call_operation(
                "publisher_sub_ids",
                "get_organization_publisher_sub_id",
                (
                    organization_id,
                    publisher_sub_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "get_publisher_sub_id")
    def get_publisher_sub_id(
        self,
        publisher_id: str,
        publisher_sub_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherSubIDData:
        """Get publisher sub ID

        Get one sub ID from a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_sub_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherSubIDData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherSubIDData",
            self._caller.call_operation(
                "publisher_sub_ids",
                "get_publisher_sub_id",
                (
                    publisher_id,
                    publisher_sub_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "list_organization_publisher_sub_ids")
    def list_organization_publisher_sub_ids(
        self,
        organization_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherSubIDList:
        """List publisher sub IDs

        List sub IDs for the authenticated publisher.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            organization_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherSubIDList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherSubIDList",
            self._caller.call_operation(
                "publisher_sub_ids",
                "list_organization_publisher_sub_ids",
                (organization_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "list_publisher_sub_ids")
    def list_publisher_sub_ids(
        self,
        publisher_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherSubIDList:
        """List publisher sub IDs

        List sub IDs for a publisher.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherSubIDList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherSubIDList",
            self._caller.call_operation(
                "publisher_sub_ids",
                "list_publisher_sub_ids",
                (publisher_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "update_publisher_sub_id")
    def update_publisher_sub_id(
        self,
        publisher_id: str,
        publisher_sub_id: str,
        *,
        body: UpdatePublisherSubIDRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update publisher sub ID

        Update one sub ID for a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_sub_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (UpdatePublisherSubIDRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_sub_ids",
                "update_publisher_sub_id",
                (
                    publisher_id,
                    publisher_sub_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncPublisherSubIdsOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `publisher_sub_ids`, awaitable: `await client.publisher_sub_ids.<operation>(...)`."""

    _tag = "publisher_sub_ids"
    _names = (
        "bulk_create_publisher_sub_ids",
        "bulk_delete_publisher_sub_ids",
        "create_publisher_sub_id",
        "delete_publisher_sub_id",
        "get_organization_publisher_sub_id",
        "get_publisher_sub_id",
        "list_organization_publisher_sub_ids",
        "list_publisher_sub_ids",
        "update_publisher_sub_id",
    )
    __slots__ = ()

    @_operation("publisher_sub_ids", "bulk_create_publisher_sub_ids")
    async def bulk_create_publisher_sub_ids(
        self,
        publisher_id: str,
        *,
        body: BulkCreatePublisherSubIDsRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk create publisher sub IDs

        Create multiple sub IDs for a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (BulkCreatePublisherSubIDsRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_sub_ids",
                "bulk_create_publisher_sub_ids",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "bulk_delete_publisher_sub_ids")
    async def bulk_delete_publisher_sub_ids(
        self,
        publisher_id: str,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk delete publisher sub IDs

        Delete multiple sub IDs from a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_sub_ids",
                "bulk_delete_publisher_sub_ids",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "create_publisher_sub_id")
    async def create_publisher_sub_id(
        self,
        publisher_id: str,
        *,
        body: CreatePublisherSubIDRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create publisher sub ID

        Create one sub ID for a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (CreatePublisherSubIDRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "publisher_sub_ids",
                "create_publisher_sub_id",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "delete_publisher_sub_id")
    async def delete_publisher_sub_id(
        self,
        publisher_id: str,
        publisher_sub_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Delete publisher sub ID

        Delete one sub ID from a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_sub_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_sub_ids",
                "delete_publisher_sub_id",
                (
                    publisher_id,
                    publisher_sub_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "get_organization_publisher_sub_id")
    async def get_organization_publisher_sub_id(
        self,
        organization_id: str,
        publisher_sub_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherSubIDData:
        """Get publisher sub ID

        Get one sub ID for the authenticated publisher.

        Args:
            organization_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            publisher_sub_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherSubIDData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherSubIDData",
            await self._caller.call_operation(
                "publisher_sub_ids",
                "get_organization_publisher_sub_id",
                (
                    organization_id,
                    publisher_sub_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "get_publisher_sub_id")
    async def get_publisher_sub_id(
        self,
        publisher_id: str,
        publisher_sub_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherSubIDData:
        """Get publisher sub ID

        Get one sub ID from a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_sub_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherSubIDData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherSubIDData",
            await self._caller.call_operation(
                "publisher_sub_ids",
                "get_publisher_sub_id",
                (
                    publisher_id,
                    publisher_sub_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "list_organization_publisher_sub_ids")
    async def list_organization_publisher_sub_ids(
        self,
        organization_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherSubIDList:
        """List publisher sub IDs

        List sub IDs for the authenticated publisher.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            organization_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherSubIDList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherSubIDList",
            await self._caller.call_operation(
                "publisher_sub_ids",
                "list_organization_publisher_sub_ids",
                (organization_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "list_publisher_sub_ids")
    async def list_publisher_sub_ids(
        self,
        publisher_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherSubIDList:
        """List publisher sub IDs

        List sub IDs for a publisher.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherSubIDList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherSubIDList",
            await self._caller.call_operation(
                "publisher_sub_ids",
                "list_publisher_sub_ids",
                (publisher_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_sub_ids", "update_publisher_sub_id")
    async def update_publisher_sub_id(
        self,
        publisher_id: str,
        publisher_sub_id: str,
        *,
        body: UpdatePublisherSubIDRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update publisher sub ID

        Update one sub ID for a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_sub_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (UpdatePublisherSubIDRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_sub_ids",
                "update_publisher_sub_id",
                (
                    publisher_id,
                    publisher_sub_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class PublisherUsersOperations(TagOperations[OperationCaller]):
    """The operations of the tag `publisher_users`: `client.publisher_users.<operation>(...)`."""

    _tag = "publisher_users"
    _names = (
        "create_publisher_user",
        "delete_publisher_user",
        "get_publisher_user",
        "list_publisher_users",
        "update_publisher_user",
    )
    __slots__ = ()

    @_operation("publisher_users", "create_publisher_user")
    def create_publisher_user(
        self,
        publisher_id: str,
        *,
        body: CreatePublisherUserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create a publisher user

        Create a new publisher user for a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (CreatePublisherUserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "publisher_users",
                "create_publisher_user",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_users", "delete_publisher_user")
    def delete_publisher_user(
        self,
        publisher_id: str,
        publisher_user_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete a publisher user

        Delete a publisher user from a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "publisher_users",
            "delete_publisher_user",
            (
                publisher_id,
                publisher_user_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publisher_users", "get_publisher_user")
    def get_publisher_user(
        self,
        publisher_id: str,
        publisher_user_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherUserData:
        """Get a publisher user

        Get a publisher user by ID.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherUserData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherUserData",
            self._caller.call_operation(
                "publisher_users",
                "get_publisher_user",
                (
                    publisher_id,
                    publisher_user_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_users", "list_publisher_users")
    def list_publisher_users(
        self,
        publisher_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherUserList:
        """List publisher users

        List all publisher users for a publisher.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherUserList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherUserList",
            self._caller.call_operation(
                "publisher_users",
                "list_publisher_users",
                (publisher_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_users", "update_publisher_user")
    def update_publisher_user(
        self,
        publisher_id: str,
        publisher_user_id: str,
        *,
        body: UpdatePublisherUserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update a publisher user

        Update a publisher user's profile.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (UpdatePublisherUserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publisher_users",
                "update_publisher_user",
                (
                    publisher_id,
                    publisher_user_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncPublisherUsersOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `publisher_users`, awaitable: `await client.publisher_users.<operation>(...)`."""

    _tag = "publisher_users"
    _names = (
        "create_publisher_user",
        "delete_publisher_user",
        "get_publisher_user",
        "list_publisher_users",
        "update_publisher_user",
    )
    __slots__ = ()

    @_operation("publisher_users", "create_publisher_user")
    async def create_publisher_user(
        self,
        publisher_id: str,
        *,
        body: CreatePublisherUserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create a publisher user

        Create a new publisher user for a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (CreatePublisherUserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "publisher_users",
                "create_publisher_user",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_users", "delete_publisher_user")
    async def delete_publisher_user(
        self,
        publisher_id: str,
        publisher_user_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete a publisher user

        Delete a publisher user from a publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "publisher_users",
            "delete_publisher_user",
            (
                publisher_id,
                publisher_user_id,
            ),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publisher_users", "get_publisher_user")
    async def get_publisher_user(
        self,
        publisher_id: str,
        publisher_user_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherUserData:
        """Get a publisher user

        Get a publisher user by ID.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherUserData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherUserData",
            await self._caller.call_operation(
                "publisher_users",
                "get_publisher_user",
                (
                    publisher_id,
                    publisher_user_id,
                ),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_users", "list_publisher_users")
    async def list_publisher_users(
        self,
        publisher_id: str,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherUserList:
        """List publisher users

        List all publisher users for a publisher.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherUserList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherUserList",
            await self._caller.call_operation(
                "publisher_users",
                "list_publisher_users",
                (publisher_id,),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publisher_users", "update_publisher_user")
    async def update_publisher_user(
        self,
        publisher_id: str,
        publisher_user_id: str,
        *,
        body: UpdatePublisherUserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update a publisher user

        Update a publisher user's profile.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            publisher_user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            body (UpdatePublisherUserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publisher_users",
                "update_publisher_user",
                (
                    publisher_id,
                    publisher_user_id,
                ),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class PublishersOperations(TagOperations[OperationCaller]):
    """The operations of the tag `publishers`: `client.publishers.<operation>(...)`."""

    _tag = "publishers"
    _names = (
        "bulk_delete_publishers",
        "bulk_update_publishers_status",
        "create_publisher",
        "delete_publisher",
        "get_publisher",
        "list_publishers",
        "update_publisher",
    )
    __slots__ = ()

    @_operation("publishers", "bulk_delete_publishers")
    def bulk_delete_publishers(
        self,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Delete Publishers

        Bulk delete Publishers by providing an array of Publisher IDs.

        Args:
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publishers",
                "bulk_delete_publishers",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "bulk_update_publishers_status")
    def bulk_update_publishers_status(
        self,
        *,
        body: BulkStatusRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Update Publishers Status

        Bulk update Publishers status by providing an array of Publisher IDs and the new status.

        Args:
            body (BulkStatusRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publishers",
                "bulk_update_publishers_status",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "create_publisher")
    def create_publisher(
        self,
        *,
        body: PublisherRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create Publisher

        Create a new Publisher.

        Args:
            body (PublisherRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "publishers",
                "create_publisher",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "delete_publisher")
    def delete_publisher(
        self,
        publisher_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Publisher

        Delete a Publisher. This will archive the Publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "publishers",
            "delete_publisher",
            (publisher_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publishers", "get_publisher")
    def get_publisher(
        self,
        publisher_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherData:
        """Get Publisher

        Get a Publisher information.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherData",
            self._caller.call_operation(
                "publishers",
                "get_publisher",
                (publisher_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "list_publishers")
    def list_publishers(
        self,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherList:
        """List Publishers

        List multiple Publishers using pagination and filtering.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherList",
            self._caller.call_operation(
                "publishers",
                "list_publishers",
                (),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "update_publisher")
    def update_publisher(
        self,
        publisher_id: str,
        *,
        body: PublisherRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update Publisher

        Update a Publisher information.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (PublisherRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "publishers",
                "update_publisher",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncPublishersOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `publishers`, awaitable: `await client.publishers.<operation>(...)`."""

    _tag = "publishers"
    _names = (
        "bulk_delete_publishers",
        "bulk_update_publishers_status",
        "create_publisher",
        "delete_publisher",
        "get_publisher",
        "list_publishers",
        "update_publisher",
    )
    __slots__ = ()

    @_operation("publishers", "bulk_delete_publishers")
    async def bulk_delete_publishers(
        self,
        *,
        body: BulkDeleteRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Delete Publishers

        Bulk delete Publishers by providing an array of Publisher IDs.

        Args:
            body (BulkDeleteRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publishers",
                "bulk_delete_publishers",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "bulk_update_publishers_status")
    async def bulk_update_publishers_status(
        self,
        *,
        body: BulkStatusRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Bulk Update Publishers Status

        Bulk update Publishers status by providing an array of Publisher IDs and the new status.

        Args:
            body (BulkStatusRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publishers",
                "bulk_update_publishers_status",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "create_publisher")
    async def create_publisher(
        self,
        *,
        body: PublisherRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create Publisher

        Create a new Publisher.

        Args:
            body (PublisherRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "publishers",
                "create_publisher",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "delete_publisher")
    async def delete_publisher(
        self,
        publisher_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete Publisher

        Delete a Publisher. This will archive the Publisher.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "publishers",
            "delete_publisher",
            (publisher_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("publishers", "get_publisher")
    async def get_publisher(
        self,
        publisher_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherData:
        """Get Publisher

        Get a Publisher information.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherData",
            await self._caller.call_operation(
                "publishers",
                "get_publisher",
                (publisher_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "list_publishers")
    async def list_publishers(
        self,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> PublisherList:
        """List Publishers

        List multiple Publishers using pagination and filtering.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            PublisherList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "PublisherList",
            await self._caller.call_operation(
                "publishers",
                "list_publishers",
                (),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("publishers", "update_publisher")
    async def update_publisher(
        self,
        publisher_id: str,
        *,
        body: PublisherRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update Publisher

        Update a Publisher information.

        Args:
            publisher_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..`
                or holding `/`.
            body (PublisherRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "publishers",
                "update_publisher",
                (publisher_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class ReportsOperations(TagOperations[OperationCaller]):
    """The operations of the tag `reports`: `client.reports.<operation>(...)`."""

    _tag = "reports"
    _names = (
        "export_clicks",
        "export_conversions",
        "export_impressions",
        "export_postback_logs",
        "get_click_report",
        "get_conversion_report",
        "get_impression_report",
        "update_conversions",
    )
    __slots__ = ()

    @_operation("reports", "export_clicks")
    def export_clicks(
        self,
        integration_id: str,
        *,
        delimiter: str | Unset = UNSET,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        fields: str,
        extra_parameters: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExport:
        """Download Clicks

        Use Download Center to export Clicks to a CSV file. Use Reporting filters to narrow down
        the data.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            delimiter (str | Unset):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            fields (str):
            extra_parameters (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExport",
            self._caller.call_operation(
                "reports",
                "export_clicks",
                (integration_id,),
                {
                    "delimiter": delimiter,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "fields": fields,
                    "extra_parameters": extra_parameters,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "export_conversions")
    def export_conversions(
        self,
        integration_id: str,
        *,
        delimiter: str | Unset = UNSET,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        fields: str,
        extra_parameters: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExport:
        """Download Conversions

        Use Download Center to export Conversions to a CSV file. Use Reporting filters to narrow
        down the data.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            delimiter (str | Unset):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            fields (str):
            extra_parameters (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExport",
            self._caller.call_operation(
                "reports",
                "export_conversions",
                (integration_id,),
                {
                    "delimiter": delimiter,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "fields": fields,
                    "extra_parameters": extra_parameters,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "export_impressions")
    def export_impressions(
        self,
        integration_id: str,
        *,
        delimiter: str | Unset = UNSET,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        fields: str,
        extra_parameters: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExport:
        """Download Impressions

        Use Download Center to export Impressions to a CSV file. Use Reporting filters to narrow
        down the data.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            delimiter (str | Unset):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            fields (str):
            extra_parameters (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExport",
            self._caller.call_operation(
                "reports",
                "export_impressions",
                (integration_id,),
                {
                    "delimiter": delimiter,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "fields": fields,
                    "extra_parameters": extra_parameters,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "export_postback_logs")
    def export_postback_logs(
        self,
        integration_id: str,
        *,
        delimiter: str | Unset = UNSET,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        fields: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExport:
        """Download Postback Logs

        Use Download Center to export Postback Logs to a CSV file. Use Reporting filters to narrow
        down the data.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            delimiter (str | Unset):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            fields (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExport",
            self._caller.call_operation(
                "reports",
                "export_postback_logs",
                (integration_id,),
                {
                    "delimiter": delimiter,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "fields": fields,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "get_click_report")
    def get_click_report(
        self,
        *,
        integration_id: str,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        pagesize: int,
        pagebefore: str | Unset = UNSET,
        pageafter: str | Unset = UNSET,
        filterstatus: GetClickReportFilterstatus | str | Unset = UNSET,
        filteroffer_id: str | Unset = UNSET,
        filterpublisher: str | Unset = UNSET,
        filteradvertiser: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> ClickReport:
        """Click Report

        Args:
            integration_id (str):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            pagesize (int):
            pagebefore (str | Unset):
            pageafter (str | Unset):
            filterstatus (GetClickReportFilterstatus | str | Unset):
            filteroffer_id (str | Unset):
            filterpublisher (str | Unset):
            filteradvertiser (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            ClickReport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "ClickReport",
            self._caller.call_operation(
                "reports",
                "get_click_report",
                (),
                {
                    "integration_id": integration_id,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "pagesize": pagesize,
                    "pagebefore": pagebefore,
                    "pageafter": pageafter,
                    "filterstatus": filterstatus,
                    "filteroffer_id": filteroffer_id,
                    "filterpublisher": filterpublisher,
                    "filteradvertiser": filteradvertiser,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "get_conversion_report")
    def get_conversion_report(
        self,
        *,
        integration_id: str,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        pagesize: int,
        pagebefore: str | Unset = UNSET,
        pageafter: str | Unset = UNSET,
        filterstatus: GetConversionReportFilterstatus | str | Unset = UNSET,
        filteroffer_id: str | Unset = UNSET,
        filterpublisher: str | Unset = UNSET,
        filteradvertiser: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> ConversionReport:
        """Conversion Report

        Args:
            integration_id (str):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            pagesize (int):
            pagebefore (str | Unset):
            pageafter (str | Unset):
            filterstatus (GetConversionReportFilterstatus | str | Unset):
            filteroffer_id (str | Unset):
            filterpublisher (str | Unset):
            filteradvertiser (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            ConversionReport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "ConversionReport",
            self._caller.call_operation(
                "reports",
                "get_conversion_report",
                (),
                {
                    "integration_id": integration_id,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "pagesize": pagesize,
                    "pagebefore": pagebefore,
                    "pageafter": pageafter,
                    "filterstatus": filterstatus,
                    "filteroffer_id": filteroffer_id,
                    "filterpublisher": filterpublisher,
                    "filteradvertiser": filteradvertiser,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "get_impression_report")
    def get_impression_report(
        self,
        *,
        integration_id: str,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        pagesize: int,
        pagebefore: str | Unset = UNSET,
        pageafter: str | Unset = UNSET,
        filterstatus: GetImpressionReportFilterstatus | str | Unset = UNSET,
        filteroffer_id: str | Unset = UNSET,
        filterpublisher: str | Unset = UNSET,
        filteradvertiser: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> ImpressionReport:
        """Impression Report

        Args:
            integration_id (str):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            pagesize (int):
            pagebefore (str | Unset):
            pageafter (str | Unset):
            filterstatus (GetImpressionReportFilterstatus | str | Unset):
            filteroffer_id (str | Unset):
            filterpublisher (str | Unset):
            filteradvertiser (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            ImpressionReport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "ImpressionReport",
            self._caller.call_operation(
                "reports",
                "get_impression_report",
                (),
                {
                    "integration_id": integration_id,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "pagesize": pagesize,
                    "pagebefore": pagebefore,
                    "pageafter": pageafter,
                    "filterstatus": filterstatus,
                    "filteroffer_id": filteroffer_id,
                    "filterpublisher": filterpublisher,
                    "filteradvertiser": filteradvertiser,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "update_conversions")
    def update_conversions(
        self,
        *,
        body: UpdateConversionsRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> Success:
        """Update Conversion

        Update one or more conversion records (approve, reject, or modify payout/revenue values).

        Before using this endpoint, retrieve the conversion record from the Conversion Report API
        to obtain the required tx_id, conversion_time, and hash values.

        This API is for advanced users. Each of tx_id, conversion_time, and hash must match
        exactly the values returned by the Conversion Report API — any mismatch will cause the
        update to be silently skipped.

        A 200 OK response does not guarantee the conversion was updated. If the provided fields do
        not match an existing conversion record, the request will succeed without making any
        changes. Always verify the result by querying the Conversion Report API after calling this
        endpoint.

        Args:
            body (UpdateConversionsRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            Success: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "Success",
            self._caller.call_operation(
                "reports",
                "update_conversions",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncReportsOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `reports`, awaitable: `await client.reports.<operation>(...)`."""

    _tag = "reports"
    _names = (
        "export_clicks",
        "export_conversions",
        "export_impressions",
        "export_postback_logs",
        "get_click_report",
        "get_conversion_report",
        "get_impression_report",
        "update_conversions",
    )
    __slots__ = ()

    @_operation("reports", "export_clicks")
    async def export_clicks(
        self,
        integration_id: str,
        *,
        delimiter: str | Unset = UNSET,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        fields: str,
        extra_parameters: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExport:
        """Download Clicks

        Use Download Center to export Clicks to a CSV file. Use Reporting filters to narrow down
        the data.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            delimiter (str | Unset):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            fields (str):
            extra_parameters (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExport",
            await self._caller.call_operation(
                "reports",
                "export_clicks",
                (integration_id,),
                {
                    "delimiter": delimiter,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "fields": fields,
                    "extra_parameters": extra_parameters,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "export_conversions")
    async def export_conversions(
        self,
        integration_id: str,
        *,
        delimiter: str | Unset = UNSET,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        fields: str,
        extra_parameters: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExport:
        """Download Conversions

        Use Download Center to export Conversions to a CSV file. Use Reporting filters to narrow
        down the data.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            delimiter (str | Unset):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            fields (str):
            extra_parameters (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExport",
            await self._caller.call_operation(
                "reports",
                "export_conversions",
                (integration_id,),
                {
                    "delimiter": delimiter,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "fields": fields,
                    "extra_parameters": extra_parameters,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "export_impressions")
    async def export_impressions(
        self,
        integration_id: str,
        *,
        delimiter: str | Unset = UNSET,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        fields: str,
        extra_parameters: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExport:
        """Download Impressions

        Use Download Center to export Impressions to a CSV file. Use Reporting filters to narrow
        down the data.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            delimiter (str | Unset):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            fields (str):
            extra_parameters (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExport",
            await self._caller.call_operation(
                "reports",
                "export_impressions",
                (integration_id,),
                {
                    "delimiter": delimiter,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "fields": fields,
                    "extra_parameters": extra_parameters,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "export_postback_logs")
    async def export_postback_logs(
        self,
        integration_id: str,
        *,
        delimiter: str | Unset = UNSET,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        fields: str,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> DownloadCenterExport:
        """Download Postback Logs

        Use Download Center to export Postback Logs to a CSV file. Use Reporting filters to narrow
        down the data.

        Args:
            integration_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`,
                `..` or holding `/`.
            delimiter (str | Unset):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            fields (str):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            DownloadCenterExport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "DownloadCenterExport",
            await self._caller.call_operation(
                "reports",
                "export_postback_logs",
                (integration_id,),
                {
                    "delimiter": delimiter,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "fields": fields,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "get_click_report")
    async def get_click_report(
        self,
        *,
        integration_id: str,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        pagesize: int,
        pagebefore: str | Unset = UNSET,
        pageafter: str | Unset = UNSET,
        filterstatus: GetClickReportFilterstatus | str | Unset = UNSET,
        filteroffer_id: str | Unset = UNSET,
        filterpublisher: str | Unset = UNSET,
        filteradvertiser: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> ClickReport:
        """Click Report

        Args:
            integration_id (str):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            pagesize (int):
            pagebefore (str | Unset):
            pageafter (str | Unset):
            filterstatus (GetClickReportFilterstatus | str | Unset):
            filteroffer_id (str | Unset):
            filterpublisher (str | Unset):
            filteradvertiser (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            ClickReport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "ClickReport",
            await self._caller.call_operation(
                "reports",
                "get_click_report",
                (),
                {
                    "integration_id": integration_id,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "pagesize": pagesize,
                    "pagebefore": pagebefore,
                    "pageafter": pageafter,
                    "filterstatus": filterstatus,
                    "filteroffer_id": filteroffer_id,
                    "filterpublisher": filterpublisher,
                    "filteradvertiser": filteradvertiser,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "get_conversion_report")
    async def get_conversion_report(
        self,
        *,
        integration_id: str,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        pagesize: int,
        pagebefore: str | Unset = UNSET,
        pageafter: str | Unset = UNSET,
        filterstatus: GetConversionReportFilterstatus | str | Unset = UNSET,
        filteroffer_id: str | Unset = UNSET,
        filterpublisher: str | Unset = UNSET,
        filteradvertiser: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> ConversionReport:
        """Conversion Report

        Args:
            integration_id (str):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            pagesize (int):
            pagebefore (str | Unset):
            pageafter (str | Unset):
            filterstatus (GetConversionReportFilterstatus | str | Unset):
            filteroffer_id (str | Unset):
            filterpublisher (str | Unset):
            filteradvertiser (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            ConversionReport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "ConversionReport",
            await self._caller.call_operation(
                "reports",
                "get_conversion_report",
                (),
                {
                    "integration_id": integration_id,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "pagesize": pagesize,
                    "pagebefore": pagebefore,
                    "pageafter": pageafter,
                    "filterstatus": filterstatus,
                    "filteroffer_id": filteroffer_id,
                    "filterpublisher": filterpublisher,
                    "filteradvertiser": filteradvertiser,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "get_impression_report")
    async def get_impression_report(
        self,
        *,
        integration_id: str,
        start_time: str,
        end_time: str,
        timezone: str | Unset = UNSET,
        pagesize: int,
        pagebefore: str | Unset = UNSET,
        pageafter: str | Unset = UNSET,
        filterstatus: GetImpressionReportFilterstatus | str | Unset = UNSET,
        filteroffer_id: str | Unset = UNSET,
        filterpublisher: str | Unset = UNSET,
        filteradvertiser: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> ImpressionReport:
        """Impression Report

        Args:
            integration_id (str):
            start_time (str):
            end_time (str):
            timezone (str | Unset):
            pagesize (int):
            pagebefore (str | Unset):
            pageafter (str | Unset):
            filterstatus (GetImpressionReportFilterstatus | str | Unset):
            filteroffer_id (str | Unset):
            filterpublisher (str | Unset):
            filteradvertiser (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            ImpressionReport: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "ImpressionReport",
            await self._caller.call_operation(
                "reports",
                "get_impression_report",
                (),
                {
                    "integration_id": integration_id,
                    "start_time": start_time,
                    "end_time": end_time,
                    "timezone": timezone,
                    "pagesize": pagesize,
                    "pagebefore": pagebefore,
                    "pageafter": pageafter,
                    "filterstatus": filterstatus,
                    "filteroffer_id": filteroffer_id,
                    "filterpublisher": filterpublisher,
                    "filteradvertiser": filteradvertiser,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("reports", "update_conversions")
    async def update_conversions(
        self,
        *,
        body: UpdateConversionsRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> Success:
        """Update Conversion

        Update one or more conversion records (approve, reject, or modify payout/revenue values).

        Before using this endpoint, retrieve the conversion record from the Conversion Report API
        to obtain the required tx_id, conversion_time, and hash values.

        This API is for advanced users. Each of tx_id, conversion_time, and hash must match
        exactly the values returned by the Conversion Report API — any mismatch will cause the
        update to be silently skipped.

        A 200 OK response does not guarantee the conversion was updated. If the provided fields do
        not match an existing conversion record, the request will succeed without making any
        changes. Always verify the result by querying the Conversion Report API after calling this
        endpoint.

        Args:
            body (UpdateConversionsRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            Success: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "Success",
            await self._caller.call_operation(
                "reports",
                "update_conversions",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class UsersOperations(TagOperations[OperationCaller]):
    """The operations of the tag `users`: `client.users.<operation>(...)`."""

    _tag = "users"
    _names = (
        "create_user",
        "delete_user",
        "get_user",
        "list_users",
        "update_user",
    )
    __slots__ = ()

    @_operation("users", "create_user")
    def create_user(
        self,
        *,
        body: CreateUserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create User

        Create a user within your organization.

        Roles:

        • admin — Full administrative access to the organization.

        • accountManager — Can be assigned to publishers and advertisers as their dedicated
        account manager.

        Args:
            body (CreateUserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            self._caller.call_operation(
                "users",
                "create_user",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("users", "delete_user")
    def delete_user(
        self,
        user_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete User

        Delete an organization user by ID.

        Args:
            user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        self._caller.call_operation(
            "users",
            "delete_user",
            (user_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("users", "get_user")
    def get_user(
        self,
        user_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> UserData:
        """Get User

        Get an organization user by ID.

        Args:
            user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            UserData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "UserData",
            self._caller.call_operation(
                "users",
                "get_user",
                (user_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("users", "list_users")
    def list_users(
        self,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> UserList:
        """List Users

        List organization users using pagination and filtering.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            UserList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "UserList",
            self._caller.call_operation(
                "users",
                "list_users",
                (),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("users", "update_user")
    def update_user(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update User

        Update an organization user by ID.

        Args:
            user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            body (UpdateUserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            self._caller.call_operation(
                "users",
                "update_user",
                (user_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class AsyncUsersOperations(TagOperations[AsyncOperationCaller]):
    """The operations of the tag `users`, awaitable: `await client.users.<operation>(...)`."""

    _tag = "users"
    _names = (
        "create_user",
        "delete_user",
        "get_user",
        "list_users",
        "update_user",
    )
    __slots__ = ()

    @_operation("users", "create_user")
    async def create_user(
        self,
        *,
        body: CreateUserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> CreatedItem:
        """Create User

        Create a user within your organization.

        Roles:

        • admin — Full administrative access to the organization.

        • accountManager — Can be assigned to publishers and advertisers as their dedicated
        account manager.

        Args:
            body (CreateUserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            CreatedItem: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "CreatedItem",
            await self._caller.call_operation(
                "users",
                "create_user",
                (),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("users", "delete_user")
    async def delete_user(
        self,
        user_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Delete User

        Delete an organization user by ID.

        Args:
            user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            None: the API answers 200 without a body.

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        await self._caller.call_operation(
            "users",
            "delete_user",
            (user_id,),
            {},
            extra_query,
            extra_headers,
            timeout,
        )

    @_operation("users", "get_user")
    async def get_user(
        self,
        user_id: str,
        *,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> UserData:
        """Get User

        Get an organization user by ID.

        Args:
            user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            UserData: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "UserData",
            await self._caller.call_operation(
                "users",
                "get_user",
                (user_id,),
                {},
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("users", "list_users")
    async def list_users(
        self,
        *,
        pagenumber: int | Unset = UNSET,
        pagesize: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> UserList:
        """List Users

        List organization users using pagination and filtering.

        Numbered pagination (`page[number]`, `page[size]`, `meta.total_count`, `meta.total_page`),
        sorting (`sort=-a,b`) and open-ended filtering (`filter[field][operator]=value`, operator
        defaulting to `eq`, dotted fields for nested properties) as the reference's introduction
        describes.

        Args:
            pagenumber (int | Unset):
            pagesize (int | Unset):
            sort (str | Unset):
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            UserList: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "UserList",
            await self._caller.call_operation(
                "users",
                "list_users",
                (),
                {
                    "pagenumber": pagenumber,
                    "pagesize": pagesize,
                    "sort": sort,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )

    @_operation("users", "update_user")
    async def update_user(
        self,
        user_id: str,
        *,
        body: UpdateUserRequest | dict[str, Any],
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> EmptyObject:
        """Update User

        Update an organization user by ID.

        Args:
            user_id (str): A URL path segment: refused (ConfigurationError) when empty, `.`, `..` or
                holding `/`.
            body (UpdateUserRequest | dict[str, Any]): The request body: the model, or a dict of
                its JSON fields (read with `from_dict`; ConfigurationError if it does not fit).
            extra_query (Mapping[str, Any] | None): More query parameters for this call, e.g. filters
                (`{"filter[status]": "Active"}`); lists are sent comma-separated, None values dropped.
            extra_headers (Mapping[str, str] | None): More request headers for this call.
            timeout (float | None): Seconds each attempt of this call may take, whole answer included,
                instead of the client's `timeout`.

        Returns:
            EmptyObject: the parsed 200 answer (None if its body is empty).

        Raises:
            integr8.errors.ConfigurationError: An argument is wrong (a bad id, a value outside the
                spec's limits, an unknown enum value), before any request is sent.
            integr8.errors.APIStatusError: The API answered an error status, as its subclass for that
                status (NotFoundError for 404, RateLimitError for 429, ...; see `integr8.errors`).
                The spec lists 400, 401, 402, 403, 404, 429, 500, 502, 503, 504 for this operation.
            integr8.errors.APIConnectionError: No answer after the retries (APITimeoutError when
                it timed out).
            integr8.errors.APIResponseValidationError: A 200 answer whose body does not match the spec.
        """
        return cast(
            "EmptyObject",
            await self._caller.call_operation(
                "users",
                "update_user",
                (user_id,),
                {
                    "body": body,
                },
                extra_query,
                extra_headers,
                timeout,
            ),
        )


class Operations:
    """Mixin of `integr8.Integr8`: one attribute per tag, made on first use."""

    if TYPE_CHECKING:

        def call_operation(
            self,
            tag: str,
            name: str,
            args: tuple[Any, ...],
            params: dict[str, Any],
            extra_query: Mapping[str, Any] | None,
            extra_headers: Mapping[str, str] | None,
            timeout: float | None,
            /,
        ) -> Any: ...

    @cached_property
    def advertisers(self) -> AdvertisersOperations:
        """The operations of the tag `advertisers` (`AdvertisersOperations`):

        bulk_delete_advertisers, bulk_update_advertisers_status, create_advertiser,
        delete_advertiser, get_advertiser, list_advertisers, update_advertiser.
        """
        return AdvertisersOperations(self)

    @cached_property
    def download_center(self) -> DownloadCenterOperations:
        """The operations of the tag `download_center` (`DownloadCenterOperations`):

        delete_download_center_export, get_download_center_export,
        get_download_center_export_url, get_shared_report_export_url,
        list_download_center_exports.
        """
        return DownloadCenterOperations(self)

    @cached_property
    def offer_events(self) -> OfferEventsOperations:
        """The operations of the tag `offer_events` (`OfferEventsOperations`):

        create_offer_event, delete_offer_event, get_offer_event, list_offer_events,
        update_offer_event.
        """
        return OfferEventsOperations(self)

    @cached_property
    def offer_landing_pages(self) -> OfferLandingPagesOperations:
        """The operations of the tag `offer_landing_pages` (`OfferLandingPagesOperations`):

        create_offer_landing_page, delete_offer_landing_page, get_link_test_log,
        get_link_test_logs_chart_by_failed_reason, get_link_test_logs_chart_by_status,
        get_link_test_logs_totals, get_offer_landing_page, list_link_test_logs,
        list_link_test_logs_grouped, list_offer_landing_pages, update_offer_landing_page.
        """
        return OfferLandingPagesOperations(self)

    @cached_property
    def offers(self) -> OffersOperations:
        """The operations of the tag `offers` (`OffersOperations`):

        bulk_delete_offers, bulk_update_offers_status, create_offer, delete_offer, get_offer,
        list_offers, update_offer.
        """
        return OffersOperations(self)

    @cached_property
    def publisher_blocked_sub_ids(self) -> PublisherBlockedSubIdsOperations:
        """The operations of the tag `publisher_blocked_sub_ids` (`PublisherBlockedSubIdsOperations`):

        bulk_delete_blocked_sub_ids, create_blocked_sub_id, delete_blocked_sub_id,
        get_blocked_sub_id, list_blocked_sub_ids, update_blocked_sub_id.
        """
        return PublisherBlockedSubIdsOperations(self)

    @cached_property
    def publisher_custom_payout(self) -> PublisherCustomPayoutOperations:
        """The operations of the tag `publisher_custom_payout` (`PublisherCustomPayoutOperations`):

        bulk_delete_custom_payouts, create_custom_payout, delete_custom_payout,
        get_custom_payout, list_custom_payouts, update_custom_payout.
        """
        return PublisherCustomPayoutOperations(self)

    @cached_property
    def publisher_custom_throttle(self) -> PublisherCustomThrottleOperations:
        """The operations of the tag `publisher_custom_throttle` (`PublisherCustomThrottleOperations`):

        bulk_delete_custom_throttles, bulk_update_custom_throttles_status,
        create_custom_throttle, delete_custom_throttle, get_custom_throttle,
        list_custom_throttles, update_custom_throttle.
        """
        return PublisherCustomThrottleOperations(self)

    @cached_property
    def publisher_sub_ids(self) -> PublisherSubIdsOperations:
        """The operations of the tag `publisher_sub_ids` (`PublisherSubIdsOperations`):

        bulk_create_publisher_sub_ids, bulk_delete_publisher_sub_ids, create_publisher_sub_id,
        delete_publisher_sub_id, get_organization_publisher_sub_id, get_publisher_sub_id,
        list_organization_publisher_sub_ids, list_publisher_sub_ids, update_publisher_sub_id.
        """
        return PublisherSubIdsOperations(self)

    @cached_property
    def publisher_users(self) -> PublisherUsersOperations:
        """The operations of the tag `publisher_users` (`PublisherUsersOperations`):

        create_publisher_user, delete_publisher_user, get_publisher_user, list_publisher_users,
        update_publisher_user.
        """
        return PublisherUsersOperations(self)

    @cached_property
    def publishers(self) -> PublishersOperations:
        """The operations of the tag `publishers` (`PublishersOperations`):

        bulk_delete_publishers, bulk_update_publishers_status, create_publisher,
        delete_publisher, get_publisher, list_publishers, update_publisher.
        """
        return PublishersOperations(self)

    @cached_property
    def reports(self) -> ReportsOperations:
        """The operations of the tag `reports` (`ReportsOperations`):

        export_clicks, export_conversions, export_impressions, export_postback_logs,
        get_click_report, get_conversion_report, get_impression_report, update_conversions.
        """
        return ReportsOperations(self)

    @cached_property
    def users(self) -> UsersOperations:
        """The operations of the tag `users` (`UsersOperations`):

        create_user, delete_user, get_user, list_users, update_user.
        """
        return UsersOperations(self)


class AsyncOperations:
    """Mixin of `integr8.AsyncIntegr8`: one attribute per tag, made on first use."""

    if TYPE_CHECKING:

        async def call_operation(
            self,
            tag: str,
            name: str,
            args: tuple[Any, ...],
            params: dict[str, Any],
            extra_query: Mapping[str, Any] | None,
            extra_headers: Mapping[str, str] | None,
            timeout: float | None,
            /,
        ) -> Any: ...

    @cached_property
    def advertisers(self) -> AsyncAdvertisersOperations:
        """The operations of the tag `advertisers` (`AsyncAdvertisersOperations`):

        bulk_delete_advertisers, bulk_update_advertisers_status, create_advertiser,
        delete_advertiser, get_advertiser, list_advertisers, update_advertiser.
        """
        return AsyncAdvertisersOperations(self)

    @cached_property
    def download_center(self) -> AsyncDownloadCenterOperations:
        """The operations of the tag `download_center` (`AsyncDownloadCenterOperations`):

        delete_download_center_export, get_download_center_export,
        get_download_center_export_url, get_shared_report_export_url,
        list_download_center_exports.
        """
        return AsyncDownloadCenterOperations(self)

    @cached_property
    def offer_events(self) -> AsyncOfferEventsOperations:
        """The operations of the tag `offer_events` (`AsyncOfferEventsOperations`):

        create_offer_event, delete_offer_event, get_offer_event, list_offer_events,
        update_offer_event.
        """
        return AsyncOfferEventsOperations(self)

    @cached_property
    def offer_landing_pages(self) -> AsyncOfferLandingPagesOperations:
        """The operations of the tag `offer_landing_pages` (`AsyncOfferLandingPagesOperations`):

        create_offer_landing_page, delete_offer_landing_page, get_link_test_log,
        get_link_test_logs_chart_by_failed_reason, get_link_test_logs_chart_by_status,
        get_link_test_logs_totals, get_offer_landing_page, list_link_test_logs,
        list_link_test_logs_grouped, list_offer_landing_pages, update_offer_landing_page.
        """
        return AsyncOfferLandingPagesOperations(self)

    @cached_property
    def offers(self) -> AsyncOffersOperations:
        """The operations of the tag `offers` (`AsyncOffersOperations`):

        bulk_delete_offers, bulk_update_offers_status, create_offer, delete_offer, get_offer,
        list_offers, update_offer.
        """
        return AsyncOffersOperations(self)

    @cached_property
    def publisher_blocked_sub_ids(self) -> AsyncPublisherBlockedSubIdsOperations:
        """The operations of the tag `publisher_blocked_sub_ids` (`AsyncPublisherBlockedSubIdsOperations`):

        bulk_delete_blocked_sub_ids, create_blocked_sub_id, delete_blocked_sub_id,
        get_blocked_sub_id, list_blocked_sub_ids, update_blocked_sub_id.
        """
        return AsyncPublisherBlockedSubIdsOperations(self)

    @cached_property
    def publisher_custom_payout(self) -> AsyncPublisherCustomPayoutOperations:
        """The operations of the tag `publisher_custom_payout` (`AsyncPublisherCustomPayoutOperations`):

        bulk_delete_custom_payouts, create_custom_payout, delete_custom_payout,
        get_custom_payout, list_custom_payouts, update_custom_payout.
        """
        return AsyncPublisherCustomPayoutOperations(self)

    @cached_property
    def publisher_custom_throttle(self) -> AsyncPublisherCustomThrottleOperations:
        """The operations of the tag `publisher_custom_throttle` (`AsyncPublisherCustomThrottleOperations`):

        bulk_delete_custom_throttles, bulk_update_custom_throttles_status,
        create_custom_throttle, delete_custom_throttle, get_custom_throttle,
        list_custom_throttles, update_custom_throttle.
        """
        return AsyncPublisherCustomThrottleOperations(self)

    @cached_property
    def publisher_sub_ids(self) -> AsyncPublisherSubIdsOperations:
        """The operations of the tag `publisher_sub_ids` (`AsyncPublisherSubIdsOperations`):

        bulk_create_publisher_sub_ids, bulk_delete_publisher_sub_ids, create_publisher_sub_id,
        delete_publisher_sub_id, get_organization_publisher_sub_id, get_publisher_sub_id,
        list_organization_publisher_sub_ids, list_publisher_sub_ids, update_publisher_sub_id.
        """
        return AsyncPublisherSubIdsOperations(self)

    @cached_property
    def publisher_users(self) -> AsyncPublisherUsersOperations:
        """The operations of the tag `publisher_users` (`AsyncPublisherUsersOperations`):

        create_publisher_user, delete_publisher_user, get_publisher_user, list_publisher_users,
        update_publisher_user.
        """
        return AsyncPublisherUsersOperations(self)

    @cached_property
    def publishers(self) -> AsyncPublishersOperations:
        """The operations of the tag `publishers` (`AsyncPublishersOperations`):

        bulk_delete_publishers, bulk_update_publishers_status, create_publisher,
        delete_publisher, get_publisher, list_publishers, update_publisher.
        """
        return AsyncPublishersOperations(self)

    @cached_property
    def reports(self) -> AsyncReportsOperations:
        """The operations of the tag `reports` (`AsyncReportsOperations`):

        export_clicks, export_conversions, export_impressions, export_postback_logs,
        get_click_report, get_conversion_report, get_impression_report, update_conversions.
        """
        return AsyncReportsOperations(self)

    @cached_property
    def users(self) -> AsyncUsersOperations:
        """The operations of the tag `users` (`AsyncUsersOperations`):

        create_user, delete_user, get_user, list_users, update_user.
        """
        return AsyncUsersOperations(self)
