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
    read_int,
)

T = TypeVar("T", bound="BlockedSubID")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "description",
        "offer_incremental_id",
        "organization",
        "publisher_incremental_id",
        "sub_id",
        "id",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class BlockedSubID:
    """A blocked sub ID. Fields from Create a blocked subid; `id` and timestamps inferred.

    Attributes:
        description (str | None | Unset):
        offer_incremental_id (int | None | Unset):
        organization (str | None | Unset):
        publisher_incremental_id (int | None | Unset):
        sub_id (str | None | Unset):
        id (str | None | Unset): Object ID.
        created_at (str | None | Unset): When the object was created (RFC 3339).
        updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    description: str | None | Unset = UNSET
    offer_incremental_id: int | None | Unset = UNSET
    organization: str | None | Unset = UNSET
    publisher_incremental_id: int | None | Unset = UNSET
    sub_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        offer_incremental_id = self.offer_incremental_id

        organization = self.organization

        publisher_incremental_id = self.publisher_incremental_id

        sub_id = self.sub_id

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if offer_incremental_id is not UNSET:
            field_dict["offer_incremental_id"] = offer_incremental_id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if publisher_incremental_id is not UNSET:
            field_dict["publisher_incremental_id"] = publisher_incremental_id
        if sub_id is not UNSET:
            field_dict["sub_id"] = sub_id
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `BlockedSubID`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is BlockedSubID and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        description = _get("description", UNSET)

        offer_incremental_id = _get("offer_incremental_id", UNSET)
        if type(offer_incremental_id) is not int and offer_incremental_id is not UNSET:
            offer_incremental_id = read_int(offer_incremental_id, "offer_incremental_id")

        organization = _get("organization", UNSET)

        publisher_incremental_id = _get("publisher_incremental_id", UNSET)
        if type(publisher_incremental_id) is not int and publisher_incremental_id is not UNSET:
            publisher_incremental_id = read_int(publisher_incremental_id, "publisher_incremental_id")

        sub_id = _get("sub_id", UNSET)

        id = _get("id", UNSET)

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is BlockedSubID:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.description = description
            _instance.offer_incremental_id = offer_incremental_id
            _instance.organization = organization
            _instance.publisher_incremental_id = publisher_incremental_id
            _instance.sub_id = sub_id
            _instance.id = id
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        blocked_sub_id = cls(
            description,
            offer_incremental_id,
            organization,
            publisher_incremental_id,
            sub_id,
            id,
            created_at,
            updated_at,
        )

        blocked_sub_id.additional_properties = _additional
        return blocked_sub_id

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


def _read_other_layout(src_dict: dict[str, Any]) -> BlockedSubID:
    """`BlockedSubID.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return BlockedSubID._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `BlockedSubID.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], BlockedSubID] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "description",
        "description",
        False,
        "",
    ),
    (
        "offer_incremental_id",
        "offer_incremental_id",
        False,
        'if type(offer_incremental_id) is not int:\n    offer_incremental_id = read_int(offer_incremental_id, "offer_incremental_id")\n',
    ),
    (
        "organization",
        "organization",
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
        "sub_id",
        "sub_id",
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
_READERS = LayoutReaders(BlockedSubID, _FIELDS, True, globals())
