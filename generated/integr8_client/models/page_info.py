from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """Cursor-pagination state of a report page.

    Attributes:
        start_cursor (str | Unset): Cursor (real_tx_id) of the first object of the page.
        end_cursor (str | Unset): Cursor (real_tx_id) of the last object of the page.
        has_next_page (bool | Unset):
        has_previous_page (bool | Unset):
    """

    start_cursor: str | Unset = UNSET
    end_cursor: str | Unset = UNSET
    has_next_page: bool | Unset = UNSET
    has_previous_page: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_cursor = self.start_cursor

        end_cursor = self.end_cursor

        has_next_page = self.has_next_page

        has_previous_page = self.has_previous_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_cursor is not UNSET:
            field_dict["startCursor"] = start_cursor
        if end_cursor is not UNSET:
            field_dict["endCursor"] = end_cursor
        if has_next_page is not UNSET:
            field_dict["hasNextPage"] = has_next_page
        if has_previous_page is not UNSET:
            field_dict["hasPreviousPage"] = has_previous_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_cursor = d.pop("startCursor", UNSET)

        end_cursor = d.pop("endCursor", UNSET)

        has_next_page = d.pop("hasNextPage", UNSET)

        has_previous_page = d.pop("hasPreviousPage", UNSET)

        page_info = cls(
            start_cursor=start_cursor,
            end_cursor=end_cursor,
            has_next_page=has_next_page,
            has_previous_page=has_previous_page,
        )

        page_info.additional_properties = d
        return page_info

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
