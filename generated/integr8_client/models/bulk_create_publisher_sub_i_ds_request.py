from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="BulkCreatePublisherSubIDsRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "data",
    }
)


@_attrs_define
class BulkCreatePublisherSubIDsRequest:
    """
    Attributes:
        data (list[CsapiPublisherSubID] | Unset):
    """

    data: list[CsapiPublisherSubID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = src_dict.get("data", UNSET)
        data: list[CsapiPublisherSubID] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = CsapiPublisherSubID.from_dict(data_item_data)

                data.append(data_item)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        bulk_create_publisher_sub_i_ds_request = cls(
            data,
        )

        bulk_create_publisher_sub_i_ds_request.additional_properties = _additional
        return bulk_create_publisher_sub_i_ds_request

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


# Imported here, after the class: models that refer to each other in a cycle still import.
from ..models.csapi_publisher_sub_id import CsapiPublisherSubID  # noqa: E402
