from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkTestLogGroup")


@_attrs_define
class LinkTestLogGroup:
    """A row of grouped link test logs: the grouping fields requested in `fields`, plus counts. Inferred.

    Attributes:
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
        count (int | Unset):
    """

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
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        count = d.pop("count", UNSET)

        link_test_log_group = cls(
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
            count=count,
        )

        link_test_log_group.additional_properties = d
        return link_test_log_group

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
