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

T = TypeVar("T", bound="UpdateConversionsRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "integration_id",
        "updates",
    }
)


@_attrs_define
class UpdateConversionsRequest:
    """
    Attributes:
        integration_id (str | Unset):
        updates (list[Integr8DocsConversionUpdateRequest] | Unset):
    """

    integration_id: str | Unset = UNSET
    updates: list[Integr8DocsConversionUpdateRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.updates, Unset):
            updates = []
            for updates_item_data in self.updates:
                updates_item = updates_item_data.to_dict()
                updates.append(updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if updates is not UNSET:
            field_dict["updates"] = updates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        integration_id = src_dict.get("integration_id", UNSET)

        _updates = src_dict.get("updates", UNSET)
        updates: list[Integr8DocsConversionUpdateRequest] | Unset = UNSET
        if _updates is not UNSET:
            updates = []
            for updates_item_data in _updates:
                updates_item = Integr8DocsConversionUpdateRequest.from_dict(updates_item_data)

                updates.append(updates_item)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        update_conversions_request = cls(
            integration_id,
            updates,
        )

        update_conversions_request.additional_properties = _additional
        return update_conversions_request

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


# Imported here, after the class: models that refer to each other in a cycle still import.
from ..models.integr_8_docs_conversion_update_request import Integr8DocsConversionUpdateRequest  # noqa: E402
