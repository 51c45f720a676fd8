from __future__ import annotations

import datetime
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
    read_datetime,
    read_int,
)

T = TypeVar("T", bound="PublisherUser")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "created_at",
        "description",
        "email",
        "first_name",
        "fraud_visibility_enabled",
        "id",
        "last_name",
        "postback_manager_enabled",
        "publisher_id",
        "publisher_incremental_id",
        "status",
        "timezone",
        "updated_at",
        "notes",
        "api_access_enabled",
    }
)


@_attrs_define
class PublisherUser:
    """A publisher user. Fields from Create/Update a publisher user; `api_access_enabled` inferred from the tag
    description.

        Attributes:
            created_at (datetime.datetime | None | Unset):
            description (str | None | Unset):
            email (str | None | Unset):
            first_name (str | None | Unset):
            fraud_visibility_enabled (bool | None | Unset):
            id (str | None | Unset):
            last_name (str | None | Unset):
            postback_manager_enabled (bool | None | Unset):
            publisher_id (str | None | Unset):
            publisher_incremental_id (int | None | Unset):
            status (str | None | Unset): Known values: Active, Deactivated, Suspended. Open on the response side: a value
                the spec does not list still parses.
            timezone (str | None | Unset):
            updated_at (datetime.datetime | None | Unset):
            notes (str | None | Unset):
            api_access_enabled (bool | None | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    fraud_visibility_enabled: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    postback_manager_enabled: bool | None | Unset = UNSET
    publisher_id: str | None | Unset = UNSET
    publisher_incremental_id: int | None | Unset = UNSET
    status: str | None | Unset = UNSET
    timezone: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    notes: str | None | Unset = UNSET
    api_access_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | None | Unset
        if self.created_at is None:
            created_at = None
        else:
            created_at = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()

        description = self.description

        email = self.email

        first_name = self.first_name

        fraud_visibility_enabled = self.fraud_visibility_enabled

        id = self.id

        last_name = self.last_name

        postback_manager_enabled = self.postback_manager_enabled

        publisher_id = self.publisher_id

        publisher_incremental_id = self.publisher_incremental_id

        status = self.status

        timezone = self.timezone

        updated_at: str | None | Unset
        if self.updated_at is None:
            updated_at = None
        else:
            updated_at = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()

        notes = self.notes

        api_access_enabled = self.api_access_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if fraud_visibility_enabled is not UNSET:
            field_dict["fraud_visibility_enabled"] = fraud_visibility_enabled
        if id is not UNSET:
            field_dict["id"] = id
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if postback_manager_enabled is not UNSET:
            field_dict["postback_manager_enabled"] = postback_manager_enabled
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if publisher_incremental_id is not UNSET:
            field_dict["publisher_incremental_id"] = publisher_incremental_id
        if status is not UNSET:
            field_dict["status"] = status
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if notes is not UNSET:
            field_dict["notes"] = notes
        if api_access_enabled is not UNSET:
            field_dict["api_access_enabled"] = api_access_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `PublisherUser`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is PublisherUser and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        created_at = _get("created_at", UNSET)
        if created_at is not UNSET:
            created_at = read_datetime(created_at, "created_at")

        description = _get("description", UNSET)

        email = _get("email", UNSET)

        first_name = _get("first_name", UNSET)

        fraud_visibility_enabled = _get("fraud_visibility_enabled", UNSET)
        if (
            fraud_visibility_enabled is not True
            and fraud_visibility_enabled is not False
            and fraud_visibility_enabled is not UNSET
        ):
            fraud_visibility_enabled = read_bool(fraud_visibility_enabled, "fraud_visibility_enabled")

        id = _get("id", UNSET)

        last_name = _get("last_name", UNSET)

        postback_manager_enabled = _get("postback_manager_enabled", UNSET)
        if (
            postback_manager_enabled is not True
            and postback_manager_enabled is not False
            and postback_manager_enabled is not UNSET
        ):
            postback_manager_enabled = read_bool(postback_manager_enabled, "postback_manager_enabled")

        publisher_id = _get("publisher_id", UNSET)

        publisher_incremental_id = _get("publisher_incremental_id", UNSET)
        if type(publisher_incremental_id) is not int and publisher_incremental_id is not UNSET:
            publisher_incremental_id = read_int(publisher_incremental_id, "publisher_incremental_id")

        status = _get("status", UNSET)

        timezone = _get("timezone", UNSET)

        updated_at = _get("updated_at", UNSET)
        if updated_at is not UNSET:
            updated_at = read_datetime(updated_at, "updated_at")

        notes = _get("notes", UNSET)

        api_access_enabled = _get("api_access_enabled", UNSET)
        if api_access_enabled is not True and api_access_enabled is not False and api_access_enabled is not UNSET:
            api_access_enabled = read_bool(api_access_enabled, "api_access_enabled")

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is PublisherUser:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.created_at = created_at
            _instance.description = description
            _instance.email = email
            _instance.first_name = first_name
            _instance.fraud_visibility_enabled = fraud_visibility_enabled
            _instance.id = id
            _instance.last_name = last_name
            _instance.postback_manager_enabled = postback_manager_enabled
            _instance.publisher_id = publisher_id
            _instance.publisher_incremental_id = publisher_incremental_id
            _instance.status = status
            _instance.timezone = timezone
            _instance.updated_at = updated_at
            _instance.notes = notes
            _instance.api_access_enabled = api_access_enabled
            _instance.additional_properties = _additional
            return _instance
        publisher_user = cls(
            created_at,
            description,
            email,
            first_name,
            fraud_visibility_enabled,
            id,
            last_name,
            postback_manager_enabled,
            publisher_id,
            publisher_incremental_id,
            status,
            timezone,
            updated_at,
            notes,
            api_access_enabled,
        )

        publisher_user.additional_properties = _additional
        return publisher_user

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


def _read_other_layout(src_dict: dict[str, Any]) -> PublisherUser:
    """`PublisherUser.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return PublisherUser._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `PublisherUser.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], PublisherUser] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "created_at",
        "created_at",
        False,
        'created_at = read_datetime(created_at, "created_at")\n',
    ),
    (
        "description",
        "description",
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
        "fraud_visibility_enabled",
        "fraud_visibility_enabled",
        False,
        'if fraud_visibility_enabled is not True and fraud_visibility_enabled is not False:\n    fraud_visibility_enabled = read_bool(fraud_visibility_enabled, "fraud_visibility_enabled")\n',
    ),
    (
        "id",
        "id",
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
        "postback_manager_enabled",
        "postback_manager_enabled",
        False,
        'if postback_manager_enabled is not True and postback_manager_enabled is not False:\n    postback_manager_enabled = read_bool(postback_manager_enabled, "postback_manager_enabled")\n',
    ),
    (
        "publisher_id",
        "publisher_id",
        False,
        "",
    ),
    (
        "publisher_incremental_id",
        "publisher_incremental_id",
        False,
        'if type(publisher_incremental_id) is not int:\n    publisher_incremental_id = read_int(publisher_incremental_id, "publisher_incremental_id")\n',
    ),
    (
        "status",
        "status",
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
        "updated_at",
        "updated_at",
        False,
        'updated_at = read_datetime(updated_at, "updated_at")\n',
    ),
    (
        "notes",
        "notes",
        False,
        "",
    ),
    (
        "api_access_enabled",
        "api_access_enabled",
        False,
        'if api_access_enabled is not True and api_access_enabled is not False:\n    api_access_enabled = read_bool(api_access_enabled, "api_access_enabled")\n',
    ),
)
_READERS = LayoutReaders(PublisherUser, _FIELDS, True, globals())
