from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    read_bool,
)

T = TypeVar("T", bound="User")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "city",
        "country",
        "email",
        "first_name",
        "last_name",
        "phone",
        "role",
        "timezone",
        "advertiser_manager_access",
        "api_access_enabled",
        "is_advertiser_manager",
        "is_publisher_manager",
        "publisher_manager_access",
        "status",
        "id",
        "created_at",
        "updated_at",
    }
)
# The key order of the object read last, and which of its keys are not in _KEYS (see from_dict).
_LAYOUT: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


@_attrs_define
class User:
    """An organization user. Fields from Create/Update User (password omitted); `id` and timestamps inferred.

    Attributes:
        city (str | None | Unset):
        country (str | None | Unset):
        email (str | None | Unset):
        first_name (str | None | Unset):
        last_name (str | None | Unset):
        phone (str | None | Unset):
        role (str | None | Unset): Known values: admin, accountManager. Open on the response side: a value the spec does
            not list still parses.
        timezone (str | None | Unset):
        advertiser_manager_access (str | None | Unset): Known values: Global, Limited, Restricted. Open on the response
            side: a value the spec does not list still parses.
        api_access_enabled (bool | None | Unset):
        is_advertiser_manager (bool | None | Unset):
        is_publisher_manager (bool | None | Unset):
        publisher_manager_access (str | None | Unset): Known values: Global, Limited, Restricted. Open on the response
            side: a value the spec does not list still parses.
        status (str | None | Unset): Known values: Active, Deactivated. Open on the response side: a value the spec does
            not list still parses.
        id (str | None | Unset): Object ID.
        created_at (str | None | Unset): When the object was created (RFC 3339).
        updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    city: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    role: str | None | Unset = UNSET
    timezone: str | None | Unset = UNSET
    advertiser_manager_access: str | None | Unset = UNSET
    api_access_enabled: bool | None | Unset = UNSET
    is_advertiser_manager: bool | None | Unset = UNSET
    is_publisher_manager: bool | None | Unset = UNSET
    publisher_manager_access: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
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
        """Read a response's JSON object (already decoded) as `User`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        _get = src_dict.get
        city = _get("city", UNSET)

        country = _get("country", UNSET)

        email = _get("email", UNSET)

        first_name = _get("first_name", UNSET)

        last_name = _get("last_name", UNSET)

        phone = _get("phone", UNSET)

        role = _get("role", UNSET)

        timezone = _get("timezone", UNSET)

        advertiser_manager_access = _get("advertiser_manager_access", UNSET)

        api_access_enabled = _get("api_access_enabled", UNSET)
        if type(api_access_enabled) is not bool and api_access_enabled is not UNSET:
            api_access_enabled = read_bool(api_access_enabled, "api_access_enabled")

        is_advertiser_manager = _get("is_advertiser_manager", UNSET)
        if type(is_advertiser_manager) is not bool and is_advertiser_manager is not UNSET:
            is_advertiser_manager = read_bool(is_advertiser_manager, "is_advertiser_manager")

        is_publisher_manager = _get("is_publisher_manager", UNSET)
        if type(is_publisher_manager) is not bool and is_publisher_manager is not UNSET:
            is_publisher_manager = read_bool(is_publisher_manager, "is_publisher_manager")

        publisher_manager_access = _get("publisher_manager_access", UNSET)

        status = _get("status", UNSET)

        id = _get("id", UNSET)

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        # The objects of one answer share their keys and key order: which keys are additional is
        # worked out once per key order (_LAYOUT), not once per object.
        global _LAYOUT
        _keys = tuple(src_dict)
        _layout = _LAYOUT
        if _keys != _layout[0]:
            _layout = _LAYOUT = (_keys, tuple([key for key in _keys if key not in _KEYS]))
        _additional = {}
        for _name in _layout[1]:
            _additional[_name] = src_dict[_name]

        if cls is User:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.city = city
            _instance.country = country
            _instance.email = email
            _instance.first_name = first_name
            _instance.last_name = last_name
            _instance.phone = phone
            _instance.role = role
            _instance.timezone = timezone
            _instance.advertiser_manager_access = advertiser_manager_access
            _instance.api_access_enabled = api_access_enabled
            _instance.is_advertiser_manager = is_advertiser_manager
            _instance.is_publisher_manager = is_publisher_manager
            _instance.publisher_manager_access = publisher_manager_access
            _instance.status = status
            _instance.id = id
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        user = cls(
            city,
            country,
            email,
            first_name,
            last_name,
            phone,
            role,
            timezone,
            advertiser_manager_access,
            api_access_enabled,
            is_advertiser_manager,
            is_publisher_manager,
            publisher_manager_access,
            status,
            id,
            created_at,
            updated_at,
        )

        user.additional_properties = _additional
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
