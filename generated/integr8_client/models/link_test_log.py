from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkTestLog")


@_attrs_define
class LinkTestLog:
    """An Integr8 link test log. The reference collapses its fields; these are inferred from the filters and grouping
    fields it names.

        Attributes:
            id (str | Unset): Request ID.
            integration_id (str | Unset):
            advertiser (str | Unset):
            offer (str | Unset):
            test_url_domain (str | Unset):
            final_domain (str | Unset):
            proxy_country (str | Unset):
            device (str | Unset):
            advertiser_incremental_id (int | Unset):
            offer_incremental_id (int | Unset):
            landing_page_incremental_id (int | Unset):
            status (str | Unset):
            failed_reason (str | Unset):
            timestamp (str | Unset):
    """

    id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    advertiser: str | Unset = UNSET
    offer: str | Unset = UNSET
    test_url_domain: str | Unset = UNSET
    final_domain: str | Unset = UNSET
    proxy_country: str | Unset = UNSET
    device: str | Unset = UNSET
    advertiser_incremental_id: int | Unset = UNSET
    offer_incremental_id: int | Unset = UNSET
    landing_page_incremental_id: int | Unset = UNSET
    status: str | Unset = UNSET
    failed_reason: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        integration_id = self.integration_id

        advertiser = self.advertiser

        offer = self.offer

        test_url_domain = self.test_url_domain

        final_domain = self.final_domain

        proxy_country = self.proxy_country

        device = self.device

        advertiser_incremental_id = self.advertiser_incremental_id

        offer_incremental_id = self.offer_incremental_id

        landing_page_incremental_id = self.landing_page_incremental_id

        status = self.status

        failed_reason = self.failed_reason

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if advertiser is not UNSET:
            field_dict["advertiser"] = advertiser
        if offer is not UNSET:
            field_dict["offer"] = offer
        if test_url_domain is not UNSET:
            field_dict["test_url_domain"] = test_url_domain
        if final_domain is not UNSET:
            field_dict["final_domain"] = final_domain
        if proxy_country is not UNSET:
            field_dict["proxy_country"] = proxy_country
        if device is not UNSET:
            field_dict["device"] = device
        if advertiser_incremental_id is not UNSET:
            field_dict["advertiser_incremental_id"] = advertiser_incremental_id
        if offer_incremental_id is not UNSET:
            field_dict["offer_incremental_id"] = offer_incremental_id
        if landing_page_incremental_id is not UNSET:
            field_dict["landing_page_incremental_id"] = landing_page_incremental_id
        if status is not UNSET:
            field_dict["status"] = status
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        integration_id = d.pop("integration_id", UNSET)

        advertiser = d.pop("advertiser", UNSET)

        offer = d.pop("offer", UNSET)

        test_url_domain = d.pop("test_url_domain", UNSET)

        final_domain = d.pop("final_domain", UNSET)

        proxy_country = d.pop("proxy_country", UNSET)

        device = d.pop("device", UNSET)

        advertiser_incremental_id = d.pop("advertiser_incremental_id", UNSET)

        offer_incremental_id = d.pop("offer_incremental_id", UNSET)

        landing_page_incremental_id = d.pop("landing_page_incremental_id", UNSET)

        status = d.pop("status", UNSET)

        failed_reason = d.pop("failed_reason", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        link_test_log = cls(
            id=id,
            integration_id=integration_id,
            advertiser=advertiser,
            offer=offer,
            test_url_domain=test_url_domain,
            final_domain=final_domain,
            proxy_country=proxy_country,
            device=device,
            advertiser_incremental_id=advertiser_incremental_id,
            offer_incremental_id=offer_incremental_id,
            landing_page_incremental_id=landing_page_incremental_id,
            status=status,
            failed_reason=failed_reason,
            timestamp=timestamp,
        )

        link_test_log.additional_properties = d
        return link_test_log

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
