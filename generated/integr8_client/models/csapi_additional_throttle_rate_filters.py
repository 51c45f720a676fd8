from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CsapiAdditionalThrottleRateFilters")


@_attrs_define
class CsapiAdditionalThrottleRateFilters:
    """Optional sub_id filters that narrow when a throttling rule applies. The reference collapses its fields; `sub_id` is
    inferred from the tag description.

        Attributes:
            sub_id (list[str] | Unset): sub_id values the rule applies to.
    """

    sub_id: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_id: list[str] | Unset = UNSET
        if not isinstance(self.sub_id, Unset):
            sub_id = self.sub_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_id is not UNSET:
            field_dict["sub_id"] = sub_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub_id = cast(list[str], d.pop("sub_id", UNSET))

        csapi_additional_throttle_rate_filters = cls(
            sub_id=sub_id,
        )

        csapi_additional_throttle_rate_filters.additional_properties = d
        return csapi_additional_throttle_rate_filters

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
