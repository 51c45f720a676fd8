from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """An organization user. Fields from Create/Update User (password omitted); `id` and timestamps inferred.

    Attributes:
        city (str | Unset):
        country (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        phone (str | Unset):
        role (str | Unset): Known values: admin, accountManager. Open on the response side: a value the spec does not
            list still parses.
        timezone (str | Unset):
        advertiser_manager_access (str | Unset): Known values: Global, Limited, Restricted. Open on the response side: a
            value the spec does not list still parses.
        api_access_enabled (bool | Unset):
        is_advertiser_manager (bool | Unset):
        is_publisher_manager (bool | Unset):
        publisher_manager_access (str | Unset): Known values: Global, Limited, Restricted. Open on the response side: a
            value the spec does not list still parses.
        status (str | Unset): Known values: Active, Deactivated. Open on the response side: a value the spec does not
            list still parses.
        id (str | Unset): Object ID.
        created_at (str | Unset): When the object was created (RFC 3339).
        updated_at (str | Unset): When the object was last changed (RFC 3339).
    """

    city: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    role: str | Unset = UNSET
    timezone: str | Unset = UNSET
    advertiser_manager_access: str | Unset = UNSET
    api_access_enabled: bool | Unset = UNSET
    is_advertiser_manager: bool | Unset = UNSET
    is_publisher_manager: bool | Unset = UNSET
    publisher_manager_access: str | Unset = UNSET
    status: str | Unset = UNSET
    id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        role = self.role

        timezone = self.timezone

        advertiser_manager_access = self.advertiser_manager_access

        api_access_enabled = self.api_access_enabled

        is_advertiser_manager = self.is_advertiser_manager

        is_publisher_manager = self.is_publisher_manager

        publisher_manager_access = self.publisher_manager_access

        status = self.status

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if role is not UNSET:
            field_dict["role"] = role
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if advertiser_manager_access is not UNSET:
            field_dict["advertiser_manager_access"] = advertiser_manager_access
        if api_access_enabled is not UNSET:
            field_dict["api_access_enabled"] = api_access_enabled
        if is_advertiser_manager is not UNSET:
            field_dict["is_advertiser_manager"] = is_advertiser_manager
        if is_publisher_manager is not UNSET:
            field_dict["is_publisher_manager"] = is_publisher_manager
        if publisher_manager_access is not UNSET:
            field_dict["publisher_manager_access"] = publisher_manager_access
        if status is not UNSET:
            field_dict["status"] = status
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
        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        role = d.pop("role", UNSET)

        timezone = d.pop("timezone", UNSET)

        advertiser_manager_access = d.pop("advertiser_manager_access", UNSET)

        api_access_enabled = d.pop("api_access_enabled", UNSET)

        is_advertiser_manager = d.pop("is_advertiser_manager", UNSET)

        is_publisher_manager = d.pop("is_publisher_manager", UNSET)

        publisher_manager_access = d.pop("publisher_manager_access", UNSET)

        status = d.pop("status", UNSET)

        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        user = cls(
            city=city,
            country=country,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            role=role,
            timezone=timezone,
            advertiser_manager_access=advertiser_manager_access,
            api_access_enabled=api_access_enabled,
            is_advertiser_manager=is_advertiser_manager,
            is_publisher_manager=is_publisher_manager,
            publisher_manager_access=publisher_manager_access,
            status=status,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
        )

        user.additional_properties = d
        return user

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
