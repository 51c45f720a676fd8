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
)

T = TypeVar("T", bound="CsapiPublisherSubID")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "description",
        "external_id",
        "external_link",
        "name",
        "id",
        "publisher_id",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class CsapiPublisherSubID:
    """A managed publisher Sub ID (`csapi.PublisherSubID`). Fields from Create publisher sub ID; `id`, `publisher_id` and
    timestamps inferred.

        Attributes:
            description (str | None | Unset): Optional notes describing what this external SubID represents or how it is
                used.
            external_id (str | None | Unset): This is your Sub ID (sub_id) value that will be seen in tracking and
                reporting. It must have max 50 characters and must be URL compatible. Allowed characters: A-Z, a-z, 0-9, -, and
                _.
            external_link (str | None | Unset): Optional URL linking this managed SubID to an external system or reference
                page.
            name (str | None | Unset): The name used to identify the external SubID in management views.
            id (str | None | Unset): Sub ID object ID.
            publisher_id (str | None | Unset): Owning publisher.
            created_at (str | None | Unset): When the object was created (RFC 3339).
            updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    description: str | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    external_link: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    publisher_id: str | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        external_id = self.external_id

        external_link = self.external_link

        name = self.name

        id = self.id

        publisher_id = self.publisher_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if external_link is not UNSET:
            field_dict["external_link"] = external_link
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `CsapiPublisherSubID`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is CsapiPublisherSubID and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        description = _get("description", UNSET)

        external_id = _get("external_id", UNSET)

        external_link = _get("external_link", UNSET)

        name = _get("name", UNSET)

        id = _get("id", UNSET)

        publisher_id = _get("publisher_id", UNSET)

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is CsapiPublisherSubID:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.description = description
            _instance.external_id = external_id
            _instance.external_link = external_link
            _instance.name = name
            _instance.id = id
            _instance.publisher_id = publisher_id
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        csapi_publisher_sub_id = cls(
            description,
            external_id,
            external_link,
            name,
            id,
            publisher_id,
            created_at,
            updated_at,
        )

        csapi_publisher_sub_id.additional_properties = _additional
        return csapi_publisher_sub_id

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


def _read_other_layout(src_dict: dict[str, Any]) -> CsapiPublisherSubID:
    """`CsapiPublisherSubID.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return CsapiPublisherSubID._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `CsapiPublisherSubID.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], CsapiPublisherSubID] = _read_other_layout


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
        "external_id",
        "external_id",
        False,
        "",
    ),
    (
        "external_link",
        "external_link",
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
        "id",
        "id",
        False,
        "",
    ),
    (
        "publisher_id",
        "publisher_id",
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
_READERS = LayoutReaders(CsapiPublisherSubID, _FIELDS, True, globals())
