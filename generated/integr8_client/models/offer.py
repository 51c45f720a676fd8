from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LayoutField,
    LayoutReaders,
    UnreadableValue,
    Unset,
    model_repr,
    read_bool,
    read_int,
    read_object,
)

T = TypeVar("T", bound="Offer")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "active",
        "advertiser_id",
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
        "name",
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
        "id",
        "incremental_id",
        "integration_id",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class Offer:
    """An offer. Fields from Create Offer; ids and timestamps inferred.

    Attributes:
        active (bool | None | Unset):
        advertiser_id (int | None | Unset):
        allow_duplicate_conversions (bool | None | Unset):
        block_on_reject (bool | None | Unset):
        conversion_name (str | None | Unset):
        currency (str | None | Unset): Known values: USD, EUR. Open on the response side: a value the spec does not list
            still parses.
        deep_link_enabled (bool | None | Unset):
        default_payout (Integr8DocsOfferPayoutConfig | None | Unset): An offer's default payout and revenue
            (`default_payout`). The reference collapses its fields; these are inferred from the offer-event and custom-
            payout payout fields.
        description (str | None | Unset):
        enable_js_tracking (bool | None | Unset):
        fallback_url (str | None | Unset):
        impression_forwarding_enabled (bool | None | Unset):
        impression_forwarding_url (str | None | Unset):
        manually_approve_conversions (bool | None | Unset):
        name (str | None | Unset):
        offer_preview_enabled (bool | None | Unset):
        parallel_tracking_enabled (bool | None | Unset):
        parallel_tracking_url (str | None | Unset):
        primary_domain (str | None | Unset):
        restriction_note (str | None | Unset):
        targeting_group_id (str | None | Unset):
        targeting_simple_enabled (bool | None | Unset):
        terms_and_conditions (str | None | Unset):
        terms_and_conditions_enabled (bool | None | Unset):
        view_through_attribution_enabled (bool | None | Unset):
        visibility (str | None | Unset): Known values: Public, Private, Requires_Approval. Open on the response side: a
            value the spec does not list still parses.
        id (str | None | Unset): Object ID.
        incremental_id (int | None | Unset): The incremental ID the reference mentions (used to connect objects and in
            reports).
        integration_id (str | None | Unset): Integration the offer belongs to.
        created_at (str | None | Unset): When the object was created (RFC 3339).
        updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | None | Unset = UNSET
    advertiser_id: int | None | Unset = UNSET
    allow_duplicate_conversions: bool | None | Unset = UNSET
    block_on_reject: bool | None | Unset = UNSET
    conversion_name: str | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    deep_link_enabled: bool | None | Unset = UNSET
    default_payout: Integr8DocsOfferPayoutConfig | None | Unset = UNSET
    description: str | None | Unset = UNSET
    enable_js_tracking: bool | None | Unset = UNSET
    fallback_url: str | None | Unset = UNSET
    impression_forwarding_enabled: bool | None | Unset = UNSET
    impression_forwarding_url: str | None | Unset = UNSET
    manually_approve_conversions: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    offer_preview_enabled: bool | None | Unset = UNSET
    parallel_tracking_enabled: bool | None | Unset = UNSET
    parallel_tracking_url: str | None | Unset = UNSET
    primary_domain: str | None | Unset = UNSET
    restriction_note: str | None | Unset = UNSET
    targeting_group_id: str | None | Unset = UNSET
    targeting_simple_enabled: bool | None | Unset = UNSET
    terms_and_conditions: str | None | Unset = UNSET
    terms_and_conditions_enabled: bool | None | Unset = UNSET
    view_through_attribution_enabled: bool | None | Unset = UNSET
    visibility: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    incremental_id: int | None | Unset = UNSET
    integration_id: str | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        advertiser_id = self.advertiser_id

        allow_duplicate_conversions = self.allow_duplicate_conversions

        block_on_reject = self.block_on_reject

        conversion_name = self.conversion_name

        currency = self.currency

        deep_link_enabled = self.deep_link_enabled

        default_payout: dict[str, Any] | None | Unset
        if self.default_payout is None:
            default_payout = None
        else:
            default_payout = UNSET
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
        """Read a response's JSON object (already decoded) as `Offer`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is Offer and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        active = _get("active", UNSET)
        if active is not True and active is not False and active is not UNSET:
            active = read_bool(active, "active")

        advertiser_id = _get("advertiser_id", UNSET)
        if type(advertiser_id) is not int and advertiser_id is not UNSET:
            advertiser_id = read_int(advertiser_id, "advertiser_id")

        allow_duplicate_conversions = _get("allow_duplicate_conversions", UNSET)
        if (
            allow_duplicate_conversions is not True
            and allow_duplicate_conversions is not False
            and allow_duplicate_conversions is not UNSET
        ):
            allow_duplicate_conversions = read_bool(allow_duplicate_conversions, "allow_duplicate_conversions")

        block_on_reject = _get("block_on_reject", UNSET)
        if block_on_reject is not True and block_on_reject is not False and block_on_reject is not UNSET:
            block_on_reject = read_bool(block_on_reject, "block_on_reject")

        conversion_name = _get("conversion_name", UNSET)

        currency = _get("currency", UNSET)

        deep_link_enabled = _get("deep_link_enabled", UNSET)
        if deep_link_enabled is not True and deep_link_enabled is not False and deep_link_enabled is not UNSET:
            deep_link_enabled = read_bool(deep_link_enabled, "deep_link_enabled")

        default_payout = _get("default_payout", UNSET)
        if type(default_payout) is dict:
            try:
                default_payout = _m_integr_8_docs_offer_payout_config._read_dict(default_payout)
            except UnreadableValue as _error:
                raise _error.within("default_payout") from None
        elif default_payout is not UNSET:
            read_object(default_payout, "default_payout")
            default_payout = None

        description = _get("description", UNSET)

        enable_js_tracking = _get("enable_js_tracking", UNSET)
        if enable_js_tracking is not True and enable_js_tracking is not False and enable_js_tracking is not UNSET:
            enable_js_tracking = read_bool(enable_js_tracking, "enable_js_tracking")

        fallback_url = _get("fallback_url", UNSET)

        impression_forwarding_enabled = _get("impression_forwarding_enabled", UNSET)
        if (
            impression_forwarding_enabled is not True
            and impression_forwarding_enabled is not False
            and impression_forwarding_enabled is not UNSET
        ):
            impression_forwarding_enabled = read_bool(impression_forwarding_enabled, "impression_forwarding_enabled")

        impression_forwarding_url = _get("impression_forwarding_url", UNSET)

        manually_approve_conversions = _get("manually_approve_conversions", UNSET)
        if (
            manually_approve_conversions is not True
            and manually_approve_conversions is not False
            and manually_approve_conversions is not UNSET
        ):
            manually_approve_conversions = read_bool(manually_approve_conversions, "manually_approve_conversions")

        name = _get("name", UNSET)

        offer_preview_enabled = _get("offer_preview_enabled", UNSET)
        if (
            offer_preview_enabled is not True
            and offer_preview_enabled is not False
            and offer_preview_enabled is not UNSET
        ):
            offer_preview_enabled = read_bool(offer_preview_enabled, "offer_preview_enabled")

        parallel_tracking_enabled = _get("parallel_tracking_enabled", UNSET)
        if (
            parallel_tracking_enabled is not True
            and parallel_tracking_enabled is not False
            and parallel_tracking_enabled is not UNSET
        ):
            parallel_tracking_enabled = read_bool(parallel_tracking_enabled, "parallel_tracking_enabled")

        parallel_tracking_url = _get("parallel_tracking_url", UNSET)

        primary_domain = _get("primary_domain", UNSET)

        restriction_note = _get("restriction_note", UNSET)

        targeting_group_id = _get("targeting_group_id", UNSET)

        targeting_simple_enabled = _get("targeting_simple_enabled", UNSET)
        if (
            targeting_simple_enabled is not True
            and targeting_simple_enabled is not False
            and targeting_simple_enabled is not UNSET
        ):
            targeting_simple_enabled = read_bool(targeting_simple_enabled, "targeting_simple_enabled")

        terms_and_conditions = _get("terms_and_conditions", UNSET)

        terms_and_conditions_enabled = _get("terms_and_conditions_enabled", UNSET)
        if (
            terms_and_conditions_enabled is not True
            and terms_and_conditions_enabled is not False
            and terms_and_conditions_enabled is not UNSET
        ):
            terms_and_conditions_enabled = read_bool(terms_and_conditions_enabled, "terms_and_conditions_enabled")

        view_through_attribution_enabled = _get("view_through_attribution_enabled", UNSET)
        if (
            view_through_attribution_enabled is not True
            and view_through_attribution_enabled is not False
            and view_through_attribution_enabled is not UNSET
        ):
            view_through_attribution_enabled = read_bool(
                view_through_attribution_enabled, "view_through_attribution_enabled"
            )

        visibility = _get("visibility", UNSET)

        id = _get("id", UNSET)

        incremental_id = _get("incremental_id", UNSET)
        if type(incremental_id) is not int and incremental_id is not UNSET:
            incremental_id = read_int(incremental_id, "incremental_id")

        integration_id = _get("integration_id", UNSET)

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is Offer:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.active = active
            _instance.advertiser_id = advertiser_id
            _instance.allow_duplicate_conversions = allow_duplicate_conversions
            _instance.block_on_reject = block_on_reject
            _instance.conversion_name = conversion_name
            _instance.currency = currency
            _instance.deep_link_enabled = deep_link_enabled
            _instance.default_payout = default_payout
            _instance.description = description
            _instance.enable_js_tracking = enable_js_tracking
            _instance.fallback_url = fallback_url
            _instance.impression_forwarding_enabled = impression_forwarding_enabled
            _instance.impression_forwarding_url = impression_forwarding_url
            _instance.manually_approve_conversions = manually_approve_conversions
            _instance.name = name
            _instance.offer_preview_enabled = offer_preview_enabled
            _instance.parallel_tracking_enabled = parallel_tracking_enabled
            _instance.parallel_tracking_url = parallel_tracking_url
            _instance.primary_domain = primary_domain
            _instance.restriction_note = restriction_note
            _instance.targeting_group_id = targeting_group_id
            _instance.targeting_simple_enabled = targeting_simple_enabled
            _instance.terms_and_conditions = terms_and_conditions
            _instance.terms_and_conditions_enabled = terms_and_conditions_enabled
            _instance.view_through_attribution_enabled = view_through_attribution_enabled
            _instance.visibility = visibility
            _instance.id = id
            _instance.incremental_id = incremental_id
            _instance.integration_id = integration_id
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        offer = cls(
            active,
            advertiser_id,
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
            name,
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
            id,
            incremental_id,
            integration_id,
            created_at,
            updated_at,
        )

        offer.additional_properties = _additional
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

    def __repr__(self) -> str:
        return model_repr(self)


