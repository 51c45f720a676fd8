"""The generated operations the facade calls by name, all in one place.

Everything else reaches generated code through discovery (`_operations.catalog`). When Integr8
renames or moves one of these, this file is the change.
"""

from __future__ import annotations

# iter_report(kind) -> (tag attribute, operation)
REPORTS: dict[str, tuple[str, str]] = {
    "clicks": ("reports", "get_click_report"),
    "conversions": ("reports", "get_conversion_report"),
    "impressions": ("reports", "get_impression_report"),
}

# update_conversions
UPDATE_CONVERSIONS: tuple[str, str] = ("reports", "update_conversions")

# export_to_file / resume_export
EXPORTS: dict[str, tuple[str, str]] = {
    "clicks": ("reports", "export_clicks"),
    "conversions": ("reports", "export_conversions"),
    "impressions": ("reports", "export_impressions"),
    "postback_logs": ("reports", "export_postback_logs"),
}
GET_EXPORT: tuple[str, str] = ("download_center", "get_download_center_export")
EXPORT_URL: tuple[str, str] = ("download_center", "get_download_center_export_url")
# export_to_file looks for an export of the same query to reuse (listDownloadCenterExports)
LIST_EXPORTS: tuple[str, str] = ("download_center", "list_download_center_exports")

# The AppSamurai sync (integr8.appsamurai): its role for an operation -> (tag attribute, operation).
APPSAMURAI_SYNC: dict[str, tuple[str, str]] = {
    "list_offers": ("offers", "list_offers"),
    "create_offer": ("offers", "create_offer"),
    "update_offer": ("offers", "update_offer"),
    "set_offers_status": ("offers", "bulk_update_offers_status"),
    "list_landing_pages": ("offer_landing_pages", "list_offer_landing_pages"),
    "create_landing_page": ("offer_landing_pages", "create_offer_landing_page"),
    "update_landing_page": ("offer_landing_pages", "update_offer_landing_page"),
    "list_events": ("offer_events", "list_offer_events"),
    "create_event": ("offer_events", "create_offer_event"),
    "update_event": ("offer_events", "update_offer_event"),
}
