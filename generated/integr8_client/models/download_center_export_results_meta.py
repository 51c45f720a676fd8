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

T = TypeVar("T", bound="DownloadCenterExportResultsMeta")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "total",
        "duration_seconds",
    }
)


@_attrs_define
class DownloadCenterExportResultsMeta:
    """
    Attributes:
        total (int | None | Unset): Number of rows exported.
        duration_seconds (int | None | Unset): Time the export took.
    """

    total: int | None | Unset = UNSET
    duration_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `DownloadCenterExportResultsMeta`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is DownloadCenterExportResultsMeta and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        total = _get("total", UNSET)
        if type(total) is not int and total is not UNSET:
            total = read_int(total, "total")

        duration_seconds = _get("duration_seconds", UNSET)
        if type(duration_seconds) is not int and duration_seconds is not UNSET:
            duration_seconds = read_int(duration_seconds, "duration_seconds")

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is DownloadCenterExportResultsMeta:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.total = total
            _instance.duration_seconds = duration_seconds
            _instance.additional_properties = _additional
            return _instance
        download_center_export_results_meta = cls(
            total,
            duration_seconds,
        )

        download_center_export_results_meta.additional_properties = _additional
        return download_center_export_results_meta

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


def _read_other_layout(src_dict: dict[str, Any]) -> DownloadCenterExportResultsMeta:
    """`DownloadCenterExportResultsMeta.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return DownloadCenterExportResultsMeta._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `DownloadCenterExportResultsMeta.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], DownloadCenterExportResultsMeta] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "total",
        "total",
        False,
        'if type(total) is not int:\n    total = read_int(total, "total")\n',
    ),
    (
        "duration_seconds",
        "duration_seconds",
        False,
        'if type(duration_seconds) is not int:\n    duration_seconds = read_int(duration_seconds, "duration_seconds")\n',
    ),
)
_READERS = LayoutReaders(DownloadCenterExportResultsMeta, _FIELDS, True, globals())
