from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LayoutField,
    LayoutReaders,
    Unset,
    model_repr,
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
        if cls is User and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
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
        if api_access_enabled is not True and api_access_enabled is not False and api_access_enabled is not UNSET:
            api_access_enabled = read_bool(api_access_enabled, "api_access_enabled")

        is_advertiser_manager = _get("is_advertiser_manager", UNSET)
        if (
            is_advertiser_manager is not True
            and is_advertiser_manager is not False
            and is_advertiser_manager is not UNSET
        ):
            is_advertiser_manager = read_bool(is_advertiser_manager, "is_advertiser_manager")

        is_publisher_manager = _get("is_publisher_manager", UNSET)
        if is_publisher_manager is not True and is_publisher_manager is not False and is_publisher_manager is not UNSET:
            is_publisher_manager = read_bool(is_publisher_manager, "is_publisher_manager")

        publisher_manager_access = _get("publisher_manager_access", UNSET)

        status = _get("status", UNSET)

        id = _get("id", UNSET)

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

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

    def __repr__(self) -> str:
        return model_repr(self)


def _read_other_layout(src_dict: dict[str, Any]) -> User:
    """`User.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return User._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `User.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], User] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "city",
        "city",
        False,
        "",
    ),
    (
        "country",
        "country",
        False,
        "",
    ),
    (
        "email",
        "email",
        False,
        "",
    ),
    (
        "first_name",
        "first_name",
        False,
        "",
    ),
    (
        "last_name",
        "last_name",
        False,
        "",
    ),
    (
        "phone",
        "phone",
        False,
        "",
    ),
    (
        "role",
        "role",
        False,
        "",
    ),
    (
        "timezone",
        "timezone",
        False,
        "",
    ),
    (
        "advertiser_manager_access",
        "advertiser_manager_access",
        False,
        "",
    ),
    (
        "api_access_enabled",
        "api_access_enabled",
        False,
        'if api_access_enabled is not True and api_access_enabled is not False:\n    api_access_enabled = read_bool(api_access_enabled, "api_access_enabled")\n',
    ),
    (
        "is_advertiser_manager",
        "is_advertiser_manager",
        False,
        'if is_advertiser_manager is not True and is_advertiser_manager is not False:\n    is_advertiser_manager = read_bool(is_advertiser_manager, "is_advertiser_manager")\n',
    ),
    (
        "is_publisher_manager",
        "is_publisher_manager",
        False,
        'if is_publisher_manager is not True and is_publisher_manager is not False:\n    is_publisher_manager = read_bool(is_publisher_manager, "is_publisher_manager")\n',
    ),
    (
        "publisher_manager_access",
        "publisher_manager_access",
        False,
        "",
    ),
    (
        "status",
        "status",
        False,
        "",
    ),
    (
        "id",
        "id",
        False,
        "",
    ),
    (
        "created_at",
        "created_at",
        False,
        "",
    ),
    (
        "updated_at",
        "updated_at",
        False,
        "",
    ),
)
_READERS = LayoutReaders(User, _FIELDS, True, globals())
