from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="OfferLandingPageRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "name",
        "redirect_url",
        "active",
        "hide_from_publishers",
        "preview_url",
    }
)


@_attrs_define
class OfferLandingPageRequest:
    """
    Attributes:
        name (str):
        redirect_url (str):
        active (bool | Unset):
        hide_from_publishers (bool | Unset):
        preview_url (str | Unset):
    """

    name: str
    redirect_url: str
    active: bool | Unset = UNSET
    hide_from_publishers: bool | Unset = UNSET
    preview_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        redirect_url = self.redirect_url

        active = self.active

        hide_from_publishers = self.hide_from_publishers

        preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "redirect_url": redirect_url,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if hide_from_publishers is not UNSET:
            field_dict["hide_from_publishers"] = hide_from_publishers
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        redirect_url = src_dict["redirect_url"]

        active = src_dict.get("active", UNSET)

        hide_from_publishers = src_dict.get("hide_from_publishers", UNSET)

        preview_url = src_dict.get("preview_url", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        offer_landing_page_request = cls(
            name,
            redirect_url,
            active,
            hide_from_publishers,
            preview_url,
        )

        offer_landing_page_request.additional_properties = _additional
        return offer_landing_page_request

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
