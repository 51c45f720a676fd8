from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_event_request_payout_type import OfferEventRequestPayoutType
from ..models.offer_event_request_revenue_type import OfferEventRequestRevenueType
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="OfferEventRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "name",
        "active",
        "allow_multiple_events",
        "description",
        "manually_approve_events",
        "payout",
        "payout_percent",
        "payout_type",
        "revenue",
        "revenue_percent",
        "revenue_type",
    }
)


@_attrs_define
class OfferEventRequest:
    """
    Attributes:
        name (str):
        active (bool | Unset):
        allow_multiple_events (bool | Unset):
        description (str | Unset):
        manually_approve_events (bool | Unset):
        payout (float | Unset):
        payout_percent (float | Unset):
        payout_type (OfferEventRequestPayoutType | Unset):
        revenue (float | Unset):
        revenue_percent (float | Unset):
        revenue_type (OfferEventRequestRevenueType | Unset):
    """

    name: str
    active: bool | Unset = UNSET
    allow_multiple_events: bool | Unset = UNSET
    description: str | Unset = UNSET
    manually_approve_events: bool | Unset = UNSET
    payout: float | Unset = UNSET
    payout_percent: float | Unset = UNSET
    payout_type: OfferEventRequestPayoutType | Unset = UNSET
    revenue: float | Unset = UNSET
    revenue_percent: float | Unset = UNSET
    revenue_type: OfferEventRequestRevenueType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        active = self.active

        allow_multiple_events = self.allow_multiple_events

        description = self.description

        manually_approve_events = self.manually_approve_events

        payout = self.payout

        payout_percent = self.payout_percent

        payout_type: str | Unset = UNSET
        if not isinstance(self.payout_type, Unset):
            payout_type = self.payout_type.value

        revenue = self.revenue

        revenue_percent = self.revenue_percent

        revenue_type: str | Unset = UNSET
        if not isinstance(self.revenue_type, Unset):
            revenue_type = self.revenue_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if allow_multiple_events is not UNSET:
            field_dict["allow_multiple_events"] = allow_multiple_events
        if description is not UNSET:
            field_dict["description"] = description
        if manually_approve_events is not UNSET:
            field_dict["manually_approve_events"] = manually_approve_events
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
        name = src_dict["name"]

        active = src_dict.get("active", UNSET)

        allow_multiple_events = src_dict.get("allow_multiple_events", UNSET)

        description = src_dict.get("description", UNSET)

        manually_approve_events = src_dict.get("manually_approve_events", UNSET)

        payout = src_dict.get("payout", UNSET)

        payout_percent = src_dict.get("payout_percent", UNSET)

        _payout_type = src_dict.get("payout_type", UNSET)
        payout_type: OfferEventRequestPayoutType | Unset
        if isinstance(_payout_type, Unset):
            payout_type = UNSET
        else:
            payout_type = OfferEventRequestPayoutType(_payout_type)

        revenue = src_dict.get("revenue", UNSET)

        revenue_percent = src_dict.get("revenue_percent", UNSET)

        _revenue_type = src_dict.get("revenue_type", UNSET)
        revenue_type: OfferEventRequestRevenueType | Unset
        if isinstance(_revenue_type, Unset):
            revenue_type = UNSET
        else:
            revenue_type = OfferEventRequestRevenueType(_revenue_type)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        offer_event_request = cls(
            name,
            active,
            allow_multiple_events,
            description,
            manually_approve_events,
            payout,
            payout_percent,
            payout_type,
            revenue,
            revenue_percent,
            revenue_type,
        )

        offer_event_request.additional_properties = _additional
        return offer_event_request

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
