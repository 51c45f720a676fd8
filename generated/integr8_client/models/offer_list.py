from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UnreadableValue,
    Unset,
    read_array,
    read_items,
    read_object,
)

T = TypeVar("T", bound="OfferList")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "data",
        "meta",
    }
)
# The key order of the object read last, and which of its keys are not in _KEYS (see from_dict).
_LAYOUT: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


@_attrs_define
class OfferList:
    """
    Attributes:
        data (list[Offer] | Unset):
        meta (ListMeta | None | Unset): Numbered-pagination metadata (from the reference's Pagination section).
    """

    data: list[Offer] | Unset = UNSET
    meta: ListMeta | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | None | Unset
        if self.meta is None:
            meta = None
        else:
            meta = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `OfferList`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        _get = src_dict.get
        data = _get("data", UNSET)
        if type(data) is list:
            data = read_items(data, Offer.from_dict, "data")
        elif data is not UNSET:
            data = read_array(data, "data")

        meta = _get("meta", UNSET)
        if type(meta) is dict:
            try:
                meta = ListMeta.from_dict(meta)
            except UnreadableValue as _error:
                raise _error.within("meta") from None
        elif meta is not UNSET:
            read_object(meta, "meta")
            meta = None

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

        if cls is OfferList:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.data = data
            _instance.meta = meta
            _instance.additional_properties = _additional
            return _instance
        offer_list = cls(
            data,
            meta,
        )

        offer_list.additional_properties = _additional
        return offer_list

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
from ..models.list_meta import ListMeta  # noqa: E402
from ..models.offer import Offer  # noqa: E402
