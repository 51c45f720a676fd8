from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LayoutField,
    LayoutReaders,
    UnreadableValue,
    Unset,
    model_repr,
    read_float,
    read_int,
    read_object,
)

T = TypeVar("T", bound="CustomPayout")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "event_incremental_id",
        "meta",
        "offer_incremental_id",
        "payout",
        "payout_percent",
        "payout_type",
        "platform",
        "publisher_incremental_id",
        "revenue",
        "revenue_percent",
        "revenue_type",
        "id",
        "currency",
        "offer_name",
        "publisher_name",
        "event_name",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class CustomPayout:
    """A publisher custom payout. Fields from Create a custom payout; `id`, names, currency and timestamps inferred from
    the tag description.

        Attributes:
            event_incremental_id (int | None | Unset):
            meta (CustomPayoutMeta | None | Unset): A key value pair useful for any useful migration related information
            offer_incremental_id (int | None | Unset):
            payout (float | None | Unset):
            payout_percent (float | None | Unset):
            payout_type (str | None | Unset): Known values: Unknown, CPA, CPS, CPAxCPS, CPC, CPM, PRV. Open on the response
                side: a value the spec does not list still parses.
            platform (str | None | Unset): The platform from which the data was migrated. Known values: Unknown, HasOffers,
                Everflow, Affise. Open on the response side: a value the spec does not list still parses.
            publisher_incremental_id (int | None | Unset):
            revenue (float | None | Unset):
            revenue_percent (float | None | Unset):
            revenue_type (str | None | Unset): Known values: Unknown, RPA, RPS, RPAxRPS, RPC, RPM. Open on the response
                side: a value the spec does not list still parses.
            id (str | None | Unset): Object ID.
            currency (str | None | Unset):
            offer_name (str | None | Unset):
            publisher_name (str | None | Unset):
            event_name (str | None | Unset):
            created_at (str | None | Unset): When the object was created (RFC 3339).
            updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    event_incremental_id: int | None | Unset = UNSET
    meta: CustomPayoutMeta | None | Unset = UNSET
    offer_incremental_id: int | None | Unset = UNSET
    payout: float | None | Unset = UNSET
    payout_percent: float | None | Unset = UNSET
    payout_type: str | None | Unset = UNSET
    platform: str | None | Unset = UNSET
    publisher_incremental_id: int | None | Unset = UNSET
    revenue: float | None | Unset = UNSET
    revenue_percent: float | None | Unset = UNSET
    revenue_type: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    offer_name: str | None | Unset = UNSET
    publisher_name: str | None | Unset = UNSET
    event_name: str | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_incremental_id = self.event_incremental_id

        meta: dict[str, Any] | None | Unset
        if self.meta is None:
            meta = None
        else:
            meta = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()

        offer_incremental_id = self.offer_incremental_id

        payout = self.payout

        payout_percent = self.payout_percent

        payout_type = self.payout_type

        platform = self.platform

        publisher_incremental_id = self.publisher_incremental_id

        revenue = self.revenue

        revenue_percent = self.revenue_percent

        revenue_type = self.revenue_type

        id = self.id

        currency = self.currency

        offer_name = self.offer_name

        publisher_name = self.publisher_name

        event_name = self.event_name

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_incremental_id is not UNSET:
            field_dict["event_incremental_id"] = event_incremental_id
        if meta is not UNSET:
            field_dict["meta"] = meta
        if offer_incremental_id is not UNSET:
            field_dict["offer_incremental_id"] = offer_incremental_id
        if payout is not UNSET:
            field_dict["payout"] = payout
        if payout_percent is not UNSET:
            field_dict["payout_percent"] = payout_percent
        if payout_type is not UNSET:
            field_dict["payout_type"] = payout_type
        if platform is not UNSET:
            field_dict["platform"] = platform
        if publisher_incremental_id is not UNSET:
            field_dict["publisher_incremental_id"] = publisher_incremental_id
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if revenue_percent is not UNSET:
            field_dict["revenue_percent"] = revenue_percent
        if revenue_type is not UNSET:
            field_dict["revenue_type"] = revenue_type
        if id is not UNSET:
            field_dict["id"] = id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if offer_name is not UNSET:
            field_dict["offer_name"] = offer_name
        if publisher_name is not UNSET:
            field_dict["publisher_name"] = publisher_name
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `CustomPayout`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is CustomPayout and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        event_incremental_id = _get("event_incremental_id", UNSET)
        if type(event_incremental_id) is not int and event_incremental_id is not UNSET:
            event_incremental_id = read_int(event_incremental_id, "event_incremental_id")

        meta = _get("meta", UNSET)
        if type(meta) is dict:
            try:
                meta = _m_custom_payout_meta._read_dict(meta)
            except UnreadableValue as _error:
                raise _error.within("meta") from None
        elif meta is not UNSET:
            read_object(meta, "meta")
            meta = None

        offer_incremental_id = _get("offer_incremental_id", UNSET)
        if type(offer_incremental_id) is not int and offer_incremental_id is not UNSET:
            offer_incremental_id = read_int(offer_incremental_id, "offer_incremental_id")

        payout = _get("payout", UNSET)
        if type(payout) is not float and type(payout) is not int and payout is not UNSET:
            payout = read_float(payout, "payout")

        payout_percent = _get("payout_percent", UNSET)
        if type(payout_percent) is not float and type(payout_percent) is not int and payout_percent is not UNSET:
            payout_percent = read_float(payout_percent, "payout_percent")

        payout_type = _get("payout_type", UNSET)

        platform = _get("platform", UNSET)

        publisher_incremental_id = _get("publisher_incremental_id", UNSET)
        if type(publisher_incremental_id) is not int and publisher_incremental_id is not UNSET:
            publisher_incremental_id = read_int(publisher_incremental_id, "publisher_incremental_id")

        revenue = _get("revenue", UNSET)
        if type(revenue) is not float and type(revenue) is not int and revenue is not UNSET:
            revenue = read_float(revenue, "revenue")

        revenue_percent = _get("revenue_percent", UNSET)
        if type(revenue_percent) is not float and type(revenue_percent) is not int and revenue_percent is not UNSET:
            revenue_percent = read_float(revenue_percent, "revenue_percent")

        revenue_type = _get("revenue_type", UNSET)

        id = _get("id", UNSET)

        currency = _get("currency", UNSET)

        offer_name = _get("offer_name", UNSET)

        publisher_name = _get("publisher_name", UNSET)

        event_name = _get("event_name", UNSET)

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is CustomPayout:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.event_incremental_id = event_incremental_id
            _instance.meta = meta
            _instance.offer_incremental_id = offer_incremental_id
            _instance.payout = payout
            _instance.payout_percent = payout_percent
            _instance.payout_type = payout_type
            _instance.platform = platform
            _instance.publisher_incremental_id = publisher_incremental_id
            _instance.revenue = revenue
            _instance.revenue_percent = revenue_percent
            _instance.revenue_type = revenue_type
            _instance.id = id
            _instance.currency = currency
            _instance.offer_name = offer_name
            _instance.publisher_name = publisher_name
            _instance.event_name = event_name
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        custom_payout = cls(
            event_incremental_id,
            meta,
            offer_incremental_id,
            payout,
            payout_percent,
            payout_type,
            platform,
            publisher_incremental_id,
            revenue,
            revenue_percent,
            revenue_type,
            id,
            currency,
            offer_name,
            publisher_name,
            event_name,
            created_at,
            updated_at,
        )

        custom_payout.additional_properties = _additional
        return custom_payout

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


def _read_other_layout(src_dict: dict[str, Any]) -> CustomPayout:
    """`CustomPayout.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return CustomPayout._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `CustomPayout.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], CustomPayout] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "event_incremental_id",
        "event_incremental_id",
        False,
        'if type(event_incremental_id) is not int:\n    event_incremental_id = read_int(event_incremental_id, "event_incremental_id")\n',
    ),
    (
        "meta",
        "meta",
        False,
        'if type(meta) is dict:\n    try:\n        meta = _m_custom_payout_meta._read_dict(meta)\n    except UnreadableValue as _error:\n        raise _error.within("meta") from None\nelse:\n    read_object(meta, "meta")\n    meta = None\n',
    ),
    (
        "offer_incremental_id",
        "offer_incremental_id",
        False,
        'if type(offer_incremental_id) is not int:\n    offer_incremental_id = read_int(offer_incremental_id, "offer_incremental_id")\n',
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
        "platform",
        "platform",
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
        "currency",
        "currency",
        False,
        "",
    ),
    (
        "offer_name",
        "offer_name",
        False,
        "",
    ),
    (
        "publisher_name",
        "publisher_name",
        False,
        "",
    ),
    (
        "event_name",
        "event_name",
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
_READERS = LayoutReaders(CustomPayout, _FIELDS, True, globals())


# Imported here, after the class: models that refer to each other in a cycle still import.
# The modules of nested objects (whose _read_dict reads them), imported after the class likewise.
from ..models import custom_payout_meta as _m_custom_payout_meta  # noqa: E402
from ..models.custom_payout_meta import CustomPayoutMeta  # noqa: E402
