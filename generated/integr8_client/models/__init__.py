"""Contains all the data models used in inputs/outputs.

Generated from the spec by scripts/regen.sh (openapi/templates/models_init.py.jinja); do not edit.

Each model's module is imported the first time its name is read here, so importing this package
costs almost nothing; `from integr8_client.models import Offer` works as it always did.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .advertiser import Advertiser
    from .advertiser_data import AdvertiserData
    from .advertiser_list import AdvertiserList
    from .advertiser_request import AdvertiserRequest
    from .blocked_sub_id import BlockedSubID
    from .blocked_sub_id_data import BlockedSubIDData
    from .blocked_sub_id_list import BlockedSubIDList
    from .bulk_create_publisher_sub_i_ds_request import BulkCreatePublisherSubIDsRequest
    from .bulk_delete_request import BulkDeleteRequest
    from .bulk_status_request import BulkStatusRequest
    from .click_report import ClickReport
    from .click_report_data import ClickReportData
    from .click_report_row import ClickReportRow
    from .conversion_report import ConversionReport
    from .conversion_report_data import ConversionReportData
    from .conversion_report_row import ConversionReportRow
    from .create_blocked_sub_id_request import CreateBlockedSubIDRequest
    from .create_custom_payout_request import CreateCustomPayoutRequest
    from .create_custom_payout_request_meta import CreateCustomPayoutRequestMeta
    from .create_custom_payout_request_payout_type import CreateCustomPayoutRequestPayoutType
    from .create_custom_payout_request_platform import CreateCustomPayoutRequestPlatform
    from .create_custom_payout_request_revenue_type import CreateCustomPayoutRequestRevenueType
    from .create_custom_throttle_request import CreateCustomThrottleRequest
    from .create_custom_throttle_request_throttle_status import CreateCustomThrottleRequestThrottleStatus
    from .create_publisher_sub_id_request import CreatePublisherSubIDRequest
    from .create_publisher_user_request import CreatePublisherUserRequest
    from .create_publisher_user_request_status import CreatePublisherUserRequestStatus
    from .create_user_request import CreateUserRequest
    from .create_user_request_role import CreateUserRequestRole
    from .created_item import CreatedItem
    from .csapi_additional_throttle_rate_filters import CsapiAdditionalThrottleRateFilters
    from .csapi_publisher_sub_id import CsapiPublisherSubID
    from .custom_payout import CustomPayout
    from .custom_payout_data import CustomPayoutData
    from .custom_payout_list import CustomPayoutList
    from .custom_payout_meta import CustomPayoutMeta
    from .custom_throttle import CustomThrottle
    from .custom_throttle_data import CustomThrottleData
    from .custom_throttle_list import CustomThrottleList
    from .download_center_export import DownloadCenterExport
    from .download_center_export_artifact import DownloadCenterExportArtifact
    from .download_center_export_data import DownloadCenterExportData
    from .download_center_export_email_config import DownloadCenterExportEmailConfig
    from .download_center_export_export_list_options import DownloadCenterExportExportListOptions
    from .download_center_export_format import DownloadCenterExportFormat
    from .download_center_export_list import DownloadCenterExportList
    from .download_center_export_masking_config import DownloadCenterExportMaskingConfig
    from .download_center_export_reports_query_option import DownloadCenterExportReportsQueryOption
    from .download_center_export_reports_query_option_filters import DownloadCenterExportReportsQueryOptionFilters
    from .download_center_export_results_meta import DownloadCenterExportResultsMeta
    from .empty_object import EmptyObject
    from .error import Error
    from .get_click_report_filterstatus import GetClickReportFilterstatus
    from .get_conversion_report_filterstatus import GetConversionReportFilterstatus
    from .get_impression_report_filterstatus import GetImpressionReportFilterstatus
    from .get_link_test_logs_totals_time_period import GetLinkTestLogsTotalsTimePeriod
    from .impression_report import ImpressionReport
    from .impression_report_data import ImpressionReportData
    from .impression_report_row import ImpressionReportRow
    from .integr_8_docs_conversion_update_request import Integr8DocsConversionUpdateRequest
    from .integr_8_docs_offer_payout_config import Integr8DocsOfferPayoutConfig
    from .link_test_log import LinkTestLog
    from .link_test_log_chart import LinkTestLogChart
    from .link_test_log_chart_data import LinkTestLogChartData
    from .link_test_log_data import LinkTestLogData
    from .link_test_log_group import LinkTestLogGroup
    from .link_test_log_group_list import LinkTestLogGroupList
    from .link_test_log_list import LinkTestLogList
    from .link_test_log_totals import LinkTestLogTotals
    from .link_test_log_totals_data import LinkTestLogTotalsData
    from .list_meta import ListMeta
    from .offer import Offer
    from .offer_data import OfferData
    from .offer_event import OfferEvent
    from .offer_event_data import OfferEventData
    from .offer_event_list import OfferEventList
    from .offer_event_request import OfferEventRequest
    from .offer_event_request_payout_type import OfferEventRequestPayoutType
    from .offer_event_request_revenue_type import OfferEventRequestRevenueType
    from .offer_landing_page import OfferLandingPage
    from .offer_landing_page_data import OfferLandingPageData
    from .offer_landing_page_list import OfferLandingPageList
    from .offer_landing_page_request import OfferLandingPageRequest
    from .offer_list import OfferList
    from .offer_request import OfferRequest
    from .offer_request_currency import OfferRequestCurrency
    from .offer_request_visibility import OfferRequestVisibility
    from .page_info import PageInfo
    from .publisher import Publisher
    from .publisher_data import PublisherData
    from .publisher_list import PublisherList
    from .publisher_request import PublisherRequest
    from .publisher_request_promotional_method_item import PublisherRequestPromotionalMethodItem
    from .publisher_sub_id_data import PublisherSubIDData
    from .publisher_sub_id_list import PublisherSubIDList
    from .publisher_user import PublisherUser
    from .publisher_user_data import PublisherUserData
    from .publisher_user_list import PublisherUserList
    from .signed_url import SignedURL
    from .success import Success
    from .update_blocked_sub_id_request import UpdateBlockedSubIDRequest
    from .update_conversions_request import UpdateConversionsRequest
    from .update_custom_payout_request import UpdateCustomPayoutRequest
    from .update_custom_payout_request_payout_type import UpdateCustomPayoutRequestPayoutType
    from .update_custom_payout_request_revenue_type import UpdateCustomPayoutRequestRevenueType
    from .update_custom_throttle_request import UpdateCustomThrottleRequest
    from .update_custom_throttle_request_throttle_status import UpdateCustomThrottleRequestThrottleStatus
    from .update_publisher_sub_id_request import UpdatePublisherSubIDRequest
    from .update_publisher_user_request import UpdatePublisherUserRequest
    from .update_user_request import UpdateUserRequest
    from .update_user_request_advertiser_manager_access import UpdateUserRequestAdvertiserManagerAccess
    from .update_user_request_publisher_manager_access import UpdateUserRequestPublisherManagerAccess
    from .update_user_request_role import UpdateUserRequestRole
    from .update_user_request_status import UpdateUserRequestStatus
    from .user import User
    from .user_data import UserData
    from .user_list import UserList

# name -> module (under this package) that defines it
_MODULES = {
    "Advertiser": ".advertiser",
    "AdvertiserData": ".advertiser_data",
    "AdvertiserList": ".advertiser_list",
    "AdvertiserRequest": ".advertiser_request",
    "BlockedSubID": ".blocked_sub_id",
    "BlockedSubIDData": ".blocked_sub_id_data",
    "BlockedSubIDList": ".blocked_sub_id_list",
    "BulkCreatePublisherSubIDsRequest": ".bulk_create_publisher_sub_i_ds_request",
    "BulkDeleteRequest": ".bulk_delete_request",
    "BulkStatusRequest": ".bulk_status_request",
    "ClickReport": ".click_report",
    "ClickReportData": ".click_report_data",
    "ClickReportRow": ".click_report_row",
    "ConversionReport": ".conversion_report",
    "ConversionReportData": ".conversion_report_data",
    "ConversionReportRow": ".conversion_report_row",
    "CreateBlockedSubIDRequest": ".create_blocked_sub_id_request",
    "CreateCustomPayoutRequest": ".create_custom_payout_request",
    "CreateCustomPayoutRequestMeta": ".create_custom_payout_request_meta",
    "CreateCustomPayoutRequestPayoutType": ".create_custom_payout_request_payout_type",
    "CreateCustomPayoutRequestPlatform": ".create_custom_payout_request_platform",
    "CreateCustomPayoutRequestRevenueType": ".create_custom_payout_request_revenue_type",
    "CreateCustomThrottleRequest": ".create_custom_throttle_request",
    "CreateCustomThrottleRequestThrottleStatus": ".create_custom_throttle_request_throttle_status",
    "CreatePublisherSubIDRequest": ".create_publisher_sub_id_request",
    "CreatePublisherUserRequest": ".create_publisher_user_request",
    "CreatePublisherUserRequestStatus": ".create_publisher_user_request_status",
    "CreateUserRequest": ".create_user_request",
    "CreateUserRequestRole": ".create_user_request_role",
    "CreatedItem": ".created_item",
    "CsapiAdditionalThrottleRateFilters": ".csapi_additional_throttle_rate_filters",
    "CsapiPublisherSubID": ".csapi_publisher_sub_id",
    "CustomPayout": ".custom_payout",
    "CustomPayoutData": ".custom_payout_data",
    "CustomPayoutList": ".custom_payout_list",
    "CustomPayoutMeta": ".custom_payout_meta",
    "CustomThrottle": ".custom_throttle",
    "CustomThrottleData": ".custom_throttle_data",
    "CustomThrottleList": ".custom_throttle_list",
    "DownloadCenterExport": ".download_center_export",
    "DownloadCenterExportArtifact": ".download_center_export_artifact",
    "DownloadCenterExportData": ".download_center_export_data",
    "DownloadCenterExportEmailConfig": ".download_center_export_email_config",
    "DownloadCenterExportExportListOptions": ".download_center_export_export_list_options",
    "DownloadCenterExportFormat": ".download_center_export_format",
    "DownloadCenterExportList": ".download_center_export_list",
    "DownloadCenterExportMaskingConfig": ".download_center_export_masking_config",
    "DownloadCenterExportReportsQueryOption": ".download_center_export_reports_query_option",
    "DownloadCenterExportReportsQueryOptionFilters": ".download_center_export_reports_query_option_filters",
    "DownloadCenterExportResultsMeta": ".download_center_export_results_meta",
    "EmptyObject": ".empty_object",
    "Error": ".error",
    "GetClickReportFilterstatus": ".get_click_report_filterstatus",
    "GetConversionReportFilterstatus": ".get_conversion_report_filterstatus",
    "GetImpressionReportFilterstatus": ".get_impression_report_filterstatus",
    "GetLinkTestLogsTotalsTimePeriod": ".get_link_test_logs_totals_time_period",
    "ImpressionReport": ".impression_report",
    "ImpressionReportData": ".impression_report_data",
    "ImpressionReportRow": ".impression_report_row",
    "Integr8DocsConversionUpdateRequest": ".integr_8_docs_conversion_update_request",
    "Integr8DocsOfferPayoutConfig": ".integr_8_docs_offer_payout_config",
    "LinkTestLog": ".link_test_log",
    "LinkTestLogChart": ".link_test_log_chart",
    "LinkTestLogChartData": ".link_test_log_chart_data",
    "LinkTestLogData": ".link_test_log_data",
    "LinkTestLogGroup": ".link_test_log_group",
    "LinkTestLogGroupList": ".link_test_log_group_list",
    "LinkTestLogList": ".link_test_log_list",
    "LinkTestLogTotals": ".link_test_log_totals",
    "LinkTestLogTotalsData": ".link_test_log_totals_data",
    "ListMeta": ".list_meta",
    "Offer": ".offer",
    "OfferData": ".offer_data",
    "OfferEvent": ".offer_event",
    "OfferEventData": ".offer_event_data",
    "OfferEventList": ".offer_event_list",
    "OfferEventRequest": ".offer_event_request",
    "OfferEventRequestPayoutType": ".offer_event_request_payout_type",
    "OfferEventRequestRevenueType": ".offer_event_request_revenue_type",
    "OfferLandingPage": ".offer_landing_page",
    "OfferLandingPageData": ".offer_landing_page_data",
    "OfferLandingPageList": ".offer_landing_page_list",
    "OfferLandingPageRequest": ".offer_landing_page_request",
    "OfferList": ".offer_list",
    "OfferRequest": ".offer_request",
    "OfferRequestCurrency": ".offer_request_currency",
    "OfferRequestVisibility": ".offer_request_visibility",
    "PageInfo": ".page_info",
    "Publisher": ".publisher",
    "PublisherData": ".publisher_data",
    "PublisherList": ".publisher_list",
    "PublisherRequest": ".publisher_request",
    "PublisherRequestPromotionalMethodItem": ".publisher_request_promotional_method_item",
    "PublisherSubIDData": ".publisher_sub_id_data",
    "PublisherSubIDList": ".publisher_sub_id_list",
    "PublisherUser": ".publisher_user",
    "PublisherUserData": ".publisher_user_data",
    "PublisherUserList": ".publisher_user_list",
    "SignedURL": ".signed_url",
    "Success": ".success",
    "UpdateBlockedSubIDRequest": ".update_blocked_sub_id_request",
    "UpdateConversionsRequest": ".update_conversions_request",
    "UpdateCustomPayoutRequest": ".update_custom_payout_request",
    "UpdateCustomPayoutRequestPayoutType": ".update_custom_payout_request_payout_type",
    "UpdateCustomPayoutRequestRevenueType": ".update_custom_payout_request_revenue_type",
    "UpdateCustomThrottleRequest": ".update_custom_throttle_request",
    "UpdateCustomThrottleRequestThrottleStatus": ".update_custom_throttle_request_throttle_status",
    "UpdatePublisherSubIDRequest": ".update_publisher_sub_id_request",
    "UpdatePublisherUserRequest": ".update_publisher_user_request",
    "UpdateUserRequest": ".update_user_request",
    "UpdateUserRequestAdvertiserManagerAccess": ".update_user_request_advertiser_manager_access",
    "UpdateUserRequestPublisherManagerAccess": ".update_user_request_publisher_manager_access",
    "UpdateUserRequestRole": ".update_user_request_role",
    "UpdateUserRequestStatus": ".update_user_request_status",
    "User": ".user",
    "UserData": ".user_data",
    "UserList": ".user_list",
}

__all__ = (
    "Advertiser",
    "AdvertiserData",
    "AdvertiserList",
    "AdvertiserRequest",
    "BlockedSubID",
    "BlockedSubIDData",
    "BlockedSubIDList",
    "BulkCreatePublisherSubIDsRequest",
    "BulkDeleteRequest",
    "BulkStatusRequest",
    "ClickReport",
    "ClickReportData",
    "ClickReportRow",
    "ConversionReport",
    "ConversionReportData",
    "ConversionReportRow",
    "CreateBlockedSubIDRequest",
    "CreateCustomPayoutRequest",
    "CreateCustomPayoutRequestMeta",
    "CreateCustomPayoutRequestPayoutType",
    "CreateCustomPayoutRequestPlatform",
    "CreateCustomPayoutRequestRevenueType",
    "CreateCustomThrottleRequest",
    "CreateCustomThrottleRequestThrottleStatus",
    "CreatedItem",
    "CreatePublisherSubIDRequest",
    "CreatePublisherUserRequest",
    "CreatePublisherUserRequestStatus",
    "CreateUserRequest",
    "CreateUserRequestRole",
    "CsapiAdditionalThrottleRateFilters",
    "CsapiPublisherSubID",
    "CustomPayout",
    "CustomPayoutData",
    "CustomPayoutList",
    "CustomPayoutMeta",
    "CustomThrottle",
    "CustomThrottleData",
    "CustomThrottleList",
    "DownloadCenterExport",
    "DownloadCenterExportArtifact",
    "DownloadCenterExportData",
    "DownloadCenterExportEmailConfig",
    "DownloadCenterExportExportListOptions",
    "DownloadCenterExportFormat",
    "DownloadCenterExportList",
    "DownloadCenterExportMaskingConfig",
    "DownloadCenterExportReportsQueryOption",
    "DownloadCenterExportReportsQueryOptionFilters",
    "DownloadCenterExportResultsMeta",
    "EmptyObject",
    "Error",
    "GetClickReportFilterstatus",
    "GetConversionReportFilterstatus",
    "GetImpressionReportFilterstatus",
    "GetLinkTestLogsTotalsTimePeriod",
    "ImpressionReport",
    "ImpressionReportData",
    "ImpressionReportRow",
    "Integr8DocsConversionUpdateRequest",
    "Integr8DocsOfferPayoutConfig",
    "LinkTestLog",
    "LinkTestLogChart",
    "LinkTestLogChartData",
    "LinkTestLogData",
    "LinkTestLogGroup",
    "LinkTestLogGroupList",
    "LinkTestLogList",
    "LinkTestLogTotals",
    "LinkTestLogTotalsData",
    "ListMeta",
    "Offer",
    "OfferData",
    "OfferEvent",
    "OfferEventData",
    "OfferEventList",
    "OfferEventRequest",
    "OfferEventRequestPayoutType",
    "OfferEventRequestRevenueType",
    "OfferLandingPage",
    "OfferLandingPageData",
    "OfferLandingPageList",
    "OfferLandingPageRequest",
    "OfferList",
    "OfferRequest",
    "OfferRequestCurrency",
    "OfferRequestVisibility",
    "PageInfo",
    "Publisher",
    "PublisherData",
    "PublisherList",
    "PublisherRequest",
    "PublisherRequestPromotionalMethodItem",
    "PublisherSubIDData",
    "PublisherSubIDList",
    "PublisherUser",
    "PublisherUserData",
    "PublisherUserList",
    "SignedURL",
    "Success",
    "UpdateBlockedSubIDRequest",
    "UpdateConversionsRequest",
    "UpdateCustomPayoutRequest",
    "UpdateCustomPayoutRequestPayoutType",
    "UpdateCustomPayoutRequestRevenueType",
    "UpdateCustomThrottleRequest",
    "UpdateCustomThrottleRequestThrottleStatus",
    "UpdatePublisherSubIDRequest",
    "UpdatePublisherUserRequest",
    "UpdateUserRequest",
    "UpdateUserRequestAdvertiserManagerAccess",
    "UpdateUserRequestPublisherManagerAccess",
    "UpdateUserRequestRole",
    "UpdateUserRequestStatus",
    "User",
    "UserData",
    "UserList",
)


def __getattr__(name: str) -> Any:
    """The model `name`, its module imported on first use (PEP 562); AttributeError if there is none."""
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later reads are plain attribute lookups
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
