from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickReportRow")


@_attrs_define
class ClickReportRow:
    """A click. Only `real_tx_id` is shown in the reference; the other fields are inferred from the report filters and the
    Update Conversion text.

        Attributes:
            real_tx_id (str): Cursor value of the row: pass it to `page[after]`/`page[before]`.
            tx_id (str | Unset): Transaction ID.
            status (str | Unset): Status. Known values: Approved, Rejected (open).
            offer_id (str | Unset):
            offer_name (str | Unset):
            publisher (str | Unset):
            publisher_name (str | Unset):
            advertiser (str | Unset):
            advertiser_name (str | Unset):
            request_time (str | Unset): When the click happened (format: 2006-01-02 15:04:05).
    """

    real_tx_id: str
    tx_id: str | Unset = UNSET
    status: str | Unset = UNSET
    offer_id: str | Unset = UNSET
    offer_name: str | Unset = UNSET
    publisher: str | Unset = UNSET
    publisher_name: str | Unset = UNSET
    advertiser: str | Unset = UNSET
    advertiser_name: str | Unset = UNSET
    request_time: str | Unset = UNSET
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
        d = dict(src_dict)
        real_tx_id = d.pop("real_tx_id")

        tx_id = d.pop("tx_id", UNSET)

        status = d.pop("status", UNSET)

        offer_id = d.pop("offer_id", UNSET)

        offer_name = d.pop("offer_name", UNSET)

        publisher = d.pop("publisher", UNSET)

        publisher_name = d.pop("publisher_name", UNSET)

        advertiser = d.pop("advertiser", UNSET)

        advertiser_name = d.pop("advertiser_name", UNSET)

        request_time = d.pop("request_time", UNSET)

        click_report_row = cls(
            real_tx_id=real_tx_id,
            tx_id=tx_id,
            status=status,
            offer_id=offer_id,
            offer_name=offer_name,
            publisher=publisher,
            publisher_name=publisher_name,
            advertiser=advertiser,
            advertiser_name=advertiser_name,
            request_time=request_time,
        )

        click_report_row.additional_properties = d
        return click_report_row

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
