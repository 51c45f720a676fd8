from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LayoutField,
    LayoutReaders,
    UnreadableValue,
    Unset,
    model_repr,
    read_bool,
    read_object,
)

T = TypeVar("T", bound="DownloadCenterExport")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "artifact",
        "created_at",
        "email_config",
        "error",
        "export_list_options",
        "format",
        "guest_token",
        "id",
        "integration",
        "last_updated_by",
        "masking_config",
        "notify_by_email",
        "organization",
        "platform",
        "reports_query_option",
        "requested_by",
        "results_meta",
        "status",
        "type",
        "updated_at",
    }
)


@_attrs_define
class DownloadCenterExport:
    """A Download Center export. Top-level fields as in the reference's response sample; the fields of its nested objects
    are collapsed there, and those listed here are inferred from the prose (artifact.name) and from the List Download
    Center Exports filters (reports_query_option, results_meta).

        Attributes:
            artifact (DownloadCenterExportArtifact | None | Unset):
            created_at (str | None | Unset):
            email_config (DownloadCenterExportEmailConfig | None | Unset): Collapsed in the reference.
            error (str | None | Unset): Error text when the export failed.
            export_list_options (DownloadCenterExportExportListOptions | None | Unset): Collapsed in the reference.
            format_ (DownloadCenterExportFormat | None | Unset): Collapsed in the reference.
            guest_token (str | None | Unset): Token for guest access to the shared report.
            id (str | None | Unset): Export ID.
            integration (str | None | Unset):
            last_updated_by (str | None | Unset):
            masking_config (DownloadCenterExportMaskingConfig | None | Unset): Collapsed in the reference.
            notify_by_email (bool | None | Unset):
            organization (str | None | Unset):
            platform (str | None | Unset): Platform name (the sample shows `24metrics`).
            reports_query_option (DownloadCenterExportReportsQueryOption | None | Unset):
            requested_by (str | None | Unset):
            results_meta (DownloadCenterExportResultsMeta | None | Unset):
            status (str | None | Unset): Export status. Known values: UNKNOWN, PENDING, IN_PROGRESS, COMPLETED, ERROR,
                CANCELED (COMPLETED is used by the prose, and by Integr8's knowledge base, docs/reports-and-analytics/download-
                center.md, although the page's List filter enum omits it). Open: a value the spec does not list still parses.
            type_ (str | None | Unset): Report type. Known values: conversion_logs, click_logs (others, e.g. for impressions
                and postback logs, are not documented).
            updated_at (str | None | Unset):
    """

    artifact: DownloadCenterExportArtifact | None | Unset = UNSET
    created_at: str | None | Unset = UNSET
    email_config: DownloadCenterExportEmailConfig | None | Unset = UNSET
    error: str | None | Unset = UNSET
    export_list_options: DownloadCenterExportExportListOptions | None | Unset = UNSET
    format_: DownloadCenterExportFormat | None | Unset = UNSET
    guest_token: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    integration: str | None | Unset = UNSET
    last_updated_by: str | None | Unset = UNSET
    masking_config: DownloadCenterExportMaskingConfig | None | Unset = UNSET
    notify_by_email: bool | None | Unset = UNSET
    organization: str | None | Unset = UNSET
    platform: str | None | Unset = UNSET
    reports_query_option: DownloadCenterExportReportsQueryOption | None | Unset = UNSET
    requested_by: str | None | Unset = UNSET
    results_meta: DownloadCenterExportResultsMeta | None | Unset = UNSET
    status: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artifact: dict[str, Any] | None | Unset
        if self.artifact is None:
            artifact = None
        else:
            artifact = UNSET
            if not isinstance(self.artifact, Unset):
                artifact = self.artifact.to_dict()

        created_at = self.created_at

        email_config: dict[str, Any] | None | Unset
        if self.email_config is None:
            email_config = None
        else:
            email_config = UNSET
            if not isinstance(self.email_config, Unset):
                email_config = self.email_config.to_dict()

        error = self.error

        export_list_options: dict[str, Any] | None | Unset
        if self.export_list_options is None:
            export_list_options = None
        else:
            export_list_options = UNSET
            if not isinstance(self.export_list_options, Unset):
                export_list_options = self.export_list_options.to_dict()

        format_: dict[str, Any] | None | Unset
        if self.format_ is None:
            format_ = None
        else:
            format_ = UNSET
            if not isinstance(self.format_, Unset):
                format_ = self.format_.to_dict()

        guest_token = self.guest_token

        id = self.id

        integration = self.integration

        last_updated_by = self.last_updated_by

        masking_config: dict[str, Any] | None | Unset
        if self.masking_config is None:
            masking_config = None
        else:
            masking_config = UNSET
            if not isinstance(self.masking_config, Unset):
                masking_config = self.masking_config.to_dict()

        notify_by_email = self.notify_by_email

        organization = self.organization

        platform = self.platform

        reports_query_option: dict[str, Any] | None | Unset
        if self.reports_query_option is None:
            reports_query_option = None
        else:
            reports_query_option = UNSET
            if not isinstance(self.reports_query_option, Unset):
                reports_query_option = self.reports_query_option.to_dict()

        requested_by = self.requested_by

        results_meta: dict[str, Any] | None | Unset
        if self.results_meta is None:
            results_meta = None
        else:
            results_meta = UNSET
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
        """Read a response's JSON object (already decoded) as `DownloadCenterExport`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is DownloadCenterExport and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        artifact = _get("artifact", UNSET)
        if type(artifact) is dict:
            try:
                artifact = _m_download_center_export_artifact._read_dict(artifact)
            except UnreadableValue as _error:
                raise _error.within("artifact") from None
        elif artifact is not UNSET:
            read_object(artifact, "artifact")
            artifact = None

        created_at = _get("created_at", UNSET)

        email_config = _get("email_config", UNSET)
        if type(email_config) is dict:
            try:
                email_config = _m_download_center_export_email_config._read_dict(email_config)
            except UnreadableValue as _error:
                raise _error.within("email_config") from None
        elif email_config is not UNSET:
            read_object(email_config, "email_config")
            email_config = None

        error = _get("error", UNSET)

        export_list_options = _get("export_list_options", UNSET)
        if type(export_list_options) is dict:
            try:
                export_list_options = _m_download_center_export_export_list_options._read_dict(export_list_options)
            except UnreadableValue as _error:
                raise _error.within("export_list_options") from None
        elif export_list_options is not UNSET:
            read_object(export_list_options, "export_list_options")
            export_list_options = None

        format_ = _get("format", UNSET)
        if type(format_) is dict:
            try:
                format_ = _m_download_center_export_format._read_dict(format_)
            except UnreadableValue as _error:
                raise _error.within("format") from None
        elif format_ is not UNSET:
            read_object(format_, "format")
            format_ = None

        guest_token = _get("guest_token", UNSET)

        id = _get("id", UNSET)

        integration = _get("integration", UNSET)

        last_updated_by = _get("last_updated_by", UNSET)

        masking_config = _get("masking_config", UNSET)
        if type(masking_config) is dict:
            try:
                masking_config = _m_download_center_export_masking_config._read_dict(masking_config)
            except UnreadableValue as _error:
                raise _error.within("masking_config") from None
        elif masking_config is not UNSET:
            read_object(masking_config, "masking_config")
            masking_config = None

        notify_by_email = _get("notify_by_email", UNSET)
        if notify_by_email is not True and notify_by_email is not False and notify_by_email is not UNSET:
            notify_by_email = read_bool(notify_by_email, "notify_by_email")

        organization = _get("organization", UNSET)

        platform = _get("platform", UNSET)

        reports_query_option = _get("reports_query_option", UNSET)
        if type(reports_query_option) is dict:
            try:
                reports_query_option = _m_download_center_export_reports_query_option._read_dict(reports_query_option)
            except UnreadableValue as _error:
                raise _error.within("reports_query_option") from None
        elif reports_query_option is not UNSET:
            read_object(reports_query_option, "reports_query_option")
            reports_query_option = None

        requested_by = _get("requested_by", UNSET)

        results_meta = _get("results_meta", UNSET)
        if type(results_meta) is dict:
            try:
                results_meta = _m_download_center_export_results_meta._read_dict(results_meta)
            except UnreadableValue as _error:
                raise _error.within("results_meta") from None
        elif results_meta is not UNSET:
            read_object(results_meta, "results_meta")
            results_meta = None

        status = _get("status", UNSET)

        type_ = _get("type", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is DownloadCenterExport:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.artifact = artifact
            _instance.created_at = created_at
            _instance.email_config = email_config
            _instance.error = error
            _instance.export_list_options = export_list_options
            _instance.format_ = format_
            _instance.guest_token = guest_token
            _instance.id = id
            _instance.integration = integration
            _instance.last_updated_by = last_updated_by
            _instance.masking_config = masking_config
            _instance.notify_by_email = notify_by_email
            _instance.organization = organization
            _instance.platform = platform
            _instance.reports_query_option = reports_query_option
            _instance.requested_by = requested_by
            _instance.results_meta = results_meta
            _instance.status = status
            _instance.type_ = type_
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        download_center_export = cls(
            artifact,
            created_at,
            email_config,
            error,
            export_list_options,
            format_,
            guest_token,
            id,
            integration,
            last_updated_by,
            masking_config,
            notify_by_email,
            organization,
            platform,
            reports_query_option,
            requested_by,
            results_meta,
            status,
            type_,
            updated_at,
        )

        download_center_export.additional_properties = _additional
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

    def __repr__(self) -> str:
        return model_repr(self, ("guest_token",))

    @property
    def format(self) -> DownloadCenterExportFormat | None | Unset:
        """`format_` under the API's name for it: the attribute has a trailing underscore
        because `format` is a Python builtin; both spellings read the same value."""
        return self.format_

    @property
    def type(self) -> str | None | Unset:
        """`type_` under the API's name for it: the attribute has a trailing underscore
        because `type` is a Python builtin; both spellings read the same value."""
        return self.type_


def _read_other_layout(src_dict: dict[str, Any]) -> DownloadCenterExport:
    """`DownloadCenterExport.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return DownloadCenterExport._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `DownloadCenterExport.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], DownloadCenterExport] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "artifact",
        "artifact",
        False,
        'if type(artifact) is dict:\n    try:\n        artifact = _m_download_center_export_artifact._read_dict(artifact)\n    except UnreadableValue as _error:\n        raise _error.within("artifact") from None\nelse:\n    read_object(artifact, "artifact")\n    artifact = None\n',
    ),
    (
        "created_at",
        "created_at",
        False,
        "",
    ),
    (
        "email_config",
        "email_config",
        False,
        'if type(email_config) is dict:\n    try:\n        email_config = _m_download_center_export_email_config._read_dict(email_config)\n    except UnreadableValue as _error:\n        raise _error.within("email_config") from None\nelse:\n    read_object(email_config, "email_config")\n    email_config = None\n',
    ),
    (
        "error",
        "error",
        False,
        "",
    ),
    (
        "export_list_options",
        "export_list_options",
        False,
        'if type(export_list_options) is dict:\n    try:\n        export_list_options = _m_download_center_export_export_list_options._read_dict(export_list_options)\n    except UnreadableValue as _error:\n        raise _error.within("export_list_options") from None\nelse:\n    read_object(export_list_options, "export_list_options")\n    export_list_options = None\n',
    ),
    (
        "format",
        "format_",
        False,
        'if type(format_) is dict:\n    try:\n        format_ = _m_download_center_export_format._read_dict(format_)\n    except UnreadableValue as _error:\n        raise _error.within("format") from None\nelse:\n    read_object(format_, "format")\n    format_ = None\n',
    ),
    (
        "guest_token",
        "guest_token",
        False,
        "",
    ),
    (
        "id",
        "id",
        False,
        "",
    ),
    (
        "integration",
        "integration",
        False,
        "",
    ),
    (
        "last_updated_by",
        "last_updated_by",
        False,
        "",
    ),
    (
        "masking_config",
        "masking_config",
        False,
        'if type(masking_config) is dict:\n    try:\n        masking_config = _m_download_center_export_masking_config._read_dict(masking_config)\n    except UnreadableValue as _error:\n        raise _error.within("masking_config") from None\nelse:\n    read_object(masking_config, "masking_config")\n    masking_config = None\n',
    ),
    (
        "notify_by_email",
        "notify_by_email",
        False,
        'if notify_by_email is not True and notify_by_email is not False:\n    notify_by_email = read_bool(notify_by_email, "notify_by_email")\n',
    ),
    (
        "organization",
        "organization",
        False,
        "",
    ),
    (
        "platform",
        "platform",
        False,
        "",
    ),
    (
        "reports_query_option",
        "reports_query_option",
        False,
        'if type(reports_query_option) is dict:\n    try:\n        reports_query_option = _m_download_center_export_reports_query_option._read_dict(reports_query_option)\n    except UnreadableValue as _error:\n        raise _error.within("reports_query_option") from None\nelse:\n    read_object(reports_query_option, "reports_query_option")\n    reports_query_option = None\n',
    ),
    (
        "requested_by",
        "requested_by",
        False,
        "",
    ),
    (
        "results_meta",
        "results_meta",
        False,
        'if type(results_meta) is dict:\n    try:\n        results_meta = _m_download_center_export_results_meta._read_dict(results_meta)\n    except UnreadableValue as _error:\n        raise _error.within("results_meta") from None\nelse:\n    read_object(results_meta, "results_meta")\n    results_meta = None\n',
    ),
    (
        "status",
        "status",
        False,
        "",
    ),
    (
        "type",
        "type_",
        False,
        "",
    ),
    (
        "updated_at",
        "updated_at",
        False,
        "",
    ),
)
_READERS = LayoutReaders(DownloadCenterExport, _FIELDS, True, globals())


