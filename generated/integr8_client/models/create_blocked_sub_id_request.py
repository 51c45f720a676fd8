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

T = TypeVar("T", bound="CreateBlockedSubIDRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "offer_incremental_id",
        "organization",
        "publisher_incremental_id",
        "sub_id",
        "description",
    }
)


@_attrs_define
class CreateBlockedSubIDRequest:
    """
    Attributes:
        offer_incremental_id (int):
        organization (str):
        publisher_incremental_id (int):
        sub_id (str):
        description (str | Unset):
    """

    offer_incremental_id: int
    organization: str
    publisher_incremental_id: int
    sub_id: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_incremental_id = self.offer_incremental_id

        organization = self.organization

        publisher_incremental_id = self.publisher_incremental_id

        sub_id = self.sub_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offer_incremental_id": offer_incremental_id,
                "organization": organization,
                "publisher_incremental_id": publisher_incremental_id,
                "sub_id": sub_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        offer_incremental_id = src_dict["offer_incremental_id"]

        organization = src_dict["organization"]

        publisher_incremental_id = src_dict["publisher_incremental_id"]

        sub_id = src_dict["sub_id"]

        description = src_dict.get("description", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        create_blocked_sub_id_request = cls(
            offer_incremental_id,
            organization,
            publisher_incremental_id,
            sub_id,
            description,
        )

        create_blocked_sub_id_request.additional_properties = _additional
        return create_blocked_sub_id_request

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
