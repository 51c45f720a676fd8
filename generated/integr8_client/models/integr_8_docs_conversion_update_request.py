from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="Integr8DocsConversionUpdateRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "tx_id",
        "conversion_time",
        "hash",
        "status",
        "payout",
        "revenue",
    }
)


@_attrs_define
class Integr8DocsConversionUpdateRequest:
    """One conversion update. The reference collapses its fields; they are inferred from the operation's text: the three
    keys that must match the Conversion Report exactly (`tx_id`, `conversion_time`, `hash`) and the values to change
    (status, payout, revenue).

        Attributes:
            tx_id (str): Transaction ID, as returned by the Conversion Report.
            conversion_time (str): Conversion time exactly as returned by the Conversion Report (format: 2006-01-02
                15:04:05).
            hash_ (str): The conversion's hash, as returned by the Conversion Report.
            status (str | Unset): New status (the page names approving and rejecting). Known values: Approved, Rejected,
                Pending (a conversion status per Integr8's knowledge base, docs/offers/offer-cappings.md; open).
            payout (float | Unset): New payout.
            revenue (float | Unset): New revenue.
    """

    tx_id: str
    conversion_time: str
    hash_: str
    status: str | Unset = UNSET
    payout: float | Unset = UNSET
    revenue: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tx_id = self.tx_id

        conversion_time = self.conversion_time

        hash_ = self.hash_

        status = self.status

        payout = self.payout

        revenue = self.revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tx_id": tx_id,
                "conversion_time": conversion_time,
                "hash": hash_,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if payout is not UNSET:
            field_dict["payout"] = payout
        if revenue is not UNSET:
            field_dict["revenue"] = revenue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tx_id = src_dict["tx_id"]

        conversion_time = src_dict["conversion_time"]

        hash_ = src_dict["hash"]

        status = src_dict.get("status", UNSET)

        payout = src_dict.get("payout", UNSET)

        revenue = src_dict.get("revenue", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        integr_8_docs_conversion_update_request = cls(
            tx_id,
            conversion_time,
            hash_,
            status,
            payout,
            revenue,
        )

        integr_8_docs_conversion_update_request.additional_properties = _additional
        return integr_8_docs_conversion_update_request

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

    @property
    def hash(self) -> str:
        """`hash_` under the API's name for it: the attribute has a trailing underscore
        because `hash` is a Python builtin; both spellings read the same value."""
        return self.hash_
