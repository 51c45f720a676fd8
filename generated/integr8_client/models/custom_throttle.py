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

T = TypeVar("T", bound="CustomThrottle")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "active",
        "additional_filters",
        "offer_incremental_id",
        "publisher_incremental_id",
        "throttle_percentage",
        "throttle_status",
        "id",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class CustomThrottle:
    """A publisher custom throttle. Fields from Create Custom Throttle; `id` and timestamps inferred.

    Attributes:
        active (bool | None | Unset): When custom throttle is active, either the offer, conversion, or event will be
            throttled according to throttle settings. Default: False.
        additional_filters (CsapiAdditionalThrottleRateFilters | None | Unset): Optional sub_id filters that narrow when
            a throttling rule applies. The reference collapses its fields; `sub_id` is inferred from the tag description.
        offer_incremental_id (int | None | Unset): The offer that the custom throttle is assigned to.
        publisher_incremental_id (int | None | Unset): The publisher that created the custom throttle.
        throttle_percentage (int | None | Unset): The chance that either the offer, conversion, or event will be
            throttled according to this percentage.
        throttle_status (str | None | Unset): The status to be used when either the offer, conversion, or event is
            throttled. Known values: Rejected, Pending. Open on the response side: a value the spec does not list still
            parses. Default: 'Pending'.
        id (str | None | Unset): Object ID.
        created_at (str | None | Unset): When the object was created (RFC 3339).
        updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | None | Unset = False
    additional_filters: CsapiAdditionalThrottleRateFilters | None | Unset = UNSET
    offer_incremental_id: int | None | Unset = UNSET
    publisher_incremental_id: int | None | Unset = UNSET
    throttle_percentage: int | None | Unset = UNSET
    throttle_status: str | None | Unset = "Pending"
    id: str | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        additional_filters: dict[str, Any] | None | Unset
        if self.additional_filters is None:
            additional_filters = None
        else:
            additional_filters = UNSET
            if not isinstance(self.additional_filters, Unset):
                additional_filters = self.additional_filters.to_dict()

        offer_incremental_id = self.offer_incremental_id

        publisher_incremental_id = self.publisher_incremental_id

        throttle_percentage = self.throttle_percentage

        throttle_status = self.throttle_status

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if additional_filters is not UNSET:
            field_dict["additional_filters"] = additional_filters
        if offer_incremental_id is not UNSET:
            field_dict["offer_incremental_id"] = offer_incremental_id
        if publisher_incremental_id is not UNSET:
            field_dict["publisher_incremental_id"] = publisher_incremental_id
        if throttle_percentage is not UNSET:
            field_dict["throttle_percentage"] = throttle_percentage
        if throttle_status is not UNSET:
            field_dict["throttle_status"] = throttle_status
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `CustomThrottle`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is CustomThrottle and type(src_dict) is dict:
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

        additional_filters = _get("additional_filters", UNSET)
        if type(additional_filters) is dict:
            try:
                additional_filters = _m_csapi_additional_throttle_rate_filters._read_dict(additional_filters)
            except UnreadableValue as _error:
                raise _error.within("additional_filters") from None
        elif additional_filters is not UNSET:
            read_object(additional_filters, "additional_filters")
            additional_filters = None

        offer_incremental_id = _get("offer_incremental_id", UNSET)
        if type(offer_incremental_id) is not int and offer_incremental_id is not UNSET:
            offer_incremental_id = read_int(offer_incremental_id, "offer_incremental_id")

        publisher_incremental_id = _get("publisher_incremental_id", UNSET)
        if type(publisher_incremental_id) is not int and publisher_incremental_id is not UNSET:
            publisher_incremental_id = read_int(publisher_incremental_id, "publisher_incremental_id")

        throttle_percentage = _get("throttle_percentage", UNSET)
        if type(throttle_percentage) is not int and throttle_percentage is not UNSET:
            throttle_percentage = read_int(throttle_percentage, "throttle_percentage")

        throttle_status = _get("throttle_status", UNSET)

        id = _get("id", UNSET)

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is CustomThrottle:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.active = active
            _instance.additional_filters = additional_filters
            _instance.offer_incremental_id = offer_incremental_id
            _instance.publisher_incremental_id = publisher_incremental_id
            _instance.throttle_percentage = throttle_percentage
            _instance.throttle_status = throttle_status
            _instance.id = id
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        custom_throttle = cls(
            active,
            additional_filters,
            offer_incremental_id,
            publisher_incremental_id,
            throttle_percentage,
            throttle_status,
            id,
            created_at,
            updated_at,
        )

        custom_throttle.additional_properties = _additional
        return custom_throttle

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


def _read_other_layout(src_dict: dict[str, Any]) -> CustomThrottle:
    """`CustomThrottle.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return CustomThrottle._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `CustomThrottle.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], CustomThrottle] = _read_other_layout


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
        "additional_filters",
        "additional_filters",
        False,
        'if type(additional_filters) is dict:\n    try:\n        additional_filters = _m_csapi_additional_throttle_rate_filters._read_dict(additional_filters)\n    except UnreadableValue as _error:\n        raise _error.within("additional_filters") from None\nelse:\n    read_object(additional_filters, "additional_filters")\n    additional_filters = None\n',
    ),
    (
        "offer_incremental_id",
        "offer_incremental_id",
        False,
        'if type(offer_incremental_id) is not int:\n    offer_incremental_id = read_int(offer_incremental_id, "offer_incremental_id")\n',
    ),
    (
        "publisher_incremental_id",
        "publisher_incremental_id",
        False,
        'if type(publisher_incremental_id) is not int:\n    publisher_incremental_id = read_int(publisher_incremental_id, "publisher_incremental_id")\n',
    ),
    (
        "throttle_percentage",
        "throttle_percentage",
        False,
        'if type(throttle_percentage) is not int:\n    throttle_percentage = read_int(throttle_percentage, "throttle_percentage")\n',
    ),
    (
        "throttle_status",
        "throttle_status",
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
_READERS = LayoutReaders(CustomThrottle, _FIELDS, True, globals())


# Imported here, after the class: models that refer to each other in a cycle still import.
# The modules of nested objects (whose _read_dict reads them), imported after the class likewise.
from ..models import csapi_additional_throttle_rate_filters as _m_csapi_additional_throttle_rate_filters  # noqa: E402
from ..models.csapi_additional_throttle_rate_filters import CsapiAdditionalThrottleRateFilters  # noqa: E402
