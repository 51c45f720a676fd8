from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnreadableValue,
    Unset,
    read_object,
)

T = TypeVar("T", bound="PublisherSubIDData")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "data",
    }
)
# The key order of the object read last, and which of its keys are not in _KEYS (see from_dict).
_LAYOUT: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


@_attrs_define
class PublisherSubIDData:
    """
    Attributes:
        data (CsapiPublisherSubID | None | Unset): A managed publisher Sub ID (`csapi.PublisherSubID`). Fields from
            Create publisher sub ID; `id`, `publisher_id` and timestamps inferred.
    """

    data: CsapiPublisherSubID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | None | Unset
        if self.data is None:
            data = None
        else:
            data = UNSET
            if not isinstance(self.data, Unset):
                data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `PublisherSubIDData`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        _get = src_dict.get
        data = _get("data", UNSET)
        if type(data) is dict:
            try:
                data = CsapiPublisherSubID.from_dict(data)
            except UnreadableValue as _error:
                raise _error.within("data") from None
        elif data is not UNSET:
            read_object(data, "data")
            data = None

        # The objects of one answer share their keys and key order: which keys are additional is
        # worked out once per key order (_LAYOUT), not once per object.
        global _LAYOUT
        _keys = tuple(src_dict)
        _layout = _LAYOUT
        if _keys != _layout[0]:
            _layout = _LAYOUT = (_keys, tuple([key for key in _keys if key not in _KEYS]))
        _additional = {}
        for _name in _layout[1]:
            _additional[_name] = src_dict[_name]

        if cls is PublisherSubIDData:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.data = data
            _instance.additional_properties = _additional
            return _instance
        publisher_sub_id_data = cls(
            data,
        )

        publisher_sub_id_data.additional_properties = _additional
        return publisher_sub_id_data

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


# Imported here, after the class: models that refer to each other in a cycle still import.
from ..models.csapi_publisher_sub_id import CsapiPublisherSubID  # noqa: E402
