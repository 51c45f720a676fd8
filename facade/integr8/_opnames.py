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
