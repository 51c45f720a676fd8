from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blocked_sub_id import BlockedSubID


T = TypeVar("T", bound="BlockedSubIDData")


@_attrs_define
class BlockedSubIDData:
    """
    Attributes:
        data (BlockedSubID | Unset): A blocked sub ID. Fields from Create a blocked subid; `id` and timestamps inferred.
    """

    data: BlockedSubID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
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
        from ..models.blocked_sub_id import BlockedSubID  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: BlockedSubID | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = BlockedSubID.from_dict(_data)

        blocked_sub_id_data = cls(
            data=data,
        )

        blocked_sub_id_data.additional_properties = d
        return blocked_sub_id_data

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
