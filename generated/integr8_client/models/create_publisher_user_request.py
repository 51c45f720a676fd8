from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_publisher_user_request_status import CreatePublisherUserRequestStatus
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="CreatePublisherUserRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "created_at",
        "description",
        "email",
        "first_name",
        "fraud_visibility_enabled",
        "id",
        "last_name",
        "postback_manager_enabled",
        "publisher_id",
        "publisher_incremental_id",
        "status",
        "timezone",
        "updated_at",
    }
)


@_attrs_define
class CreatePublisherUserRequest:
    """
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
        status (CreatePublisherUserRequestStatus | Unset):
        timezone (str | Unset):
        updated_at (datetime.datetime | Unset):
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
    status: CreatePublisherUserRequestStatus | Unset = UNSET
    timezone: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        timezone = self.timezone

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = src_dict.get("description", UNSET)

        email = src_dict.get("email", UNSET)

        first_name = src_dict.get("first_name", UNSET)

        fraud_visibility_enabled = src_dict.get("fraud_visibility_enabled", UNSET)

        id = src_dict.get("id", UNSET)

        last_name = src_dict.get("last_name", UNSET)

        postback_manager_enabled = src_dict.get("postback_manager_enabled", UNSET)

        publisher_id = src_dict.get("publisher_id", UNSET)

        publisher_incremental_id = src_dict.get("publisher_incremental_id", UNSET)

        _status = src_dict.get("status", UNSET)
        status: CreatePublisherUserRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreatePublisherUserRequestStatus(_status)

        timezone = src_dict.get("timezone", UNSET)

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        create_publisher_user_request = cls(
            created_at,
            description,
            email,
            first_name,
            fraud_visibility_enabled,
            id,
            last_name,
            postback_manager_enabled,
            publisher_id,
            publisher_incremental_id,
            status,
            timezone,
            updated_at,
        )

        create_publisher_user_request.additional_properties = _additional
        return create_publisher_user_request

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
