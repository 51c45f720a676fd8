from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_custom_payout_request_payout_type import UpdateCustomPayoutRequestPayoutType
from ..models.update_custom_payout_request_revenue_type import UpdateCustomPayoutRequestRevenueType
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="UpdateCustomPayoutRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "event_incremental_id",
        "offer_incremental_id",
        "payout",
        "payout_percent",
        "payout_type",
        "revenue",
        "revenue_percent",
        "revenue_type",
    }
)


@_attrs_define
class UpdateCustomPayoutRequest:
    """
    Attributes:
        event_incremental_id (int | Unset):
        offer_incremental_id (int | Unset):
        payout (float | Unset):
        payout_percent (float | Unset):
        payout_type (UpdateCustomPayoutRequestPayoutType | Unset):
        revenue (float | Unset):
        revenue_percent (float | Unset):
        revenue_type (UpdateCustomPayoutRequestRevenueType | Unset):
    """

    event_incremental_id: int | Unset = UNSET
    offer_incremental_id: int | Unset = UNSET
    payout: float | Unset = UNSET
    payout_percent: float | Unset = UNSET
    payout_type: UpdateCustomPayoutRequestPayoutType | Unset = UNSET
    revenue: float | Unset = UNSET
    revenue_percent: float | Unset = UNSET
    revenue_type: UpdateCustomPayoutRequestRevenueType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_incremental_id = self.event_incremental_id

        offer_incremental_id = self.offer_incremental_id

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
        field_dict.update({})
        if event_incremental_id is not UNSET:
            field_dict["event_incremental_id"] = event_incremental_id
        if offer_incremental_id is not UNSET:
            field_dict["offer_incremental_id"] = offer_incremental_id
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
        event_incremental_id = src_dict.get("event_incremental_id", UNSET)

        offer_incremental_id = src_dict.get("offer_incremental_id", UNSET)

        payout = src_dict.get("payout", UNSET)

        payout_percent = src_dict.get("payout_percent", UNSET)

        _payout_type = src_dict.get("payout_type", UNSET)
        payout_type: UpdateCustomPayoutRequestPayoutType | Unset
        if isinstance(_payout_type, Unset):
            payout_type = UNSET
        else:
            payout_type = UpdateCustomPayoutRequestPayoutType(_payout_type)

        revenue = src_dict.get("revenue", UNSET)

        revenue_percent = src_dict.get("revenue_percent", UNSET)

        _revenue_type = src_dict.get("revenue_type", UNSET)
        revenue_type: UpdateCustomPayoutRequestRevenueType | Unset
        if isinstance(_revenue_type, Unset):
            revenue_type = UNSET
        else:
            revenue_type = UpdateCustomPayoutRequestRevenueType(_revenue_type)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        update_custom_payout_request = cls(
            event_incremental_id,
            offer_incremental_id,
            payout,
            payout_percent,
            payout_type,
            revenue,
            revenue_percent,
            revenue_type,
        )

        update_custom_payout_request.additional_properties = _additional
        return update_custom_payout_request

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
