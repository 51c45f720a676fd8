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

T = TypeVar("T", bound="AdvertiserRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "name",
        "active",
        "address",
        "company_name",
        "country",
        "description",
        "email",
        "first_name",
        "last_name",
        "manager_id",
        "messenger",
        "phone",
        "website",
    }
)


@_attrs_define
class AdvertiserRequest:
    """
    Attributes:
        name (str):
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
        phone (str | Unset):
        website (str | Unset):
    """

    name: str
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
    phone: str | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        phone = self.phone

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
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
        if phone is not UNSET:
            field_dict["phone"] = phone
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        active = src_dict.get("active", UNSET)

        address = src_dict.get("address", UNSET)

        company_name = src_dict.get("company_name", UNSET)

        country = src_dict.get("country", UNSET)

        description = src_dict.get("description", UNSET)

        email = src_dict.get("email", UNSET)

        first_name = src_dict.get("first_name", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        manager_id = src_dict.get("manager_id", UNSET)

        messenger = src_dict.get("messenger", UNSET)

        phone = src_dict.get("phone", UNSET)

        website = src_dict.get("website", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        advertiser_request = cls(
            name,
            active,
            address,
            company_name,
            country,
            description,
            email,
            first_name,
            last_name,
            manager_id,
            messenger,
            phone,
            website,
        )

        advertiser_request.additional_properties = _additional
        return advertiser_request

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
