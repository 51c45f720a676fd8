from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.download_center_export_artifact import DownloadCenterExportArtifact
    from ..models.download_center_export_email_config import DownloadCenterExportEmailConfig
    from ..models.download_center_export_export_list_options import DownloadCenterExportExportListOptions
    from ..models.download_center_export_format import DownloadCenterExportFormat
    from ..models.download_center_export_masking_config import DownloadCenterExportMaskingConfig
    from ..models.download_center_export_reports_query_option import DownloadCenterExportReportsQueryOption
    from ..models.download_center_export_results_meta import DownloadCenterExportResultsMeta


T = TypeVar("T", bound="DownloadCenterExport")


@_attrs_define
class DownloadCenterExport:
    """A Download Center export. Top-level fields as in the reference's response sample; the fields of its nested objects
    are collapsed there, and those listed here are inferred from the prose (artifact.name) and from the List Download
    Center Exports filters (reports_query_option, results_meta).

        Attributes:
            artifact (DownloadCenterExportArtifact | Unset):
            created_at (str | Unset):
            email_config (DownloadCenterExportEmailConfig | Unset): Collapsed in the reference.
            error (str | Unset): Error text when the export failed.
            export_list_options (DownloadCenterExportExportListOptions | Unset): Collapsed in the reference.
            format_ (DownloadCenterExportFormat | Unset): Collapsed in the reference.
            guest_token (str | Unset): Token for guest access to the shared report.
            id (str | Unset): Export ID.
            integration (str | Unset):
            last_updated_by (str | Unset):
            masking_config (DownloadCenterExportMaskingConfig | Unset): Collapsed in the reference.
            notify_by_email (bool | Unset):
            organization (str | Unset):
            platform (str | Unset): Platform name (the sample shows `24metrics`).
            reports_query_option (DownloadCenterExportReportsQueryOption | Unset):
            requested_by (str | Unset):
            results_meta (DownloadCenterExportResultsMeta | Unset):
            status (str | Unset): Export status. Known values: UNKNOWN, PENDING, IN_PROGRESS, COMPLETED, ERROR, CANCELED
                (COMPLETED is used by the prose although the List filter enum omits it). Open: a value the spec does not list
                still parses.
            type_ (str | Unset): Report type. Known values: conversion_logs, click_logs (others, e.g. for impressions and
                postback logs, are not documented).
            updated_at (str | Unset):
    """

    artifact: DownloadCenterExportArtifact | Unset = UNSET
    created_at: str | Unset = UNSET
    email_config: DownloadCenterExportEmailConfig | Unset = UNSET
    error: str | Unset = UNSET
    export_list_options: DownloadCenterExportExportListOptions | Unset = UNSET
    format_: DownloadCenterExportFormat | Unset = UNSET
    guest_token: str | Unset = UNSET
    id: str | Unset = UNSET
    integration: str | Unset = UNSET
    last_updated_by: str | Unset = UNSET
    masking_config: DownloadCenterExportMaskingConfig | Unset = UNSET
    notify_by_email: bool | Unset = UNSET
    organization: str | Unset = UNSET
    platform: str | Unset = UNSET
    reports_query_option: DownloadCenterExportReportsQueryOption | Unset = UNSET
    requested_by: str | Unset = UNSET
    results_meta: DownloadCenterExportResultsMeta | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artifact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.artifact, Unset):
            artifact = self.artifact.to_dict()

        created_at = self.created_at

        email_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_config, Unset):
            email_config = self.email_config.to_dict()

        error = self.error

        export_list_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_list_options, Unset):
            export_list_options = self.export_list_options.to_dict()

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        guest_token = self.guest_token

        id = self.id

        integration = self.integration

        last_updated_by = self.last_updated_by

        masking_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.masking_config, Unset):
            masking_config = self.masking_config.to_dict()

        notify_by_email = self.notify_by_email

        organization = self.organization

        platform = self.platform

        reports_query_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reports_query_option, Unset):
            reports_query_option = self.reports_query_option.to_dict()

        requested_by = self.requested_by

        results_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results_meta, Unset):
            results_meta = self.results_meta.to_dict()

        status = self.status

        type_ = self.type_

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artifact is not UNSET:
            field_dict["artifact"] = artifact
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if email_config is not UNSET:
            field_dict["email_config"] = email_config
        if error is not UNSET:
            field_dict["error"] = error
        if export_list_options is not UNSET:
            field_dict["export_list_options"] = export_list_options
        if format_ is not UNSET:
            field_dict["format"] = format_
        if guest_token is not UNSET:
            field_dict["guest_token"] = guest_token
        if id is not UNSET:
            field_dict["id"] = id
        if integration is not UNSET:
            field_dict["integration"] = integration
        if last_updated_by is not UNSET:
            field_dict["last_updated_by"] = last_updated_by
        if masking_config is not UNSET:
            field_dict["masking_config"] = masking_config
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = notify_by_email
        if organization is not UNSET:
            field_dict["organization"] = organization
        if platform is not UNSET:
            field_dict["platform"] = platform
        if reports_query_option is not UNSET:
            field_dict["reports_query_option"] = reports_query_option
        if requested_by is not UNSET:
            field_dict["requested_by"] = requested_by
        if results_meta is not UNSET:
            field_dict["results_meta"] = results_meta
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.download_center_export_artifact import DownloadCenterExportArtifact  # noqa: PLC0415
        from ..models.download_center_export_email_config import DownloadCenterExportEmailConfig  # noqa: PLC0415
        from ..models.download_center_export_export_list_options import DownloadCenterExportExportListOptions  # noqa: PLC0415
        from ..models.download_center_export_format import DownloadCenterExportFormat  # noqa: PLC0415
        from ..models.download_center_export_masking_config import DownloadCenterExportMaskingConfig  # noqa: PLC0415
        from ..models.download_center_export_reports_query_option import DownloadCenterExportReportsQueryOption  # noqa: PLC0415
        from ..models.download_center_export_results_meta import DownloadCenterExportResultsMeta  # noqa: PLC0415

        d = dict(src_dict)
        _artifact = d.pop("artifact", UNSET)
        artifact: DownloadCenterExportArtifact | Unset
        if isinstance(_artifact, Unset):
            artifact = UNSET
        else:
            artifact = DownloadCenterExportArtifact.from_dict(_artifact)

        created_at = d.pop("created_at", UNSET)

        _email_config = d.pop("email_config", UNSET)
        email_config: DownloadCenterExportEmailConfig | Unset
        if isinstance(_email_config, Unset):
            email_config = UNSET
        else:
            email_config = DownloadCenterExportEmailConfig.from_dict(_email_config)

        error = d.pop("error", UNSET)

        _export_list_options = d.pop("export_list_options", UNSET)
        export_list_options: DownloadCenterExportExportListOptions | Unset
        if isinstance(_export_list_options, Unset):
            export_list_options = UNSET
        else:
            export_list_options = DownloadCenterExportExportListOptions.from_dict(_export_list_options)

        _format_ = d.pop("format", UNSET)
        format_: DownloadCenterExportFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = DownloadCenterExportFormat.from_dict(_format_)

        guest_token = d.pop("guest_token", UNSET)

        id = d.pop("id", UNSET)

        integration = d.pop("integration", UNSET)

        last_updated_by = d.pop("last_updated_by", UNSET)

        _masking_config = d.pop("masking_config", UNSET)
        masking_config: DownloadCenterExportMaskingConfig | Unset
        if isinstance(_masking_config, Unset):
            masking_config = UNSET
        else:
            masking_config = DownloadCenterExportMaskingConfig.from_dict(_masking_config)

        notify_by_email = d.pop("notify_by_email", UNSET)

        organization = d.pop("organization", UNSET)

        platform = d.pop("platform", UNSET)

        _reports_query_option = d.pop("reports_query_option", UNSET)
        reports_query_option: DownloadCenterExportReportsQueryOption | Unset
        if isinstance(_reports_query_option, Unset):
            reports_query_option = UNSET
        else:
            reports_query_option = DownloadCenterExportReportsQueryOption.from_dict(_reports_query_option)

        requested_by = d.pop("requested_by", UNSET)

        _results_meta = d.pop("results_meta", UNSET)
        results_meta: DownloadCenterExportResultsMeta | Unset
        if isinstance(_results_meta, Unset):
            results_meta = UNSET
        else:
            results_meta = DownloadCenterExportResultsMeta.from_dict(_results_meta)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        download_center_export = cls(
            artifact=artifact,
            created_at=created_at,
            email_config=email_config,
            error=error,
            export_list_options=export_list_options,
            format_=format_,
            guest_token=guest_token,
            id=id,
            integration=integration,
            last_updated_by=last_updated_by,
            masking_config=masking_config,
            notify_by_email=notify_by_email,
            organization=organization,
            platform=platform,
            reports_query_option=reports_query_option,
            requested_by=requested_by,
            results_meta=results_meta,
            status=status,
            type_=type_,
            updated_at=updated_at,
        )

        download_center_export.additional_properties = d
        return download_center_export

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