def _read_other_layout(src_dict: dict[str, Any]) -> Offer:
    """`Offer.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return Offer._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `Offer.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], Offer] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "active",
        "active",
        False,
        'if active is not True and active is not False:\n    active = read_bool(active, "active")\n',
    ),
    (
        "advertiser_id",
        "advertiser_id",
        False,
        'if type(advertiser_id) is not int:\n    advertiser_id = read_int(advertiser_id, "advertiser_id")\n',
    ),
    (
        "allow_duplicate_conversions",
        "allow_duplicate_conversions",
        False,
        'if allow_duplicate_conversions is not True and allow_duplicate_conversions is not False:\n    allow_duplicate_conversions = read_bool(allow_duplicate_conversions, "allow_duplicate_conversions")\n',
    ),
    (
        "block_on_reject",
        "block_on_reject",
        False,
        'if block_on_reject is not True and block_on_reject is not False:\n    block_on_reject = read_bool(block_on_reject, "block_on_reject")\n',
    ),
    (
        "conversion_name",
        "conversion_name",
        False,
        "",
    ),
    (
        "currency",
        "currency",
        False,
        "",
    ),
    (
        "deep_link_enabled",
        "deep_link_enabled",
        False,
        'if deep_link_enabled is not True and deep_link_enabled is not False:\n    deep_link_enabled = read_bool(deep_link_enabled, "deep_link_enabled")\n',
    ),
    (
        "default_payout",
        "default_payout",
        False,
        'if type(default_payout) is dict:\n    try:\n        default_payout = _m_integr_8_docs_offer_payout_config._read_dict(default_payout)\n    except UnreadableValue as _error:\n        raise _error.within("default_payout") from None\nelse:\n    read_object(default_payout, "default_payout")\n    default_payout = None\n',
    ),
    (
        "description",
        "description",
        False,
        "",
    ),
    (
        "enable_js_tracking",
        "enable_js_tracking",
        False,
        'if enable_js_tracking is not True and enable_js_tracking is not False:\n    enable_js_tracking = read_bool(enable_js_tracking, "enable_js_tracking")\n',
    ),
    (
        "fallback_url",
        "fallback_url",
        False,
        "",
    ),
    (
        "impression_forwarding_enabled",
        "impression_forwarding_enabled",
        False,
        'if impression_forwarding_enabled is not True and impression_forwarding_enabled is not False:\n    impression_forwarding_enabled = read_bool(impression_forwarding_enabled, "impression_forwarding_enabled")\n',
    ),
    (
        "impression_forwarding_url",
        "impression_forwarding_url",
        False,
        "",
    ),
    (
        "manually_approve_conversions",
        "manually_approve_conversions",
        False,
        'if manually_approve_conversions is not True and manually_approve_conversions is not False:\n    manually_approve_conversions = read_bool(manually_approve_conversions, "manually_approve_conversions")\n',
    ),
    (
        "name",
        "name",
        False,
        "",
    ),
    (
        "offer_preview_enabled",
        "offer_preview_enabled",
        False,
        'if offer_preview_enabled is not True and offer_preview_enabled is not False:\n    offer_preview_enabled = read_bool(offer_preview_enabled, "offer_preview_enabled")\n',
    ),
    (
        "parallel_tracking_enabled",
        "parallel_tracking_enabled",
        False,
        'if parallel_tracking_enabled is not True and parallel_tracking_enabled is not False:\n    parallel_tracking_enabled = read_bool(parallel_tracking_enabled, "parallel_tracking_enabled")\n',
    ),
    (
        "parallel_tracking_url",
        "parallel_tracking_url",
        False,
        "",
    ),
    (
        "primary_domain",
        "primary_domain",
        False,
        "",
    ),
    (
        "restriction_note",
        "restriction_note",
        False,
        "",
    ),
    (
        "targeting_group_id",
        "targeting_group_id",
        False,
        "",
    ),
    (
        "targeting_simple_enabled",
        "targeting_simple_enabled",
        False,
        'if targeting_simple_enabled is not True and targeting_simple_enabled is not False:\n    targeting_simple_enabled = read_bool(targeting_simple_enabled, "targeting_simple_enabled")\n',
    ),
    (
        "terms_and_conditions",
        "terms_and_conditions",
        False,
        "",
    ),
    (
        "terms_and_conditions_enabled",
        "terms_and_conditions_enabled",
        False,
        'if terms_and_conditions_enabled is not True and terms_and_conditions_enabled is not False:\n    terms_and_conditions_enabled = read_bool(terms_and_conditions_enabled, "terms_and_conditions_enabled")\n',
    ),
    (
        "view_through_attribution_enabled",
        "view_through_attribution_enabled",
        False,
        'if view_through_attribution_enabled is not True and view_through_attribution_enabled is not False:\n    view_through_attribution_enabled = read_bool(view_through_attribution_enabled, "view_through_attribution_enabled")\n',
    ),
    (
        "visibility",
        "visibility",
        False,
        "",
    ),
    (
        "id",
        "id",
        False,
        "",
    ),
    (
        "incremental_id",
        "incremental_id",
        False,
        'if type(incremental_id) is not int:\n    incremental_id = read_int(incremental_id, "incremental_id")\n',
    ),
    (
        "integration_id",
        "integration_id",
        False,
        "",
    ),
    (
        "created_at",
        "created_at",
        False,
        "",
    ),
    (
        "updated_at",
        "updated_at",
        False,
        "",
    ),
)
_READERS = LayoutReaders(Offer, _FIELDS, True, globals())


# Imported here, after the class: models that refer to each other in a cycle still import.
# The modules of nested objects (whose _read_dict reads them), imported after the class likewise.
from ..models import integr_8_docs_offer_payout_config as _m_integr_8_docs_offer_payout_config  # noqa: E402
from ..models.integr_8_docs_offer_payout_config import Integr8DocsOfferPayoutConfig  # noqa: E402
