from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_custom_payout_request_payout_type import CreateCustomPayoutRequestPayoutType
from ..models.create_custom_payout_request_platform import CreateCustomPayoutRequestPlatform
from ..models.create_custom_payout_request_revenue_type import CreateCustomPayoutRequestRevenueType
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="CreateCustomPayoutRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "offer_incremental_id",
        "publisher_incremental_id",
        "event_incremental_id",
        "meta",
        "payout",
        "payout_percent",
        "payout_type",
        "platform",
        "revenue",
        "revenue_percent",
        "revenue_type",
    }
)


@_attrs_define
class CreateCustomPayoutRequest:
    """
    Attributes:
        offer_incremental_id (int):
        publisher_incremental_id (int):
        event_incremental_id (int | Unset):
        meta (CreateCustomPayoutRequestMeta | Unset): A key value pair useful for any useful migration related
            information
        payout (float | Unset):
        payout_percent (float | Unset):
        payout_type (CreateCustomPayoutRequestPayoutType | Unset):
        platform (CreateCustomPayoutRequestPlatform | Unset): The platform from which the data was migrated.
        revenue (float | Unset):
        revenue_percent (float | Unset):
        revenue_type (CreateCustomPayoutRequestRevenueType | Unset):
    """

    offer_incremental_id: int
    publisher_incremental_id: int
    event_incremental_id: int | Unset = UNSET
    meta: CreateCustomPayoutRequestMeta | Unset = UNSET
    payout: float | Unset = UNSET
    payout_percent: float | Unset = UNSET
    payout_type: CreateCustomPayoutRequestPayoutType | Unset = UNSET
    platform: CreateCustomPayoutRequestPlatform | Unset = UNSET
    revenue: float | Unset = UNSET
    revenue_percent: float | Unset = UNSET
    revenue_type: CreateCustomPayoutRequestRevenueType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_incremental_id = self.offer_incremental_id

        publisher_incremental_id = self.publisher_incremental_id

        event_incremental_id = self.event_incremental_id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        payout = self.payout

        payout_percent = self.payout_percent

        payout_type: str | Unset = UNSET
        if not isinstance(self.payout_type, Unset):
            payout_type = self.payout_type.value

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

        revenue = self.revenue

        revenue_percent = self.revenue_percent

        revenue_type: str | Unset = UNSET
        if not isinstance(self.revenue_type, Unset):
            revenue_type = self.revenue_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offer_incremental_id": offer_incremental_id,
                "publisher_incremental_id": publisher_incremental_id,
            }
        )
        if event_incremental_id is not UNSET:
            field_dict["event_incremental_id"] = event_incremental_id
        if meta is not UNSET:
            field_dict["meta"] = meta
        if payout is not UNSET:
            field_dict["payout"] = payout
        if payout_percent is not UNSET:
            field_dict["payout_percent"] = payout_percent
        if payout_type is not UNSET:
            field_dict["payout_type"] = payout_type
        if platform is not UNSET:
            field_dict["platform"] = platform
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if revenue_percent is not UNSET:
            field_dict["revenue_percent"] = revenue_percent
        if revenue_type is not UNSET:
            field_dict["revenue_type"] = revenue_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        offer_incremental_id = src_dict["offer_incremental_id"]

        publisher_incremental_id = src_dict["publisher_incremental_id"]

        event_incremental_id = src_dict.get("event_incremental_id", UNSET)

        _meta = src_dict.get("meta", UNSET)
        meta: CreateCustomPayoutRequestMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = CreateCustomPayoutRequestMeta.from_dict(_meta)

        payout = src_dict.get("payout", UNSET)

        payout_percent = src_dict.get("payout_percent", UNSET)

        _payout_type = src_dict.get("payout_type", UNSET)
        payout_type: CreateCustomPayoutRequestPayoutType | Unset
        if isinstance(_payout_type, Unset):
            payout_type = UNSET
        else:
            payout_type = CreateCustomPayoutRequestPayoutType(_payout_type)

        _platform = src_dict.get("platform", UNSET)
        platform: CreateCustomPayoutRequestPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = CreateCustomPayoutRequestPlatform(_platform)

        revenue = src_dict.get("revenue", UNSET)

        revenue_percent = src_dict.get("revenue_percent", UNSET)

        _revenue_type = src_dict.get("revenue_type", UNSET)
        revenue_type: CreateCustomPayoutRequestRevenueType | Unset
        if isinstance(_revenue_type, Unset):
            revenue_type = UNSET
        else:
            revenue_type = CreateCustomPayoutRequestRevenueType(_revenue_type)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        create_custom_payout_request = cls(
            offer_incremental_id,
            publisher_incremental_id,
            event_incremental_id,
            meta,
            payout,
            payout_percent,
            payout_type,
            platform,
            revenue,
            revenue_percent,
            revenue_type,
        )

        create_custom_payout_request.additional_properties = _additional
        return create_custom_payout_request

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


# Imported here, after the class: models that refer to each other in a cycle still import.
from ..models.create_custom_payout_request_meta import CreateCustomPayoutRequestMeta  # noqa: E402
