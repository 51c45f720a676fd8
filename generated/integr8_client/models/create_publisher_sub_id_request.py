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

T = TypeVar("T", bound="CreatePublisherSubIDRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "external_id",
        "name",
        "description",
        "external_link",
    }
)


@_attrs_define
class CreatePublisherSubIDRequest:
    """
    Attributes:
        external_id (str): This is your Sub ID (sub_id) value that will be seen in tracking and reporting. It must have
            max 50 characters and must be URL compatible. Allowed characters: A-Z, a-z, 0-9, -, and _.
        name (str): The name used to identify the external SubID in management views.
        description (str | Unset): Optional notes describing what this external SubID represents or how it is used.
        external_link (str | Unset): Optional URL linking this managed SubID to an external system or reference page.
    """

    external_id: str
    name: str
    description: str | Unset = UNSET
    external_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        description = self.description

        external_link = self.external_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if external_link is not UNSET:
            field_dict["external_link"] = external_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        external_id = src_dict["external_id"]

        name = src_dict["name"]

        description = src_dict.get("description", UNSET)

        external_link = src_dict.get("external_link", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        create_publisher_sub_id_request = cls(
            external_id,
            name,
            description,
            external_link,
        )

        create_publisher_sub_id_request.additional_properties = _additional
        return create_publisher_sub_id_request

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
