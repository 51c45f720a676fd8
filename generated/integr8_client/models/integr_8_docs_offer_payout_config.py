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
    read_float,
)

T = TypeVar("T", bound="Integr8DocsOfferPayoutConfig")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "payout",
        "payout_percent",
        "payout_type",
        "revenue",
        "revenue_percent",
        "revenue_type",
    }
)


@_attrs_define
class Integr8DocsOfferPayoutConfig:
    """An offer's default payout and revenue (`default_payout`). The reference collapses its fields; these are inferred
    from the offer-event and custom-payout payout fields.

        Attributes:
            payout (float | None | Unset):
            payout_percent (float | None | Unset):
            payout_type (str | None | Unset): Known values: CPA, CPS, CPAxCPS, CPC, CPM, PRV
            revenue (float | None | Unset):
            revenue_percent (float | None | Unset):
            revenue_type (str | None | Unset): Known values: RPA, RPS, RPAxRPS, RPC, RPM
    """

    payout: float | None | Unset = UNSET
    payout_percent: float | None | Unset = UNSET
    payout_type: str | None | Unset = UNSET
    revenue: float | None | Unset = UNSET
    revenue_percent: float | None | Unset = UNSET
    revenue_type: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payout = self.payout

        payout_percent = self.payout_percent

        payout_type = self.payout_type

        revenue = self.revenue

        revenue_percent = self.revenue_percent

        revenue_type = self.revenue_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `Integr8DocsOfferPayoutConfig`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is Integr8DocsOfferPayoutConfig and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
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

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is Integr8DocsOfferPayoutConfig:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.payout = payout
            _instance.payout_percent = payout_percent
            _instance.payout_type = payout_type
            _instance.revenue = revenue
            _instance.revenue_percent = revenue_percent
            _instance.revenue_type = revenue_type
            _instance.additional_properties = _additional
            return _instance
        integr_8_docs_offer_payout_config = cls(
            payout,
            payout_percent,
            payout_type,
            revenue,
            revenue_percent,
            revenue_type,
        )

        integr_8_docs_offer_payout_config.additional_properties = _additional
        return integr_8_docs_offer_payout_config

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


def _read_other_layout(src_dict: dict[str, Any]) -> Integr8DocsOfferPayoutConfig:
    """`Integr8DocsOfferPayoutConfig.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return Integr8DocsOfferPayoutConfig._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `Integr8DocsOfferPayoutConfig.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], Integr8DocsOfferPayoutConfig] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
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
)
_READERS = LayoutReaders(Integr8DocsOfferPayoutConfig, _FIELDS, True, globals())
