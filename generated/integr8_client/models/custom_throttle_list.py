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
    read_array,
    read_items,
    read_object,
)

T = TypeVar("T", bound="CustomThrottleList")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "data",
        "meta",
    }
)


@_attrs_define
class CustomThrottleList:
    """
    Attributes:
        data (list[CustomThrottle] | Unset):
        meta (ListMeta | None | Unset): Numbered-pagination metadata (from the reference's Pagination section).
    """

    data: list[CustomThrottle] | Unset = UNSET
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
        """Read a response's JSON object (already decoded) as `CustomThrottleList`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is CustomThrottleList and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        data = _get("data", UNSET)
        if type(data) is list:
            data = read_items(data, _m_custom_throttle._read_dict, "data")
        elif data is not UNSET:
            data = read_array(data, "data")

        meta = _get("meta", UNSET)
        if type(meta) is dict:
            try:
                meta = _m_list_meta._read_dict(meta)
            except UnreadableValue as _error:
                raise _error.within("meta") from None
        elif meta is not UNSET:
            read_object(meta, "meta")
            meta = None

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is CustomThrottleList:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.data = data
            _instance.meta = meta
            _instance.additional_properties = _additional
            return _instance
        custom_throttle_list = cls(
            data,
            meta,
        )

        custom_throttle_list.additional_properties = _additional
        return custom_throttle_list

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


def _read_other_layout(src_dict: dict[str, Any]) -> CustomThrottleList:
    """`CustomThrottleList.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return CustomThrottleList._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `CustomThrottleList.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], CustomThrottleList] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "data",
        "data",
        False,
        'if type(data) is list:\n    data = read_items(data, _m_custom_throttle._read_dict, "data")\nelse:\n    data = read_array(data, "data")\n',
    ),
    (
        "meta",
        "meta",
        False,
        'if type(meta) is dict:\n    try:\n        meta = _m_list_meta._read_dict(meta)\n    except UnreadableValue as _error:\n        raise _error.within("meta") from None\nelse:\n    read_object(meta, "meta")\n    meta = None\n',
    ),
)
_READERS = LayoutReaders(CustomThrottleList, _FIELDS, True, globals())


# Imported here, after the class: models that refer to each other in a cycle still import.
# The modules of nested objects (whose _read_dict reads them), imported after the class likewise.
from ..models import custom_throttle as _m_custom_throttle  # noqa: E402
from ..models import list_meta as _m_list_meta  # noqa: E402
from ..models.custom_throttle import CustomThrottle  # noqa: E402
from ..models.list_meta import ListMeta  # noqa: E402
