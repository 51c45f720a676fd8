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
    read_float,
    read_int,
)

T = TypeVar("T", bound="OfferEvent")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "active",
        "allow_multiple_events",
        "description",
        "manually_approve_events",
        "name",
        "payout",
        "payout_percent",
        "payout_type",
        "revenue",
        "revenue_percent",
        "revenue_type",
        "id",
        "incremental_id",
        "offer_id",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class OfferEvent:
    """An offer event. Fields from Create an offer event; ids and timestamps inferred.

    Attributes:
        active (bool | None | Unset):
        allow_multiple_events (bool | None | Unset):
        description (str | None | Unset):
        manually_approve_events (bool | None | Unset):
        name (str | None | Unset):
        payout (float | None | Unset):
        payout_percent (float | None | Unset):
        payout_type (str | None | Unset): Known values: CPA, CPS, CPAxCPS, CPC, CPM, PRV. Open on the response side: a
            value the spec does not list still parses.
        revenue (float | None | Unset):
        revenue_percent (float | None | Unset):
        revenue_type (str | None | Unset): Known values: RPA, RPS, RPAxRPS, RPC, RPM. Open on the response side: a value
            the spec does not list still parses.
        id (str | None | Unset): Object ID.
        incremental_id (int | None | Unset): The incremental ID the reference mentions (used to connect objects and in
            reports).
        offer_id (str | None | Unset): Offer the event belongs to.
        created_at (str | None | Unset): When the object was created (RFC 3339).
        updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | None | Unset = UNSET
    allow_multiple_events: bool | None | Unset = UNSET
    description: str | None | Unset = UNSET
    manually_approve_events: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    payout: float | None | Unset = UNSET
    payout_percent: float | None | Unset = UNSET
    payout_type: str | None | Unset = UNSET
    revenue: float | None | Unset = UNSET
    revenue_percent: float | None | Unset = UNSET
    revenue_type: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    incremental_id: int | None | Unset = UNSET
    offer_id: str | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        allow_multiple_events = self.allow_multiple_events

        description = self.description

        manually_approve_events = self.manually_approve_events

        name = self.name

        payout = self.payout

        payout_percent = self.payout_percent

        payout_type = self.payout_type

        revenue = self.revenue

        revenue_percent = self.revenue_percent

        revenue_type = self.revenue_type

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
        if allow_multiple_events is not UNSET:
            field_dict["allow_multiple_events"] = allow_multiple_events
        if description is not UNSET:
            field_dict["description"] = description
        if manually_approve_events is not UNSET:
            field_dict["manually_approve_events"] = manually_approve_events
        if name is not UNSET:
            field_dict["name"] = name
        if payout is not UNSET:
            field_dict["payout"] = payout
        if payout_percent is not UNSET:
            field_dict["payout_percent"] = payout_percent
        if payout_type is not UNSET:
            field_dict["payout_type"] = payout_type
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if revenue_percent is not UNSET:
            field_dict["revenue_percent"] = revenue_percent
        if revenue_type is not UNSET:
            field_dict["revenue_type"] = revenue_type
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
        """Read a response's JSON object (already decoded) as `OfferEvent`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is OfferEvent and type(src_dict) is dict:
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

        allow_multiple_events = _get("allow_multiple_events", UNSET)
        if (
            allow_multiple_events is not True
            and allow_multiple_events is not False
            and allow_multiple_events is not UNSET
        ):
            allow_multiple_events = read_bool(allow_multiple_events, "allow_multiple_events")

        description = _get("description", UNSET)

        manually_approve_events = _get("manually_approve_events", UNSET)
        if (
            manually_approve_events is not True
            and manually_approve_events is not False
            and manually_approve_events is not UNSET
        ):
            manually_approve_events = read_bool(manually_approve_events, "manually_approve_events")

        name = _get("name", UNSET)

        payout = _get("payout", UNSET)
        if type(payout) is not float and type(payout) is not int and payout is not UNSET:
            payout = read_float(payout, "payout")

        payout_percent = _get("payout_percent", UNSET)
        if type(payout_percent) is not float and type(payout_percent) is not int and payout_percent is not UNSET:
            payout_percent = read_float(payout_percent, "payout_percent")

        payout_type = _get("payout_type", UNSET)

        revenue = _get("revenue", UNSET)
        if type(revenue) is not float and type(revenue) is not int and revenue is not UNSET:
            revenue = read_float(revenue, "revenue")

        revenue_percent = _get("revenue_percent", UNSET)
        if type(revenue_percent) is not float and type(revenue_percent) is not int and revenue_percent is not UNSET:
            revenue_percent = read_float(revenue_percent, "revenue_percent")

        revenue_type = _get("revenue_type", UNSET)

        id = _get("id", UNSET)

        incremental_id = _get("incremental_id", UNSET)
        if type(incremental_id) is not int and incremental_id is not UNSET:
            incremental_id = read_int(incremental_id, "incremental_id")

        offer_id = _get("offer_id", UNSET)

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is OfferEvent:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.active = active
            _instance.allow_multiple_events = allow_multiple_events
            _instance.description = description
            _instance.manually_approve_events = manually_approve_events
            _instance.name = name
            _instance.payout = payout
            _instance.payout_percent = payout_percent
            _instance.payout_type = payout_type
            _instance.revenue = revenue
            _instance.revenue_percent = revenue_percent
            _instance.revenue_type = revenue_type
            _instance.id = id
            _instance.incremental_id = incremental_id
            _instance.offer_id = offer_id
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        offer_event = cls(
            active,
            allow_multiple_events,
            description,
            manually_approve_events,
            name,
            payout,
            payout_percent,
            payout_type,
            revenue,
            revenue_percent,
            revenue_type,
            id,
            incremental_id,
            offer_id,
            created_at,
            updated_at,
        )

        offer_event.additional_properties = _additional
        return offer_event

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


def _read_other_layout(src_dict: dict[str, Any]) -> OfferEvent:
    """`OfferEvent.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return OfferEvent._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `OfferEvent.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], OfferEvent] = _read_other_layout


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
        "allow_multiple_events",
        "allow_multiple_events",
        False,
        'if allow_multiple_events is not True and allow_multiple_events is not False:\n    allow_multiple_events = read_bool(allow_multiple_events, "allow_multiple_events")\n',
    ),
    (
        "description",
        "description",
        False,
        "",
    ),
    (
        "manually_approve_events",
        "manually_approve_events",
        False,
        'if manually_approve_events is not True and manually_approve_events is not False:\n    manually_approve_events = read_bool(manually_approve_events, "manually_approve_events")\n',
    ),
    (
        "name",
        "name",
        False,
        "",
    ),
    (
        "payout",
        "payout",
        False,
        'if type(payout) is not float and type(payout) is not int:\n    payout = read_float(payout, "payout")\n',
    ),
    (
        "payout_percent",
        "payout_percent",
        False,
        'if type(payout_percent) is not float and type(payout_percent) is not int:\n    payout_percent = read_float(payout_percent, "payout_percent")\n',
    ),
    (
        "payout_type",
        "payout_type",
        False,
        "",
    ),
    (
        "revenue",
        "revenue",
        False,
        'if type(revenue) is not float and type(revenue) is not int:\n    revenue = read_float(revenue, "revenue")\n',
    ),
    (
        "revenue_percent",
        "revenue_percent",
        False,
        'if type(revenue_percent) is not float and type(revenue_percent) is not int:\n    revenue_percent = read_float(revenue_percent, "revenue_percent")\n',
    ),
    (
        "revenue_type",
        "revenue_type",
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
_READERS = LayoutReaders(OfferEvent, _FIELDS, True, globals())
