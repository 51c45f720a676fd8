from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.download_center_export_reports_query_option_filters import (
        DownloadCenterExportReportsQueryOptionFilters,
    )


T = TypeVar("T", bound="DownloadCenterExportReportsQueryOption")


@_attrs_define
class DownloadCenterExportReportsQueryOption:
    """
    Attributes:
        start_date (str | Unset):
        end_date (str | Unset):
        filters (DownloadCenterExportReportsQueryOptionFilters | Unset): Filters used for the export, keyed by field
            (`offer_id`, `publisher`, `advertiser`, `integration_id`), each with `equalvalues`.
    """

    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    filters: DownloadCenterExportReportsQueryOptionFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.download_center_export_reports_query_option_filters import (
            DownloadCenterExportReportsQueryOptionFilters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: DownloadCenterExportReportsQueryOptionFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = DownloadCenterExportReportsQueryOptionFilters.from_dict(_filters)

        download_center_export_reports_query_option = cls(
            start_date=start_date,
            end_date=end_date,
            filters=filters,
        )

        download_center_export_reports_query_option.additional_properties = d
        return download_center_export_reports_query_option

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
