from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)

T = TypeVar("T", bound="DownloadCenterExportReportsQueryOptionFilters")


@_attrs_define
class DownloadCenterExportReportsQueryOptionFilters:
    """Filters used for the export, keyed by field (`offer_id`, `publisher`, `advertiser`, `integration_id`), each with
    `equalvalues`.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `DownloadCenterExportReportsQueryOptionFilters`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        _additional = dict(src_dict)

        if cls is DownloadCenterExportReportsQueryOptionFilters:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.additional_properties = _additional
            return _instance
        download_center_export_reports_query_option_filters = cls()

        download_center_export_reports_query_option_filters.additional_properties = _additional
        return download_center_export_reports_query_option_filters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return model_repr(self)


def _read_dict(src_dict: dict[str, Any]) -> DownloadCenterExportReportsQueryOptionFilters:
    """`DownloadCenterExportReportsQueryOptionFilters.from_dict` of a plain dict (what nested models' fields call)."""
    return DownloadCenterExportReportsQueryOptionFilters.from_dict(src_dict)
