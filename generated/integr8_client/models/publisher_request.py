from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publisher_request_promotional_method_item import PublisherRequestPromotionalMethodItem
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="PublisherRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "name",
        "active",
        "address",
        "city",
        "company_name",
        "countries",
        "country",
        "description",
        "email",
        "fraud_visibility_enabled",
        "manager_id",
        "messenger",
        "phone",
        "postback_manager_enabled",
        "promotional_method",
        "timezone",
        "tracking_domain_ids",
        "website",
    }
)


@_attrs_define
class PublisherRequest:
    """
    Attributes:
        name (str):
        active (bool | Unset):
        address (str | Unset):
        city (str | Unset):
        company_name (str | Unset):
        countries (list[str] | Unset):
        country (str | Unset):
        description (str | Unset):
        email (str | Unset):
        fraud_visibility_enabled (bool | Unset):
        manager_id (str | Unset):
        messenger (str | Unset):
        phone (str | Unset):
        postback_manager_enabled (bool | Unset):
        promotional_method (list[PublisherRequestPromotionalMethodItem] | Unset):
        timezone (str | Unset):
        tracking_domain_ids (list[str] | Unset):
        website (str | Unset):
    """

    name: str
    active: bool | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    company_name: str | Unset = UNSET
    countries: list[str] | Unset = UNSET
    country: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    fraud_visibility_enabled: bool | Unset = UNSET
    manager_id: str | Unset = UNSET
    messenger: str | Unset = UNSET
    phone: str | Unset = UNSET
    postback_manager_enabled: bool | Unset = UNSET
    promotional_method: list[PublisherRequestPromotionalMethodItem] | Unset = UNSET
    timezone: str | Unset = UNSET
    tracking_domain_ids: list[str] | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        active = self.active

        address = self.address

        city = self.city

        company_name = self.company_name

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        country = self.country

        description = self.description

        email = self.email

        fraud_visibility_enabled = self.fraud_visibility_enabled

        manager_id = self.manager_id

        messenger = self.messenger

        phone = self.phone

        postback_manager_enabled = self.postback_manager_enabled

        promotional_method: list[str] | Unset = UNSET
        if not isinstance(self.promotional_method, Unset):
            promotional_method = []
            for promotional_method_item_data in self.promotional_method:
                promotional_method_item = promotional_method_item_data.value
                promotional_method.append(promotional_method_item)

        timezone = self.timezone

        tracking_domain_ids: list[str] | Unset = UNSET
        if not isinstance(self.tracking_domain_ids, Unset):
            tracking_domain_ids = self.tracking_domain_ids

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if countries is not UNSET:
            field_dict["countries"] = countries
        if country is not UNSET:
            field_dict["country"] = country
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if fraud_visibility_enabled is not UNSET:
            field_dict["fraud_visibility_enabled"] = fraud_visibility_enabled
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if messenger is not UNSET:
            field_dict["messenger"] = messenger
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postback_manager_enabled is not UNSET:
            field_dict["postback_manager_enabled"] = postback_manager_enabled
        if promotional_method is not UNSET:
            field_dict["promotional_method"] = promotional_method
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if tracking_domain_ids is not UNSET:
            field_dict["tracking_domain_ids"] = tracking_domain_ids
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        active = src_dict.get("active", UNSET)

        address = src_dict.get("address", UNSET)

        city = src_dict.get("city", UNSET)

        company_name = src_dict.get("company_name", UNSET)

        countries = cast(list[str], src_dict.get("countries", UNSET))

        country = src_dict.get("country", UNSET)

        description = src_dict.get("description", UNSET)

        email = src_dict.get("email", UNSET)

        fraud_visibility_enabled = src_dict.get("fraud_visibility_enabled", UNSET)

        manager_id = src_dict.get("manager_id", UNSET)

        messenger = src_dict.get("messenger", UNSET)

        phone = src_dict.get("phone", UNSET)

        postback_manager_enabled = src_dict.get("postback_manager_enabled", UNSET)

        _promotional_method = src_dict.get("promotional_method", UNSET)
        promotional_method: list[PublisherRequestPromotionalMethodItem] | Unset = UNSET
        if _promotional_method is not UNSET:
            promotional_method = []
            for promotional_method_item_data in _promotional_method:
                promotional_method_item = PublisherRequestPromotionalMethodItem(promotional_method_item_data)

                promotional_method.append(promotional_method_item)

        timezone = src_dict.get("timezone", UNSET)

        tracking_domain_ids = cast(list[str], src_dict.get("tracking_domain_ids", UNSET))

        website = src_dict.get("website", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        publisher_request = cls(
            name,
            active,
            address,
            city,
            company_name,
            countries,
            country,
            description,
            email,
            fraud_visibility_enabled,
            manager_id,
            messenger,
            phone,
            postback_manager_enabled,
            promotional_method,
            timezone,
            tracking_domain_ids,
            website,
        )

        publisher_request.additional_properties = _additional
        return publisher_request

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
