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
