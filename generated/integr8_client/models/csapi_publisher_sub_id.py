from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CsapiPublisherSubID")


@_attrs_define
class CsapiPublisherSubID:
    """A managed publisher Sub ID (`csapi.PublisherSubID`). Fields from Create publisher sub ID; `id`, `publisher_id` and
    timestamps inferred.

        Attributes:
            description (str | Unset): Optional notes describing what this external SubID represents or how it is used.
            external_id (str | Unset): This is your Sub ID (sub_id) value that will be seen in tracking and reporting. It
                must have max 50 characters and must be URL compatible. Allowed characters: A-Z, a-z, 0-9, -, and _.
            external_link (str | Unset): Optional URL linking this managed SubID to an external system or reference page.
            name (str | Unset): The name used to identify the external SubID in management views.
            id (str | Unset): Sub ID object ID.
            publisher_id (str | Unset): Owning publisher.
            created_at (str | Unset): When the object was created (RFC 3339).
            updated_at (str | Unset): When the object was last changed (RFC 3339).
    """

    description: str | Unset = UNSET
    external_id: str | Unset = UNSET
    external_link: str | Unset = UNSET
    name: str | Unset = UNSET
    id: str | Unset = UNSET
    publisher_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        external_id = self.external_id

        external_link = self.external_link

        name = self.name

        id = self.id

        publisher_id = self.publisher_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if external_link is not UNSET:
            field_dict["external_link"] = external_link
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        external_id = d.pop("external_id", UNSET)

        external_link = d.pop("external_link", UNSET)

        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        publisher_id = d.pop("publisher_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        csapi_publisher_sub_id = cls(
            description=description,
            external_id=external_id,
            external_link=external_link,
            name=name,
            id=id,
            publisher_id=publisher_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        csapi_publisher_sub_id.additional_properties = d
        return csapi_publisher_sub_id

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
