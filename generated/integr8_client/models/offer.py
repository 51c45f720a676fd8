from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integr_8_docs_offer_payout_config import Integr8DocsOfferPayoutConfig


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """An offer. Fields from Create Offer; ids and timestamps inferred.

    Attributes:
        active (bool | Unset):
        advertiser_id (int | Unset):
        allow_duplicate_conversions (bool | Unset):
        block_on_reject (bool | Unset):
        conversion_name (str | Unset):
        currency (str | Unset): Known values: USD, EUR. Open on the response side: a value the spec does not list still
            parses.
        deep_link_enabled (bool | Unset):
        default_payout (Integr8DocsOfferPayoutConfig | Unset): An offer's default payout and revenue (`default_payout`).
            The reference collapses its fields; these are inferred from the offer-event and custom-payout payout fields.
        description (str | Unset):
        enable_js_tracking (bool | Unset):
        fallback_url (str | Unset):
        impression_forwarding_enabled (bool | Unset):
        impression_forwarding_url (str | Unset):
        manually_approve_conversions (bool | Unset):
        name (str | Unset):
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
        visibility (str | Unset): Known values: Public, Private, Requires_Approval. Open on the response side: a value
            the spec does not list still parses.
        id (str | Unset): Object ID.
        incremental_id (int | Unset): The incremental ID the reference mentions (used to connect objects and in
            reports).
        integration_id (str | Unset): Integration the offer belongs to.
        created_at (str | Unset): When the object was created (RFC 3339).
        updated_at (str | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | Unset = UNSET
    advertiser_id: int | Unset = UNSET
    allow_duplicate_conversions: bool | Unset = UNSET
    block_on_reject: bool | Unset = UNSET
    conversion_name: str | Unset = UNSET
    currency: str | Unset = UNSET
    deep_link_enabled: bool | Unset = UNSET
    default_payout: Integr8DocsOfferPayoutConfig | Unset = UNSET
    description: str | Unset = UNSET
    enable_js_tracking: bool | Unset = UNSET
    fallback_url: str | Unset = UNSET
    impression_forwarding_enabled: bool | Unset = UNSET
    impression_forwarding_url: str | Unset = UNSET
    manually_approve_conversions: bool | Unset = UNSET
    name: str | Unset = UNSET
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
    visibility: str | Unset = UNSET
    id: str | Unset = UNSET
    incremental_id: int | Unset = UNSET
    integration_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        advertiser_id = self.advertiser_id

        allow_duplicate_conversions = self.allow_duplicate_conversions

        block_on_reject = self.block_on_reject

        conversion_name = self.conversion_name

        currency = self.currency

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

        name = self.name

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

        visibility = self.visibility

        id = self.id

        incremental_id = self.incremental_id

        integration_id = self.integration_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
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
        if name is not UNSET:
            field_dict["name"] = name
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
        if id is not UNSET:
            field_dict["id"] = id
        if incremental_id is not UNSET:
            field_dict["incremental_id"] = incremental_id
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integr_8_docs_offer_payout_config import Integr8DocsOfferPayoutConfig  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        advertiser_id = d.pop("advertiser_id", UNSET)

        allow_duplicate_conversions = d.pop("allow_duplicate_conversions", UNSET)

        block_on_reject = d.pop("block_on_reject", UNSET)

        conversion_name = d.pop("conversion_name", UNSET)

        currency = d.pop("currency", UNSET)

        deep_link_enabled = d.pop("deep_link_enabled", UNSET)

        _default_payout = d.pop("default_payout", UNSET)
        default_payout: Integr8DocsOfferPayoutConfig | Unset
        if isinstance(_default_payout, Unset):
            default_payout = UNSET
        else:
            default_payout = Integr8DocsOfferPayoutConfig.from_dict(_default_payout)

        description = d.pop("description", UNSET)

        enable_js_tracking = d.pop("enable_js_tracking", UNSET)

        fallback_url = d.pop("fallback_url", UNSET)

        impression_forwarding_enabled = d.pop("impression_forwarding_enabled", UNSET)

        impression_forwarding_url = d.pop("impression_forwarding_url", UNSET)

        manually_approve_conversions = d.pop("manually_approve_conversions", UNSET)

        name = d.pop("name", UNSET)

        offer_preview_enabled = d.pop("offer_preview_enabled", UNSET)

        parallel_tracking_enabled = d.pop("parallel_tracking_enabled", UNSET)

        parallel_tracking_url = d.pop("parallel_tracking_url", UNSET)

        primary_domain = d.pop("primary_domain", UNSET)

        restriction_note = d.pop("restriction_note", UNSET)

        targeting_group_id = d.pop("targeting_group_id", UNSET)

        targeting_simple_enabled = d.pop("targeting_simple_enabled", UNSET)

        terms_and_conditions = d.pop("terms_and_conditions", UNSET)

        terms_and_conditions_enabled = d.pop("terms_and_conditions_enabled", UNSET)

        view_through_attribution_enabled = d.pop("view_through_attribution_enabled", UNSET)

        visibility = d.pop("visibility", UNSET)

        id = d.pop("id", UNSET)

        incremental_id = d.pop("incremental_id", UNSET)

        integration_id = d.pop("integration_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        offer = cls(
            active=active,
            advertiser_id=advertiser_id,
            allow_duplicate_conversions=allow_duplicate_conversions,
            block_on_reject=block_on_reject,
            conversion_name=conversion_name,
            currency=currency,
            deep_link_enabled=deep_link_enabled,
            default_payout=default_payout,
            description=description,
            enable_js_tracking=enable_js_tracking,
            fallback_url=fallback_url,
            impression_forwarding_enabled=impression_forwarding_enabled,
            impression_forwarding_url=impression_forwarding_url,
            manually_approve_conversions=manually_approve_conversions,
            name=name,
            offer_preview_enabled=offer_preview_enabled,
            parallel_tracking_enabled=parallel_tracking_enabled,
            parallel_tracking_url=parallel_tracking_url,
            primary_domain=primary_domain,
            restriction_note=restriction_note,
            targeting_group_id=targeting_group_id,
            targeting_simple_enabled=targeting_simple_enabled,
            terms_and_conditions=terms_and_conditions,
            terms_and_conditions_enabled=terms_and_conditions_enabled,
            view_through_attribution_enabled=view_through_attribution_enabled,
            visibility=visibility,
            id=id,
            incremental_id=incremental_id,
            integration_id=integration_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        offer.additional_properties = d
        return offer

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
