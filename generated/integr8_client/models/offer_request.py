from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_request_currency import OfferRequestCurrency
from ..models.offer_request_visibility import OfferRequestVisibility
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="OfferRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "advertiser_id",
        "name",
        "active",
        "allow_duplicate_conversions",
        "block_on_reject",
        "conversion_name",
        "currency",
        "deep_link_enabled",
        "default_payout",
        "description",
        "enable_js_tracking",
        "fallback_url",
        "impression_forwarding_enabled",
        "impression_forwarding_url",
        "manually_approve_conversions",
        "offer_preview_enabled",
        "parallel_tracking_enabled",
        "parallel_tracking_url",
        "primary_domain",
        "restriction_note",
        "targeting_group_id",
        "targeting_simple_enabled",
        "terms_and_conditions",
        "terms_and_conditions_enabled",
        "view_through_attribution_enabled",
        "visibility",
    }
)


@_attrs_define
class OfferRequest:
    """
    Attributes:
        advertiser_id (int):
        name (str):
        active (bool | Unset):
        allow_duplicate_conversions (bool | Unset):
        block_on_reject (bool | Unset):
        conversion_name (str | Unset):
        currency (OfferRequestCurrency | Unset):
        deep_link_enabled (bool | Unset):
        default_payout (Integr8DocsOfferPayoutConfig | Unset): An offer's default payout and revenue (`default_payout`).
            The reference collapses its fields; these are inferred from the offer-event and custom-payout payout fields.
        description (str | Unset):
        enable_js_tracking (bool | Unset):
        fallback_url (str | Unset):
        impression_forwarding_enabled (bool | Unset):
        impression_forwarding_url (str | Unset):
        manually_approve_conversions (bool | Unset):
        offer_preview_enabled (bool | Unset):
        parallel_tracking_enabled (bool | Unset):
        parallel_tracking_url (str | Unset):
        primary_domain (str | Unset):
        restriction_note (str | Unset):
        targeting_group_id (str | Unset):
        targeting_simple_enabled (bool | Unset):
        terms_and_conditions (str | Unset):
        terms_and_conditions_enabled (bool | Unset):
        view_through_attribution_enabled (bool | Unset):
        visibility (OfferRequestVisibility | Unset):
    """

    advertiser_id: int
    name: str
    active: bool | Unset = UNSET
    allow_duplicate_conversions: bool | Unset = UNSET
    block_on_reject: bool | Unset = UNSET
    conversion_name: str | Unset = UNSET
    currency: OfferRequestCurrency | Unset = UNSET
    deep_link_enabled: bool | Unset = UNSET
    default_payout: Integr8DocsOfferPayoutConfig | Unset = UNSET
    description: str | Unset = UNSET
    enable_js_tracking: bool | Unset = UNSET
    fallback_url: str | Unset = UNSET
    impression_forwarding_enabled: bool | Unset = UNSET
    impression_forwarding_url: str | Unset = UNSET
    manually_approve_conversions: bool | Unset = UNSET
    offer_preview_enabled: bool | Unset = UNSET
    parallel_tracking_enabled: bool | Unset = UNSET
    parallel_tracking_url: str | Unset = UNSET
    primary_domain: str | Unset = UNSET
    restriction_note: str | Unset = UNSET
    targeting_group_id: str | Unset = UNSET
    targeting_simple_enabled: bool | Unset = UNSET
    terms_and_conditions: str | Unset = UNSET
    terms_and_conditions_enabled: bool | Unset = UNSET
    view_through_attribution_enabled: bool | Unset = UNSET
    visibility: OfferRequestVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advertiser_id = self.advertiser_id

        name = self.name

        active = self.active

        allow_duplicate_conversions = self.allow_duplicate_conversions

        block_on_reject = self.block_on_reject

        conversion_name = self.conversion_name

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.value

        deep_link_enabled = self.deep_link_enabled

        default_payout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_payout, Unset):
            default_payout = self.default_payout.to_dict()

        description = self.description

        enable_js_tracking = self.enable_js_tracking

        fallback_url = self.fallback_url

        impression_forwarding_enabled = self.impression_forwarding_enabled

        impression_forwarding_url = self.impression_forwarding_url

        manually_approve_conversions = self.manually_approve_conversions

        offer_preview_enabled = self.offer_preview_enabled

        parallel_tracking_enabled = self.parallel_tracking_enabled

        parallel_tracking_url = self.parallel_tracking_url

        primary_domain = self.primary_domain

        restriction_note = self.restriction_note

        targeting_group_id = self.targeting_group_id

        targeting_simple_enabled = self.targeting_simple_enabled

        terms_and_conditions = self.terms_and_conditions

        terms_and_conditions_enabled = self.terms_and_conditions_enabled

        view_through_attribution_enabled = self.view_through_attribution_enabled

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advertiser_id": advertiser_id,
                "name": name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if allow_duplicate_conversions is not UNSET:
            field_dict["allow_duplicate_conversions"] = allow_duplicate_conversions
        if block_on_reject is not UNSET:
            field_dict["block_on_reject"] = block_on_reject
        if conversion_name is not UNSET:
            field_dict["conversion_name"] = conversion_name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if deep_link_enabled is not UNSET:
            field_dict["deep_link_enabled"] = deep_link_enabled
        if default_payout is not UNSET:
            field_dict["default_payout"] = default_payout
        if description is not UNSET:
            field_dict["description"] = description
        if enable_js_tracking is not UNSET:
            field_dict["enable_js_tracking"] = enable_js_tracking
        if fallback_url is not UNSET:
            field_dict["fallback_url"] = fallback_url
        if impression_forwarding_enabled is not UNSET:
            field_dict["impression_forwarding_enabled"] = impression_forwarding_enabled
        if impression_forwarding_url is not UNSET:
            field_dict["impression_forwarding_url"] = impression_forwarding_url
        if manually_approve_conversions is not UNSET:
            field_dict["manually_approve_conversions"] = manually_approve_conversions
        if offer_preview_enabled is not UNSET:
            field_dict["offer_preview_enabled"] = offer_preview_enabled
        if parallel_tracking_enabled is not UNSET:
            field_dict["parallel_tracking_enabled"] = parallel_tracking_enabled
        if parallel_tracking_url is not UNSET:
            field_dict["parallel_tracking_url"] = parallel_tracking_url
        if primary_domain is not UNSET:
            field_dict["primary_domain"] = primary_domain
        if restriction_note is not UNSET:
            field_dict["restriction_note"] = restriction_note
        if targeting_group_id is not UNSET:
            field_dict["targeting_group_id"] = targeting_group_id
        if targeting_simple_enabled is not UNSET:
            field_dict["targeting_simple_enabled"] = targeting_simple_enabled
        if terms_and_conditions is not UNSET:
            field_dict["terms_and_conditions"] = terms_and_conditions
        if terms_and_conditions_enabled is not UNSET:
            field_dict["terms_and_conditions_enabled"] = terms_and_conditions_enabled
        if view_through_attribution_enabled is not UNSET:
            field_dict["view_through_attribution_enabled"] = view_through_attribution_enabled
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        advertiser_id = src_dict["advertiser_id"]

        name = src_dict["name"]

        active = src_dict.get("active", UNSET)

        allow_duplicate_conversions = src_dict.get("allow_duplicate_conversions", UNSET)

        block_on_reject = src_dict.get("block_on_reject", UNSET)

        conversion_name = src_dict.get("conversion_name", UNSET)

        _currency = src_dict.get("currency", UNSET)
        currency: OfferRequestCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = OfferRequestCurrency(_currency)

        deep_link_enabled = src_dict.get("deep_link_enabled", UNSET)

        _default_payout = src_dict.get("default_payout", UNSET)
        default_payout: Integr8DocsOfferPayoutConfig | Unset
        if isinstance(_default_payout, Unset):
            default_payout = UNSET
        else:
            default_payout = Integr8DocsOfferPayoutConfig.from_dict(_default_payout)

        description = src_dict.get("description", UNSET)

        enable_js_tracking = src_dict.get("enable_js_tracking", UNSET)

        fallback_url = src_dict.get("fallback_url", UNSET)

        impression_forwarding_enabled = src_dict.get("impression_forwarding_enabled", UNSET)

        impression_forwarding_url = src_dict.get("impression_forwarding_url", UNSET)

        manually_approve_conversions = src_dict.get("manually_approve_conversions", UNSET)

        offer_preview_enabled = src_dict.get("offer_preview_enabled", UNSET)

        parallel_tracking_enabled = src_dict.get("parallel_tracking_enabled", UNSET)

        parallel_tracking_url = src_dict.get("parallel_tracking_url", UNSET)

        primary_domain = src_dict.get("primary_domain", UNSET)

        restriction_note = src_dict.get("restriction_note", UNSET)

        targeting_group_id = src_dict.get("targeting_group_id", UNSET)

        targeting_simple_enabled = src_dict.get("targeting_simple_enabled", UNSET)

        terms_and_conditions = src_dict.get("terms_and_conditions", UNSET)

        terms_and_conditions_enabled = src_dict.get("terms_and_conditions_enabled", UNSET)

        view_through_attribution_enabled = src_dict.get("view_through_attribution_enabled", UNSET)

        _visibility = src_dict.get("visibility", UNSET)
        visibility: OfferRequestVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = OfferRequestVisibility(_visibility)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        offer_request = cls(
            advertiser_id,
            name,
            active,
            allow_duplicate_conversions,
            block_on_reject,
            conversion_name,
            currency,
            deep_link_enabled,
            default_payout,
            description,
            enable_js_tracking,
            fallback_url,
            impression_forwarding_enabled,
            impression_forwarding_url,
            manually_approve_conversions,
            offer_preview_enabled,
            parallel_tracking_enabled,
            parallel_tracking_url,
            primary_domain,
            restriction_note,
            targeting_group_id,
            targeting_simple_enabled,
            terms_and_conditions,
            terms_and_conditions_enabled,
            view_through_attribution_enabled,
            visibility,
        )

        offer_request.additional_properties = _additional
        return offer_request

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
from ..models.integr_8_docs_offer_payout_config import Integr8DocsOfferPayoutConfig  # noqa: E402
