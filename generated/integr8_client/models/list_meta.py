from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    read_int,
)

T = TypeVar("T", bound="ListMeta")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "total_count",
        "total_page",
    }
)
# The key order of the object read last, and which of its keys are not in _KEYS (see from_dict).
_LAYOUT: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


@_attrs_define
class ListMeta:
    """Numbered-pagination metadata (from the reference's Pagination section).

    Attributes:
        total_count (int | None | Unset): Number of objects in total.
        total_page (int | None | Unset): Number of pages in total.
    """

    total_count: int | None | Unset = UNSET
    total_page: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        total_page = self.total_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if total_page is not UNSET:
            field_dict["total_page"] = total_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `ListMeta`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        _get = src_dict.get
        total_count = _get("total_count", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = read_int(total_count, "total_count")

        total_page = _get("total_page", UNSET)
        if type(total_page) is not int and total_page is not UNSET:
            total_page = read_int(total_page, "total_page")

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

        if cls is ListMeta:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.total_count = total_count
            _instance.total_page = total_page
            _instance.additional_properties = _additional
            return _instance
        list_meta = cls(
            total_count,
            total_page,
        )

        list_meta.additional_properties = _additional
        return list_meta

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
