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
    read_array,
)

T = TypeVar("T", bound="CsapiAdditionalThrottleRateFilters")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "sub_id",
    }
)


@_attrs_define
class CsapiAdditionalThrottleRateFilters:
    """Optional sub_id filters that narrow when a throttling rule applies. The reference collapses its fields; `sub_id` is
    inferred from the tag description.

        Attributes:
            sub_id (list[str] | Unset): sub_id values the rule applies to.
    """

    sub_id: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_id: list[str] | Unset = UNSET
        if not isinstance(self.sub_id, Unset):
            sub_id = self.sub_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_id is not UNSET:
            field_dict["sub_id"] = sub_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `CsapiAdditionalThrottleRateFilters`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is CsapiAdditionalThrottleRateFilters and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        sub_id = _get("sub_id", UNSET)
        if type(sub_id) is list:
            pass
        elif sub_id is not UNSET:
            sub_id = read_array(sub_id, "sub_id")

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is CsapiAdditionalThrottleRateFilters:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.sub_id = sub_id
            _instance.additional_properties = _additional
            return _instance
        csapi_additional_throttle_rate_filters = cls(
            sub_id,
        )

        csapi_additional_throttle_rate_filters.additional_properties = _additional
        return csapi_additional_throttle_rate_filters

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


def _read_other_layout(src_dict: dict[str, Any]) -> CsapiAdditionalThrottleRateFilters:
    """`CsapiAdditionalThrottleRateFilters.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return CsapiAdditionalThrottleRateFilters._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `CsapiAdditionalThrottleRateFilters.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], CsapiAdditionalThrottleRateFilters] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "sub_id",
        "sub_id",
        False,
        'if type(sub_id) is list:\n    pass\nelse:\n    sub_id = read_array(sub_id, "sub_id")\n',
    ),
)
_READERS = LayoutReaders(CsapiAdditionalThrottleRateFilters, _FIELDS, True, globals())
