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
    read_int,
)

T = TypeVar("T", bound="OfferLandingPage")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "active",
        "hide_from_publishers",
        "name",
        "preview_url",
        "redirect_url",
        "id",
        "incremental_id",
        "offer_id",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class OfferLandingPage:
    """An offer landing page. Fields from Create an offer landing page; ids and timestamps inferred.

    Attributes:
        active (bool | None | Unset):
        hide_from_publishers (bool | None | Unset):
        name (str | None | Unset):
        preview_url (str | None | Unset):
        redirect_url (str | None | Unset):
        id (str | None | Unset): Object ID.
        incremental_id (int | None | Unset): The incremental ID the reference mentions (used to connect objects and in
            reports).
        offer_id (str | None | Unset): Offer the landing page belongs to.
        created_at (str | None | Unset): When the object was created (RFC 3339).
        updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | None | Unset = UNSET
    hide_from_publishers: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    preview_url: str | None | Unset = UNSET
    redirect_url: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    incremental_id: int | None | Unset = UNSET
    offer_id: str | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        hide_from_publishers = self.hide_from_publishers

        name = self.name

        preview_url = self.preview_url

        redirect_url = self.redirect_url

        id = self.id

        incremental_id = self.incremental_id

        offer_id = self.offer_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if hide_from_publishers is not UNSET:
            field_dict["hide_from_publishers"] = hide_from_publishers
        if name is not UNSET:
            field_dict["name"] = name
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if id is not UNSET:
            field_dict["id"] = id
        if incremental_id is not UNSET:
            field_dict["incremental_id"] = incremental_id
        if offer_id is not UNSET:
            field_dict["offer_id"] = offer_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `OfferLandingPage`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is OfferLandingPage and type(src_dict) is dict:
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

        hide_from_publishers = _get("hide_from_publishers", UNSET)
        if hide_from_publishers is not True and hide_from_publishers is not False and hide_from_publishers is not UNSET:
            hide_from_publishers = read_bool(hide_from_publishers, "hide_from_publishers")

        name = _get("name", UNSET)

        preview_url = _get("preview_url", UNSET)

        redirect_url = _get("redirect_url", UNSET)

        id = _get("id", UNSET)

        incremental_id = _get("incremental_id", UNSET)
        if type(incremental_id) is not int and incremental_id is not UNSET:
            incremental_id = read_int(incremental_id, "incremental_id")

        offer_id = _get("offer_id", UNSET)

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is OfferLandingPage:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.active = active
            _instance.hide_from_publishers = hide_from_publishers
            _instance.name = name
            _instance.preview_url = preview_url
            _instance.redirect_url = redirect_url
            _instance.id = id
            _instance.incremental_id = incremental_id
            _instance.offer_id = offer_id
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        offer_landing_page = cls(
            active,
            hide_from_publishers,
            name,
            preview_url,
            redirect_url,
            id,
            incremental_id,
            offer_id,
            created_at,
            updated_at,
        )

        offer_landing_page.additional_properties = _additional
        return offer_landing_page

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


def _read_other_layout(src_dict: dict[str, Any]) -> OfferLandingPage:
    """`OfferLandingPage.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return OfferLandingPage._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `OfferLandingPage.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], OfferLandingPage] = _read_other_layout


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
        "hide_from_publishers",
        "hide_from_publishers",
        False,
        'if hide_from_publishers is not True and hide_from_publishers is not False:\n    hide_from_publishers = read_bool(hide_from_publishers, "hide_from_publishers")\n',
    ),
    (
        "name",
        "name",
        False,
        "",
    ),
    (
        "preview_url",
        "preview_url",
        False,
        "",
    ),
    (
        "redirect_url",
        "redirect_url",
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
        "offer_id",
        "offer_id",
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
_READERS = LayoutReaders(OfferLandingPage, _FIELDS, True, globals())
