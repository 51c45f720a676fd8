from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_payout_meta import CustomPayoutMeta


T = TypeVar("T", bound="CustomPayout")


@_attrs_define
class CustomPayout:
    """A publisher custom payout. Fields from Create a custom payout; `id`, names, currency and timestamps inferred from
    the tag description.

        Attributes:
            event_incremental_id (int | Unset):
            meta (CustomPayoutMeta | Unset): A key value pair useful for any useful migration related information
            offer_incremental_id (int | Unset):
            payout (float | Unset):
            payout_percent (float | Unset):
            payout_type (str | Unset): Known values: Unknown, CPA, CPS, CPAxCPS, CPC, CPM, PRV. Open on the response side: a
                value the spec does not list still parses.
            platform (str | Unset): The platform from which the data was migrated. Known values: Unknown, HasOffers,
                Everflow, Affise. Open on the response side: a value the spec does not list still parses.
            publisher_incremental_id (int | Unset):
            revenue (float | Unset):
            revenue_percent (float | Unset):
            revenue_type (str | Unset): Known values: Unknown, RPA, RPS, RPAxRPS, RPC, RPM. Open on the response side: a
                value the spec does not list still parses.
            id (str | Unset): Object ID.
            currency (str | Unset):
            offer_name (str | Unset):
            publisher_name (str | Unset):
            event_name (str | Unset):
            created_at (str | Unset): When the object was created (RFC 3339).
            updated_at (str | Unset): When the object was last changed (RFC 3339).
    """

    event_incremental_id: int | Unset = UNSET
    meta: CustomPayoutMeta | Unset = UNSET
    offer_incremental_id: int | Unset = UNSET
    payout: float | Unset = UNSET
    payout_percent: float | Unset = UNSET
    payout_type: str | Unset = UNSET
    platform: str | Unset = UNSET
    publisher_incremental_id: int | Unset = UNSET
    revenue: float | Unset = UNSET
    revenue_percent: float | Unset = UNSET
    revenue_type: str | Unset = UNSET
    id: str | Unset = UNSET
    currency: str | Unset = UNSET
    offer_name: str | Unset = UNSET
    publisher_name: str | Unset = UNSET
    event_name: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_incremental_id = self.event_incremental_id

        meta: dict[str, Any] | Unset = UNSET
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
        from ..models.custom_payout_meta import CustomPayoutMeta  # noqa: PLC0415

        d = dict(src_dict)
        event_incremental_id = d.pop("event_incremental_id", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: CustomPayoutMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = CustomPayoutMeta.from_dict(_meta)

        offer_incremental_id = d.pop("offer_incremental_id", UNSET)

        payout = d.pop("payout", UNSET)

        payout_percent = d.pop("payout_percent", UNSET)

        payout_type = d.pop("payout_type", UNSET)

        platform = d.pop("platform", UNSET)

        publisher_incremental_id = d.pop("publisher_incremental_id", UNSET)

        revenue = d.pop("revenue", UNSET)

        revenue_percent = d.pop("revenue_percent", UNSET)

        revenue_type = d.pop("revenue_type", UNSET)

        id = d.pop("id", UNSET)

        currency = d.pop("currency", UNSET)

        offer_name = d.pop("offer_name", UNSET)

        publisher_name = d.pop("publisher_name", UNSET)

        event_name = d.pop("event_name", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        custom_payout = cls(
            event_incremental_id=event_incremental_id,
            meta=meta,
            offer_incremental_id=offer_incremental_id,
            payout=payout,
            payout_percent=payout_percent,
            payout_type=payout_type,
            platform=platform,
            publisher_incremental_id=publisher_incremental_id,
            revenue=revenue,
            revenue_percent=revenue_percent,
            revenue_type=revenue_type,
            id=id,
            currency=currency,
            offer_name=offer_name,
            publisher_name=publisher_name,
            event_name=event_name,
            created_at=created_at,
            updated_at=updated_at,
        )

        custom_payout.additional_properties = d
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
