from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Integr8DocsOfferPayoutConfig")


@_attrs_define
class Integr8DocsOfferPayoutConfig:
    """An offer's default payout and revenue (`default_payout`). The reference collapses its fields; these are inferred
    from the offer-event and custom-payout payout fields.

        Attributes:
            payout (float | Unset):
            payout_percent (float | Unset):
            payout_type (str | Unset): Known values: CPA, CPS, CPAxCPS, CPC, CPM, PRV
            revenue (float | Unset):
            revenue_percent (float | Unset):
            revenue_type (str | Unset): Known values: RPA, RPS, RPAxRPS, RPC, RPM
    """

    payout: float | Unset = UNSET
    payout_percent: float | Unset = UNSET
    payout_type: str | Unset = UNSET
    revenue: float | Unset = UNSET
    revenue_percent: float | Unset = UNSET
    revenue_type: str | Unset = UNSET
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
        d = dict(src_dict)
        payout = d.pop("payout", UNSET)

        payout_percent = d.pop("payout_percent", UNSET)

        payout_type = d.pop("payout_type", UNSET)

        revenue = d.pop("revenue", UNSET)

        revenue_percent = d.pop("revenue_percent", UNSET)

        revenue_type = d.pop("revenue_type", UNSET)

        integr_8_docs_offer_payout_config = cls(
            payout=payout,
            payout_percent=payout_percent,
            payout_type=payout_type,
            revenue=revenue,
            revenue_percent=revenue_percent,
            revenue_type=revenue_type,
        )

        integr_8_docs_offer_payout_config.additional_properties = d
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
