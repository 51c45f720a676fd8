from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferEvent")


@_attrs_define
class OfferEvent:
    """An offer event. Fields from Create an offer event; ids and timestamps inferred.

    Attributes:
        active (bool | Unset):
        allow_multiple_events (bool | Unset):
        description (str | Unset):
        manually_approve_events (bool | Unset):
        name (str | Unset):
        payout (float | Unset):
        payout_percent (float | Unset):
        payout_type (str | Unset): Known values: CPA, CPS, CPAxCPS, CPC, CPM, PRV. Open on the response side: a value
            the spec does not list still parses.
        revenue (float | Unset):
        revenue_percent (float | Unset):
        revenue_type (str | Unset): Known values: RPA, RPS, RPAxRPS, RPC, RPM. Open on the response side: a value the
            spec does not list still parses.
        id (str | Unset): Object ID.
        incremental_id (int | Unset): The incremental ID the reference mentions (used to connect objects and in
            reports).
        offer_id (str | Unset): Offer the event belongs to.
        created_at (str | Unset): When the object was created (RFC 3339).
        updated_at (str | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | Unset = UNSET
    allow_multiple_events: bool | Unset = UNSET
    description: str | Unset = UNSET
    manually_approve_events: bool | Unset = UNSET
    name: str | Unset = UNSET
    payout: float | Unset = UNSET
    payout_percent: float | Unset = UNSET
    payout_type: str | Unset = UNSET
    revenue: float | Unset = UNSET
    revenue_percent: float | Unset = UNSET
    revenue_type: str | Unset = UNSET
    id: str | Unset = UNSET
    incremental_id: int | Unset = UNSET
    offer_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
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
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        allow_multiple_events = d.pop("allow_multiple_events", UNSET)

        description = d.pop("description", UNSET)

        manually_approve_events = d.pop("manually_approve_events", UNSET)

        name = d.pop("name", UNSET)

        payout = d.pop("payout", UNSET)

        payout_percent = d.pop("payout_percent", UNSET)

        payout_type = d.pop("payout_type", UNSET)

        revenue = d.pop("revenue", UNSET)

        revenue_percent = d.pop("revenue_percent", UNSET)

        revenue_type = d.pop("revenue_type", UNSET)

        id = d.pop("id", UNSET)

        incremental_id = d.pop("incremental_id", UNSET)

        offer_id = d.pop("offer_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        offer_event = cls(
            active=active,
            allow_multiple_events=allow_multiple_events,
            description=description,
            manually_approve_events=manually_approve_events,
            name=name,
            payout=payout,
            payout_percent=payout_percent,
            payout_type=payout_type,
            revenue=revenue,
            revenue_percent=revenue_percent,
            revenue_type=revenue_type,
            id=id,
            incremental_id=incremental_id,
            offer_id=offer_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        offer_event.additional_properties = d
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
