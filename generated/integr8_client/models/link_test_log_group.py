from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LayoutField,
    LayoutReaders,
    Unset,
    model_repr,
    read_int,
)

T = TypeVar("T", bound="LinkTestLogGroup")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "integration_id",
        "advertiser",
        "offer",
        "test_url_domain",
        "final_domain",
        "proxy_country",
        "device",
        "advertiser_incremental_id",
        "offer_incremental_id",
        "landing_page_incremental_id",
        "count",
    }
)


@_attrs_define
class LinkTestLogGroup:
    """A row of grouped link test logs: the grouping fields requested in `fields`, plus counts. Inferred.

    Attributes:
        integration_id (str | None | Unset):
        advertiser (str | None | Unset):
        offer (str | None | Unset):
        test_url_domain (str | None | Unset):
        final_domain (str | None | Unset):
        proxy_country (str | None | Unset):
        device (str | None | Unset):
        advertiser_incremental_id (int | None | Unset):
        offer_incremental_id (int | None | Unset):
        landing_page_incremental_id (int | None | Unset):
        count (int | None | Unset):
    """

    integration_id: str | None | Unset = UNSET
    advertiser: str | None | Unset = UNSET
    offer: str | None | Unset = UNSET
    test_url_domain: str | None | Unset = UNSET
    final_domain: str | None | Unset = UNSET
    proxy_country: str | None | Unset = UNSET
    device: str | None | Unset = UNSET
    advertiser_incremental_id: int | None | Unset = UNSET
    offer_incremental_id: int | None | Unset = UNSET
    landing_page_incremental_id: int | None | Unset = UNSET
    count: int | None | Unset = UNSET
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
        """Read a response's JSON object (already decoded) as `LinkTestLogGroup`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is LinkTestLogGroup and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        integration_id = _get("integration_id", UNSET)

        advertiser = _get("advertiser", UNSET)

        offer = _get("offer", UNSET)

        test_url_domain = _get("test_url_domain", UNSET)

        final_domain = _get("final_domain", UNSET)

        proxy_country = _get("proxy_country", UNSET)

        device = _get("device", UNSET)

        advertiser_incremental_id = _get("advertiser_incremental_id", UNSET)
        if type(advertiser_incremental_id) is not int and advertiser_incremental_id is not UNSET:
            advertiser_incremental_id = read_int(advertiser_incremental_id, "advertiser_incremental_id")

        offer_incremental_id = _get("offer_incremental_id", UNSET)
        if type(offer_incremental_id) is not int and offer_incremental_id is not UNSET:
            offer_incremental_id = read_int(offer_incremental_id, "offer_incremental_id")

        landing_page_incremental_id = _get("landing_page_incremental_id", UNSET)
        if type(landing_page_incremental_id) is not int and landing_page_incremental_id is not UNSET:
            landing_page_incremental_id = read_int(landing_page_incremental_id, "landing_page_incremental_id")

        count = _get("count", UNSET)
        if type(count) is not int and count is not UNSET:
            count = read_int(count, "count")

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is LinkTestLogGroup:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.integration_id = integration_id
            _instance.advertiser = advertiser
            _instance.offer = offer
            _instance.test_url_domain = test_url_domain
            _instance.final_domain = final_domain
            _instance.proxy_country = proxy_country
            _instance.device = device
            _instance.advertiser_incremental_id = advertiser_incremental_id
            _instance.offer_incremental_id = offer_incremental_id
            _instance.landing_page_incremental_id = landing_page_incremental_id
            _instance.count = count
            _instance.additional_properties = _additional
            return _instance
        link_test_log_group = cls(
            integration_id,
            advertiser,
            offer,
            test_url_domain,
            final_domain,
            proxy_country,
            device,
            advertiser_incremental_id,
            offer_incremental_id,
            landing_page_incremental_id,
            count,
        )

        link_test_log_group.additional_properties = _additional
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

    def __repr__(self) -> str:
        return model_repr(self)


def _read_other_layout(src_dict: dict[str, Any]) -> LinkTestLogGroup:
    """`LinkTestLogGroup.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return LinkTestLogGroup._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `LinkTestLogGroup.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], LinkTestLogGroup] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "integration_id",
        "integration_id",
        False,
        "",
    ),
    (
        "advertiser",
        "advertiser",
        False,
        "",
    ),
    (
        "offer",
        "offer",
        False,
        "",
    ),
    (
        "test_url_domain",
        "test_url_domain",
        False,
        "",
    ),
    (
        "final_domain",
        "final_domain",
        False,
        "",
    ),
    (
        "proxy_country",
        "proxy_country",
        False,
        "",
    ),
    (
        "device",
        "device",
        False,
        "",
    ),
    (
        "advertiser_incremental_id",
        "advertiser_incremental_id",
        False,
        'if type(advertiser_incremental_id) is not int:\n    advertiser_incremental_id = read_int(advertiser_incremental_id, "advertiser_incremental_id")\n',
    ),
    (
        "offer_incremental_id",
        "offer_incremental_id",
        False,
        'if type(offer_incremental_id) is not int:\n    offer_incremental_id = read_int(offer_incremental_id, "offer_incremental_id")\n',
    ),
    (
        "landing_page_incremental_id",
        "landing_page_incremental_id",
        False,
        'if type(landing_page_incremental_id) is not int:\n    landing_page_incremental_id = read_int(landing_page_incremental_id, "landing_page_incremental_id")\n',
    ),
    (
        "count",
        "count",
        False,
        'if type(count) is not int:\n    count = read_int(count, "count")\n',
    ),
)
_READERS = LayoutReaders(LinkTestLogGroup, _FIELDS, True, globals())
