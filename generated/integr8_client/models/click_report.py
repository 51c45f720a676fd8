from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnreadableValue,
    Unset,
    read_object,
)

T = TypeVar("T", bound="ClickReport")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "data",
    }
)


@_attrs_define
class ClickReport:
    """
    Attributes:
        data (ClickReportData | None | Unset):
    """

    data: ClickReportData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | None | Unset
        if self.data is None:
            data = None
        else:
            data = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `ClickReport`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        _get = src_dict.get
        data = _get("data", UNSET)
        if type(data) is dict:
            try:
                data = ClickReportData.from_dict(data)
            except UnreadableValue as _error:
                raise _error.within("data") from None
        elif data is not UNSET:
            read_object(data, "data")
            data = None

        click_report = cls(
            data,
        )

        if not _KEYS.issuperset(src_dict):
            click_report.additional_properties = {k: v for k, v in src_dict.items() if k not in _KEYS}
        return click_report

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


# Imported here, after the class: models that refer to each other in a cycle still import.
from ..models.click_report_data import ClickReportData  # noqa: E402
