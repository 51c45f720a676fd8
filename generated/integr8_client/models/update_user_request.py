from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_user_request_advertiser_manager_access import UpdateUserRequestAdvertiserManagerAccess
from ..models.update_user_request_publisher_manager_access import UpdateUserRequestPublisherManagerAccess
from ..models.update_user_request_role import UpdateUserRequestRole
from ..models.update_user_request_status import UpdateUserRequestStatus
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="UpdateUserRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "advertiser_manager_access",
        "api_access_enabled",
        "city",
        "country",
        "email",
        "first_name",
        "is_advertiser_manager",
        "is_publisher_manager",
        "last_name",
        "password",
        "phone",
        "publisher_manager_access",
        "role",
        "status",
        "timezone",
    }
)


@_attrs_define
class UpdateUserRequest:
    """
    Attributes:
        advertiser_manager_access (UpdateUserRequestAdvertiserManagerAccess | Unset):
        api_access_enabled (bool | Unset):
        city (str | Unset):
        country (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        is_advertiser_manager (bool | Unset):
        is_publisher_manager (bool | Unset):
        last_name (str | Unset):
        password (str | Unset):
        phone (str | Unset):
        publisher_manager_access (UpdateUserRequestPublisherManagerAccess | Unset):
        role (UpdateUserRequestRole | Unset):
        status (UpdateUserRequestStatus | Unset):
        timezone (str | Unset):
    """

    advertiser_manager_access: UpdateUserRequestAdvertiserManagerAccess | Unset = UNSET
    api_access_enabled: bool | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    is_advertiser_manager: bool | Unset = UNSET
    is_publisher_manager: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    password: str | Unset = UNSET
    phone: str | Unset = UNSET
    publisher_manager_access: UpdateUserRequestPublisherManagerAccess | Unset = UNSET
    role: UpdateUserRequestRole | Unset = UNSET
    status: UpdateUserRequestStatus | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advertiser_manager_access: str | Unset = UNSET
        if not isinstance(self.advertiser_manager_access, Unset):
            advertiser_manager_access = self.advertiser_manager_access.value

        api_access_enabled = self.api_access_enabled

        city = self.city

        country = self.country

        email = self.email

        first_name = self.first_name

        is_advertiser_manager = self.is_advertiser_manager

        is_publisher_manager = self.is_publisher_manager

        last_name = self.last_name

        password = self.password

        phone = self.phone

        publisher_manager_access: str | Unset = UNSET
        if not isinstance(self.publisher_manager_access, Unset):
            publisher_manager_access = self.publisher_manager_access.value

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advertiser_manager_access is not UNSET:
            field_dict["advertiser_manager_access"] = advertiser_manager_access
        if api_access_enabled is not UNSET:
            field_dict["api_access_enabled"] = api_access_enabled
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if is_advertiser_manager is not UNSET:
            field_dict["is_advertiser_manager"] = is_advertiser_manager
        if is_publisher_manager is not UNSET:
            field_dict["is_publisher_manager"] = is_publisher_manager
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if password is not UNSET:
            field_dict["password"] = password
        if phone is not UNSET:
            field_dict["phone"] = phone
        if publisher_manager_access is not UNSET:
            field_dict["publisher_manager_access"] = publisher_manager_access
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _advertiser_manager_access = src_dict.get("advertiser_manager_access", UNSET)
        advertiser_manager_access: UpdateUserRequestAdvertiserManagerAccess | Unset
        if isinstance(_advertiser_manager_access, Unset):
            advertiser_manager_access = UNSET
        else:
            advertiser_manager_access = UpdateUserRequestAdvertiserManagerAccess(_advertiser_manager_access)

        api_access_enabled = src_dict.get("api_access_enabled", UNSET)

        city = src_dict.get("city", UNSET)

        country = src_dict.get("country", UNSET)

        email = src_dict.get("email", UNSET)

        first_name = src_dict.get("first_name", UNSET)

        is_advertiser_manager = src_dict.get("is_advertiser_manager", UNSET)

        is_publisher_manager = src_dict.get("is_publisher_manager", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        password = src_dict.get("password", UNSET)

        phone = src_dict.get("phone", UNSET)

        _publisher_manager_access = src_dict.get("publisher_manager_access", UNSET)
        publisher_manager_access: UpdateUserRequestPublisherManagerAccess | Unset
        if isinstance(_publisher_manager_access, Unset):
            publisher_manager_access = UNSET
        else:
            publisher_manager_access = UpdateUserRequestPublisherManagerAccess(_publisher_manager_access)

        _role = src_dict.get("role", UNSET)
        role: UpdateUserRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UpdateUserRequestRole(_role)

        _status = src_dict.get("status", UNSET)
        status: UpdateUserRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateUserRequestStatus(_status)

        timezone = src_dict.get("timezone", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        update_user_request = cls(
            advertiser_manager_access,
            api_access_enabled,
            city,
            country,
            email,
            first_name,
            is_advertiser_manager,
            is_publisher_manager,
            last_name,
            password,
            phone,
            publisher_manager_access,
            role,
            status,
            timezone,
        )

        update_user_request.additional_properties = _additional
        return update_user_request

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
