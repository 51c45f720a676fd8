from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockedSubID")


@_attrs_define
class BlockedSubID:
    """A blocked sub ID. Fields from Create a blocked subid; `id` and timestamps inferred.

    Attributes:
        description (str | Unset):
        offer_incremental_id (int | Unset):
        organization (str | Unset):
        publisher_incremental_id (int | Unset):
        sub_id (str | Unset):
        id (str | Unset): Object ID.
        created_at (str | Unset): When the object was created (RFC 3339).
        updated_at (str | Unset): When the object was last changed (RFC 3339).
    """

    description: str | Unset = UNSET
    offer_incremental_id: int | Unset = UNSET
    organization: str | Unset = UNSET
    publisher_incremental_id: int | Unset = UNSET
    sub_id: str | Unset = UNSET
    id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        offer_incremental_id = self.offer_incremental_id

        organization = self.organization

        publisher_incremental_id = self.publisher_incremental_id

        sub_id = self.sub_id

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if offer_incremental_id is not UNSET:
            field_dict["offer_incremental_id"] = offer_incremental_id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if publisher_incremental_id is not UNSET:
            field_dict["publisher_incremental_id"] = publisher_incremental_id
        if sub_id is not UNSET:
            field_dict["sub_id"] = sub_id
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        offer_incremental_id = d.pop("offer_incremental_id", UNSET)

        organization = d.pop("organization", UNSET)

        publisher_incremental_id = d.pop("publisher_incremental_id", UNSET)

        sub_id = d.pop("sub_id", UNSET)

        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        blocked_sub_id = cls(
            description=description,
            offer_incremental_id=offer_incremental_id,
            organization=organization,
            publisher_incremental_id=publisher_incremental_id,
            sub_id=sub_id,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
        )

        blocked_sub_id.additional_properties = d
        return blocked_sub_id

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
