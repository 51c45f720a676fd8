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
)

T = TypeVar("T", bound="ImpressionReportRow")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "real_tx_id",
        "tx_id",
        "status",
        "offer_id",
        "offer_name",
        "publisher",
        "publisher_name",
        "advertiser",
        "advertiser_name",
        "request_time",
    }
)


@_attrs_define
class ImpressionReportRow:
    """An impression. Only `real_tx_id` is shown in the reference; the other fields are inferred from the report filters
    and the Update Conversion text.

        Attributes:
            real_tx_id (str | None): Cursor value of the row: pass it to `page[after]`/`page[before]`.
            tx_id (str | None | Unset): Transaction ID.
            status (str | None | Unset): Status. Known values: Approved, Rejected (open).
            offer_id (str | None | Unset):
            offer_name (str | None | Unset):
            publisher (str | None | Unset):
            publisher_name (str | None | Unset):
            advertiser (str | None | Unset):
            advertiser_name (str | None | Unset):
            request_time (str | None | Unset): When the impression happened (format: 2006-01-02 15:04:05).
    """

    real_tx_id: str | None
    tx_id: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    offer_id: str | None | Unset = UNSET
    offer_name: str | None | Unset = UNSET
    publisher: str | None | Unset = UNSET
    publisher_name: str | None | Unset = UNSET
    advertiser: str | None | Unset = UNSET
    advertiser_name: str | None | Unset = UNSET
    request_time: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        real_tx_id = self.real_tx_id

        tx_id = self.tx_id

        status = self.status

        offer_id = self.offer_id

        offer_name = self.offer_name

        publisher = self.publisher

        publisher_name = self.publisher_name

        advertiser = self.advertiser

        advertiser_name = self.advertiser_name

        request_time = self.request_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "real_tx_id": real_tx_id,
            }
        )
        if tx_id is not UNSET:
            field_dict["tx_id"] = tx_id
        if status is not UNSET:
            field_dict["status"] = status
        if offer_id is not UNSET:
            field_dict["offer_id"] = offer_id
        if offer_name is not UNSET:
            field_dict["offer_name"] = offer_name
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if publisher_name is not UNSET:
            field_dict["publisher_name"] = publisher_name
        if advertiser is not UNSET:
            field_dict["advertiser"] = advertiser
        if advertiser_name is not UNSET:
            field_dict["advertiser_name"] = advertiser_name
        if request_time is not UNSET:
            field_dict["request_time"] = request_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `ImpressionReportRow`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is ImpressionReportRow and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        try:
            real_tx_id = src_dict["real_tx_id"]
        except KeyError:
            raise UnreadableValue("real_tx_id", "missing", "string") from None

        tx_id = _get("tx_id", UNSET)

        status = _get("status", UNSET)

        offer_id = _get("offer_id", UNSET)

        offer_name = _get("offer_name", UNSET)

        publisher = _get("publisher", UNSET)

        publisher_name = _get("publisher_name", UNSET)

        advertiser = _get("advertiser", UNSET)

        advertiser_name = _get("advertiser_name", UNSET)

        request_time = _get("request_time", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is ImpressionReportRow:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.real_tx_id = real_tx_id
            _instance.tx_id = tx_id
            _instance.status = status
            _instance.offer_id = offer_id
            _instance.offer_name = offer_name
            _instance.publisher = publisher
            _instance.publisher_name = publisher_name
            _instance.advertiser = advertiser
            _instance.advertiser_name = advertiser_name
            _instance.request_time = request_time
            _instance.additional_properties = _additional
            return _instance
        impression_report_row = cls(
            real_tx_id,
            tx_id,
            status,
            offer_id,
            offer_name,
            publisher,
            publisher_name,
            advertiser,
            advertiser_name,
            request_time,
        )

        impression_report_row.additional_properties = _additional
        return impression_report_row

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


def _read_other_layout(src_dict: dict[str, Any]) -> ImpressionReportRow:
    """`ImpressionReportRow.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return ImpressionReportRow._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `ImpressionReportRow.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], ImpressionReportRow] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "real_tx_id",
        "real_tx_id",
        True,
        "",
    ),
    (
        "tx_id",
        "tx_id",
        False,
        "",
    ),
    (
        "status",
        "status",
        False,
        "",
    ),
    (
        "offer_id",
        "offer_id",
        False,
        "",
    ),
    (
        "offer_name",
        "offer_name",
        False,
        "",
    ),
    (
        "publisher",
        "publisher",
        False,
        "",
    ),
    (
        "publisher_name",
        "publisher_name",
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
        "advertiser_name",
        "advertiser_name",
        False,
        "",
    ),
    (
        "request_time",
        "request_time",
        False,
        "",
    ),
)
_READERS = LayoutReaders(ImpressionReportRow, _FIELDS, True, globals())
