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
    read_array,
    read_bool,
    read_int,
)

T = TypeVar("T", bound="Advertiser")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
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
        "name",
        "phone",
        "website",
        "id",
        "incremental_id",
        "tags",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class Advertiser:
    """An advertiser. Fields from Create Advertiser; ids, tags and timestamps inferred.

    Attributes:
        active (bool | None | Unset):
        address (str | None | Unset):
        company_name (str | None | Unset):
        country (str | None | Unset):
        description (str | None | Unset):
        email (str | None | Unset):
        first_name (str | None | Unset):
        last_name (str | None | Unset):
        manager_id (str | None | Unset):
        messenger (str | None | Unset):
        name (str | None | Unset):
        phone (str | None | Unset):
        website (str | None | Unset):
        id (str | None | Unset): Object ID.
        incremental_id (int | None | Unset): The incremental ID the reference mentions (used to connect objects and in
            reports).
        tags (list[str] | Unset): Tags (mentioned in the tag description).
        created_at (str | None | Unset): When the object was created (RFC 3339).
        updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | None | Unset = UNSET
    address: str | None | Unset = UNSET
    company_name: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    manager_id: str | None | Unset = UNSET
    messenger: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    website: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    incremental_id: int | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
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
        """Read a response's JSON object (already decoded) as `Advertiser`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is Advertiser and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        active = _get("active", UNSET)
        if active is not True and active is not False and active is not UNSET:
            active = read_bool(active, "active")

        address = _get("address", UNSET)

        company_name = _get("company_name", UNSET)

        country = _get("country", UNSET)

        description = _get("description", UNSET)

        email = _get("email", UNSET)

        first_name = _get("first_name", UNSET)

        last_name = _get("last_name", UNSET)

        manager_id = _get("manager_id", UNSET)

        messenger = _get("messenger", UNSET)

        name = _get("name", UNSET)

        phone = _get("phone", UNSET)

        website = _get("website", UNSET)

        id = _get("id", UNSET)

        incremental_id = _get("incremental_id", UNSET)
        if type(incremental_id) is not int and incremental_id is not UNSET:
            incremental_id = read_int(incremental_id, "incremental_id")

        tags = _get("tags", UNSET)
        if type(tags) is list:
            pass
        elif tags is not UNSET:
            tags = read_array(tags, "tags")

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is Advertiser:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.active = active
            _instance.address = address
            _instance.company_name = company_name
            _instance.country = country
            _instance.description = description
            _instance.email = email
            _instance.first_name = first_name
            _instance.last_name = last_name
            _instance.manager_id = manager_id
            _instance.messenger = messenger
            _instance.name = name
            _instance.phone = phone
            _instance.website = website
            _instance.id = id
            _instance.incremental_id = incremental_id
            _instance.tags = tags
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        advertiser = cls(
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
            name,
            phone,
            website,
            id,
            incremental_id,
            tags,
            created_at,
            updated_at,
        )

        advertiser.additional_properties = _additional
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

    def __repr__(self) -> str:
        return model_repr(self)


def _read_other_layout(src_dict: dict[str, Any]) -> Advertiser:
    """`Advertiser.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return Advertiser._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `Advertiser.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], Advertiser] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "active",
        "active",
        False,
        'if active is not True and active is not False:\n    active = read_bool(active, "active")\n',
    ),
    (
        "address",
        "address",
        False,
        "",
    ),
    (
        "company_name",
        "company_name",
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
        "last_name",
        "last_name",
        False,
        "",
    ),
    (
        "manager_id",
        "manager_id",
        False,
        "",
    ),
    (
        "messenger",
        "messenger",
        False,
        "",
    ),
    (
        "name",
        "name",
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
        "website",
        "website",
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
        "incremental_id",
        "incremental_id",
        False,
        'if type(incremental_id) is not int:\n    incremental_id = read_int(incremental_id, "incremental_id")\n',
    ),
    (
        "tags",
        "tags",
        False,
        'if type(tags) is list:\n    pass\nelse:\n    tags = read_array(tags, "tags")\n',
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
_READERS = LayoutReaders(Advertiser, _FIELDS, True, globals())
