from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferLandingPage")


@_attrs_define
class OfferLandingPage:
    """An offer landing page. Fields from Create an offer landing page; ids and timestamps inferred.

    Attributes:
        active (bool | Unset):
        hide_from_publishers (bool | Unset):
        name (str | Unset):
        preview_url (str | Unset):
        redirect_url (str | Unset):
        id (str | Unset): Object ID.
        incremental_id (int | Unset): The incremental ID the reference mentions (used to connect objects and in
            reports).
        offer_id (str | Unset): Offer the landing page belongs to.
        created_at (str | Unset): When the object was created (RFC 3339).
        updated_at (str | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | Unset = UNSET
    hide_from_publishers: bool | Unset = UNSET
    name: str | Unset = UNSET
    preview_url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    id: str | Unset = UNSET
    incremental_id: int | Unset = UNSET
    offer_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        hide_from_publishers = self.hide_from_publishers

        name = self.name

        preview_url = self.preview_url

        redirect_url = self.redirect_url

        id = self.id

        incremental_id = self.incremental_id

        offer_id = self.offer_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if hide_from_publishers is not UNSET:
            field_dict["hide_from_publishers"] = hide_from_publishers
        if name is not UNSET:
            field_dict["name"] = name
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if id is not UNSET:
            field_dict["id"] = id
        if incremental_id is not UNSET:
            field_dict["incremental_id"] = incremental_id
        if offer_id is not UNSET:
            field_dict["offer_id"] = offer_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        hide_from_publishers = d.pop("hide_from_publishers", UNSET)

        name = d.pop("name", UNSET)

        preview_url = d.pop("preview_url", UNSET)

        redirect_url = d.pop("redirect_url", UNSET)

        id = d.pop("id", UNSET)

        incremental_id = d.pop("incremental_id", UNSET)

        offer_id = d.pop("offer_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        offer_landing_page = cls(
            active=active,
            hide_from_publishers=hide_from_publishers,
            name=name,
            preview_url=preview_url,
            redirect_url=redirect_url,
            id=id,
            incremental_id=incremental_id,
            offer_id=offer_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        offer_landing_page.additional_properties = d
        return offer_landing_page

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
