from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_user_request_role import CreateUserRequestRole
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="CreateUserRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "email",
        "password",
        "role",
        "city",
        "country",
        "first_name",
        "last_name",
        "phone",
        "timezone",
    }
)


@_attrs_define
class CreateUserRequest:
    """
    Attributes:
        email (str):
        password (str):
        role (CreateUserRequestRole):
        city (str | Unset):
        country (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        phone (str | Unset):
        timezone (str | Unset):
    """

    email: str
    password: str
    role: CreateUserRequestRole
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        role = self.role.value

        city = self.city

        country = self.country

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
                "role": role,
            }
        )
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        email = src_dict["email"]

        password = src_dict["password"]

        role = CreateUserRequestRole(src_dict["role"])

        city = src_dict.get("city", UNSET)

        country = src_dict.get("country", UNSET)

        first_name = src_dict.get("first_name", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        phone = src_dict.get("phone", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        create_user_request = cls(
            email,
            password,
            role,
            city,
            country,
            first_name,
            last_name,
            phone,
            timezone,
        )

        create_user_request.additional_properties = _additional
        return create_user_request

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
        return model_repr(self, ("password",))
