from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_custom_throttle_request_throttle_status import UpdateCustomThrottleRequestThrottleStatus
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="UpdateCustomThrottleRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "active",
        "additional_filters",
        "offer_incremental_id",
        "throttle_percentage",
        "throttle_status",
    }
)


@_attrs_define
class UpdateCustomThrottleRequest:
    """
    Attributes:
        active (bool | Unset): When custom throttle is active, either the offer, conversion, or event will be throttled
            according to throttle settings.
        additional_filters (CsapiAdditionalThrottleRateFilters | Unset): Optional sub_id filters that narrow when a
            throttling rule applies. The reference collapses its fields; `sub_id` is inferred from the tag description.
        offer_incremental_id (int | Unset):
        throttle_percentage (int | Unset): The chance that either the offer, conversion, or event will be throttled
            according to this percentage.
        throttle_status (UpdateCustomThrottleRequestThrottleStatus | Unset): The status to be used when either the
            offer, conversion, or event is throttled.
    """

    active: bool | Unset = UNSET
    additional_filters: CsapiAdditionalThrottleRateFilters | Unset = UNSET
    offer_incremental_id: int | Unset = UNSET
    throttle_percentage: int | Unset = UNSET
    throttle_status: UpdateCustomThrottleRequestThrottleStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        additional_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_filters, Unset):
            additional_filters = self.additional_filters.to_dict()

        offer_incremental_id = self.offer_incremental_id

        throttle_percentage = self.throttle_percentage

        throttle_status: str | Unset = UNSET
        if not isinstance(self.throttle_status, Unset):
            throttle_status = self.throttle_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if additional_filters is not UNSET:
            field_dict["additional_filters"] = additional_filters
        if offer_incremental_id is not UNSET:
            field_dict["offer_incremental_id"] = offer_incremental_id
        if throttle_percentage is not UNSET:
            field_dict["throttle_percentage"] = throttle_percentage
        if throttle_status is not UNSET:
            field_dict["throttle_status"] = throttle_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        active = src_dict.get("active", UNSET)

        _additional_filters = src_dict.get("additional_filters", UNSET)
        additional_filters: CsapiAdditionalThrottleRateFilters | Unset
        if isinstance(_additional_filters, Unset):
            additional_filters = UNSET
        else:
            additional_filters = CsapiAdditionalThrottleRateFilters.from_dict(_additional_filters)

        offer_incremental_id = src_dict.get("offer_incremental_id", UNSET)

        throttle_percentage = src_dict.get("throttle_percentage", UNSET)

        _throttle_status = src_dict.get("throttle_status", UNSET)
        throttle_status: UpdateCustomThrottleRequestThrottleStatus | Unset
        if isinstance(_throttle_status, Unset):
            throttle_status = UNSET
        else:
            throttle_status = UpdateCustomThrottleRequestThrottleStatus(_throttle_status)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        update_custom_throttle_request = cls(
            active,
            additional_filters,
            offer_incremental_id,
            throttle_percentage,
            throttle_status,
        )

        update_custom_throttle_request.additional_properties = _additional
        return update_custom_throttle_request

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
from ..models.csapi_additional_throttle_rate_filters import CsapiAdditionalThrottleRateFilters  # noqa: E402
