from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvertiserRequest")


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
        d = dict(src_dict)
        name = d.pop("name")

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

        phone = d.pop("phone", UNSET)

        website = d.pop("website", UNSET)

        advertiser_request = cls(
            name=name,
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
            phone=phone,
            website=website,
        )

        advertiser_request.additional_properties = d
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
