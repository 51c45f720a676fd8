from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="BulkStatusRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "active",
        "data",
    }
)
# The key order of the object read last, and which of its keys are not in _KEYS (see from_dict).
_LAYOUT: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


@_attrs_define
class BulkStatusRequest:
    """IDs and the new active status.

    Attributes:
        active (bool | Unset):
        data (list[str] | Unset):
    """

    active: bool | Unset = UNSET
    data: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        data: list[str] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        active = src_dict.get("active", UNSET)

        data = cast(list[str], src_dict.get("data", UNSET))

        # The objects of one answer share their keys and key order: which keys are additional is
        # worked out once per key order (_LAYOUT), not once per object.
        global _LAYOUT
        _keys = tuple(src_dict)
        _layout = _LAYOUT
        if _keys != _layout[0]:
            _layout = _LAYOUT = (_keys, tuple([key for key in _keys if key not in _KEYS]))
        _additional = {}
        for _name in _layout[1]:
            _additional[_name] = src_dict[_name]

        bulk_status_request = cls(
            active,
            data,
        )

        bulk_status_request.additional_properties = _additional
        return bulk_status_request

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
