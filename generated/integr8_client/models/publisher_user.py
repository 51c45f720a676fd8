from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublisherUser")


@_attrs_define
class PublisherUser:
    """A publisher user. Fields from Create/Update a publisher user; `api_access_enabled` inferred from the tag
    description.

        Attributes:
            created_at (datetime.datetime | Unset):
            description (str | Unset):
            email (str | Unset):
            first_name (str | Unset):
            fraud_visibility_enabled (bool | Unset):
            id (str | Unset):
            last_name (str | Unset):
            postback_manager_enabled (bool | Unset):
            publisher_id (str | Unset):
            publisher_incremental_id (int | Unset):
            status (str | Unset): Known values: Active, Deactivated, Suspended. Open on the response side: a value the spec
                does not list still parses.
            timezone (str | Unset):
            updated_at (datetime.datetime | Unset):
            notes (str | Unset):
            api_access_enabled (bool | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    fraud_visibility_enabled: bool | Unset = UNSET
    id: str | Unset = UNSET
    last_name: str | Unset = UNSET
    postback_manager_enabled: bool | Unset = UNSET
    publisher_id: str | Unset = UNSET
    publisher_incremental_id: int | Unset = UNSET
    status: str | Unset = UNSET
    timezone: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    notes: str | Unset = UNSET
    api_access_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        email = self.email

        first_name = self.first_name

        fraud_visibility_enabled = self.fraud_visibility_enabled

        id = self.id

        last_name = self.last_name

        postback_manager_enabled = self.postback_manager_enabled

        publisher_id = self.publisher_id

        publisher_incremental_id = self.publisher_incremental_id

        status = self.status

        timezone = self.timezone

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        notes = self.notes

        api_access_enabled = self.api_access_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if fraud_visibility_enabled is not UNSET:
            field_dict["fraud_visibility_enabled"] = fraud_visibility_enabled
        if id is not UNSET:
            field_dict["id"] = id
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if postback_manager_enabled is not UNSET:
            field_dict["postback_manager_enabled"] = postback_manager_enabled
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if publisher_incremental_id is not UNSET:
            field_dict["publisher_incremental_id"] = publisher_incremental_id
        if status is not UNSET:
            field_dict["status"] = status
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if notes is not UNSET:
            field_dict["notes"] = notes
        if api_access_enabled is not UNSET:
            field_dict["api_access_enabled"] = api_access_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        fraud_visibility_enabled = d.pop("fraud_visibility_enabled", UNSET)

        id = d.pop("id", UNSET)

        last_name = d.pop("last_name", UNSET)

        postback_manager_enabled = d.pop("postback_manager_enabled", UNSET)

        publisher_id = d.pop("publisher_id", UNSET)

        publisher_incremental_id = d.pop("publisher_incremental_id", UNSET)

        status = d.pop("status", UNSET)

        timezone = d.pop("timezone", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        notes = d.pop("notes", UNSET)

        api_access_enabled = d.pop("api_access_enabled", UNSET)

        publisher_user = cls(
            created_at=created_at,
            description=description,
            email=email,
            first_name=first_name,
            fraud_visibility_enabled=fraud_visibility_enabled,
            id=id,
            last_name=last_name,
            postback_manager_enabled=postback_manager_enabled,
            publisher_id=publisher_id,
            publisher_incremental_id=publisher_incremental_id,
            status=status,
            timezone=timezone,
            updated_at=updated_at,
            notes=notes,
            api_access_enabled=api_access_enabled,
        )

        publisher_user.additional_properties = d
        return publisher_user

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
