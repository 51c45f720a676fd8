from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Advertiser")


@_attrs_define
class Advertiser:
    """An advertiser. Fields from Create Advertiser; ids, tags and timestamps inferred.

    Attributes:
        active (bool | Unset):
        address (str | Unset):
        company_name (str | Unset):
        country (str | Unset):
        description (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        manager_id (str | Unset):
        messenger (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        website (str | Unset):
        id (str | Unset): Object ID.
        incremental_id (int | Unset): The incremental ID the reference mentions (used to connect objects and in
            reports).
        tags (list[str] | Unset): Tags (mentioned in the tag description).
        created_at (str | Unset): When the object was created (RFC 3339).
        updated_at (str | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | Unset = UNSET
    address: str | Unset = UNSET
    company_name: str | Unset = UNSET
    country: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    manager_id: str | Unset = UNSET
    messenger: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    website: str | Unset = UNSET
    id: str | Unset = UNSET
    incremental_id: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address = self.address

        company_name = self.company_name

        country = self.country

        description = self.description

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        manager_id = self.manager_id

        messenger = self.messenger

        name = self.name

        phone = self.phone

        website = self.website

        id = self.id

        incremental_id = self.incremental_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if country is not UNSET:
            field_dict["country"] = country
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if messenger is not UNSET:
            field_dict["messenger"] = messenger
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if website is not UNSET:
            field_dict["website"] = website
        if id is not UNSET:
            field_dict["id"] = id
        if incremental_id is not UNSET:
            field_dict["incremental_id"] = incremental_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        address = d.pop("address", UNSET)

        company_name = d.pop("company_name", UNSET)

        country = d.pop("country", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        manager_id = d.pop("manager_id", UNSET)

        messenger = d.pop("messenger", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        website = d.pop("website", UNSET)

        id = d.pop("id", UNSET)

        incremental_id = d.pop("incremental_id", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        advertiser = cls(
            active=active,
            address=address,
            company_name=company_name,
            country=country,
            description=description,
            email=email,
            first_name=first_name,
            last_name=last_name,
            manager_id=manager_id,
            messenger=messenger,
            name=name,
            phone=phone,
            website=website,
            id=id,
            incremental_id=incremental_id,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        advertiser.additional_properties = d
        return advertiser

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