# Imported here, after the class: models that refer to each other in a cycle still import.
# The modules of nested objects (whose _read_dict reads them), imported after the class likewise.
from ..models import download_center_export_artifact as _m_download_center_export_artifact  # noqa: E402
from ..models import download_center_export_email_config as _m_download_center_export_email_config  # noqa: E402
from ..models import download_center_export_export_list_options as _m_download_center_export_export_list_options  # noqa: E402
from ..models import download_center_export_format as _m_download_center_export_format  # noqa: E402
from ..models import download_center_export_masking_config as _m_download_center_export_masking_config  # noqa: E402
from ..models import download_center_export_reports_query_option as _m_download_center_export_reports_query_option  # noqa: E402
from ..models import download_center_export_results_meta as _m_download_center_export_results_meta  # noqa: E402
from ..models.download_center_export_artifact import DownloadCenterExportArtifact  # noqa: E402
from ..models.download_center_export_email_config import DownloadCenterExportEmailConfig  # noqa: E402
from ..models.download_center_export_export_list_options import DownloadCenterExportExportListOptions  # noqa: E402
from ..models.download_center_export_format import DownloadCenterExportFormat  # noqa: E402
from ..models.download_center_export_masking_config import DownloadCenterExportMaskingConfig  # noqa: E402
from ..models.download_center_export_reports_query_option import DownloadCenterExportReportsQueryOption  # noqa: E402
from ..models.download_center_export_results_meta import DownloadCenterExportResultsMeta  # noqa: E402
