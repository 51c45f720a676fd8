"""Read the rendered Integr8 API reference page (plain text) into structured operations.

Why this exists: `openapi/integr8.yaml` is transcribed by hand from that page, because the
published OpenAPI file cannot be downloaded from here. This parser is the independent second
reading that `tests/test_spec_coverage.py` compares the spec against, so a forgotten operation,
parameter, enum value, required flag or body field fails the suite instead of going unnoticed.

The page is the text rendering of a ReDoc page. Its regular shape, which this parser relies on:

    <tag>                      one of the 13 tag names, then one paragraph describing it
    <summary>                  the operation's title
    <description paragraphs>   optional
    Authorizations:            absent only for the public shared-report operation
    ApiKeyAuthBearerAuth
    path Parameters / query Parameters / Request Body schema: application/json
        <name> [required] <type line> [Default: x] [Enum: "a" "b" | Items Enum: ...] [description]
    Responses
    Request samples / Response samples, each a bulleted JSON sample with nested values collapsed

Nested objects of a request body are rendered as a bare `object (SchemaName)` or
`Array of objects (SchemaName)` line *without* their field name; the name is recovered from the
request sample, whose keys are in the same alphabetical order as the fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

TAGS = (
    "Users",
    "Advertisers",
    "Offers",
    "OfferEvents",
    "OfferLandingPages",
    "Publishers",
    "PublisherUsers",
    "PublisherSubIDs",
    "PublisherBlockedSubIDs",
    "PublisherCustomPayout",
    "PublisherCustomThrottle",
    "Reports",
    "DownloadCenter",
)

REFERENCE = Path(__file__).parent / "reference" / "integr8-api-reference.txt"

_TYPE_RE = re.compile(
    r"^(string|integer|number|boolean|object|Array of \w+)(?:\s*<\s*(?P<fmt>[\w-]+)\s*>)?"
    r"(?:\s*<=\s*(?P<max>\d+)(?: characters)?)?(?:\s*\((?P<ref>[\w.]+)\))?$"
)
_NAME_RE = re.compile(r"^[A-Za-z_][\w\[\].]*$")
_SAMPLE_KEY_RE = re.compile(r'^•?\s*"([^"]+)":\s*(.*?),?$')
_SECTION_HEADS = ("path Parameters", "query Parameters")
_BODY_HEAD = "Request Body schema: application/json"


@dataclass
class Field:
    """One parameter or request-body field as the page shows it."""

    name: str | None  # None for the unnamed nested-object lines (see module docstring)
    type: str
    required: bool = False
    fmt: str | None = None
    maximum: int | None = None  # "<= N" (characters for strings, value for numbers)
    ref: str | None = None
    enum: list[str] = field(default_factory=list)
    items_enum: list[str] = field(default_factory=list)
    default: str | None = None
    description: str = ""


@dataclass
class Operation:
    tag: str
    summary: str
    description: str
    authorized: bool
    path_params: list[Field] = field(default_factory=list)
    query_params: list[Field] = field(default_factory=list)
    body_required: bool = False
    body_description: str = ""
    body_fields: list[Field] = field(default_factory=list)
    request_sample_keys: list[str] = field(default_factory=list)
    request_sample: dict[str, object] = field(default_factory=dict)
    response_sample_keys: list[str] = field(default_factory=list)


def _is_sample_line(line: str) -> bool:
    return line in ("Content type", "application/json", "Request samples", "Response samples") or line.startswith(
        ("{", "}", "]", "•", '"')
    )


def _enum_values(text: str) -> list[str]:
    return re.findall(r'"([^"]*)"', text)


def _scalar(text: str) -> object:
    """A sample value as shown: JSON scalars are decoded, collapsed containers are skipped."""
    import json

    text = text.rstrip(",").strip()
    if text in ("{", "[", "{ }", "{}", "[ ]", "[]"):
        return ...
    try:
        return json.loads(text)
    except ValueError:
        return text


def _parse_fields(lines: list[str]) -> list[Field]:
    """Parse a run of parameter/field entries (blank lines already removed)."""
    fields: list[Field] = []
    i = 0

    def is_type(s: str) -> bool:
        return bool(_TYPE_RE.match(s))

    def starts_entry(j: int) -> bool:
        if j >= len(lines):
            return False
        if is_type(lines[j]) and lines[j].startswith(("object", "Array of objects")):
            return True  # unnamed nested object
        if not _NAME_RE.match(lines[j]) or is_type(lines[j]):
            return False
        k = j + 1
        if k < len(lines) and lines[k] == "required":
            k += 1
        return k < len(lines) and is_type(lines[k])

    while i < len(lines):
        if not starts_entry(i):
            raise ValueError(f"unexpected line in parameter list: {lines[i]!r}")
        name: str | None
        if is_type(lines[i]):
            name = None
        else:
            name = lines[i]
            i += 1
        required = False
        if i < len(lines) and lines[i] == "required":
            required = True
            i += 1
        m = _TYPE_RE.match(lines[i])
        assert m
        f = Field(
            name=name,
            type=m.group(1),
            required=required,
            fmt=m.group("fmt"),
            maximum=int(m.group("max")) if m.group("max") else None,
            ref=m.group("ref"),
        )
        i += 1
        desc: list[str] = []
        while i < len(lines) and not starts_entry(i):
            line = lines[i]
            if line.startswith("Default: "):
                f.default = line[len("Default: ") :].strip('"')
            elif line.startswith("Items Enum: "):
                f.items_enum = _enum_values(line)
            elif line.startswith("Enum: "):
                f.enum = _enum_values(line)
            else:
                desc.append(line)
            i += 1
        f.description = " ".join(desc)
        fields.append(f)
    return fields


def parse_reference(text: str) -> list[Operation]:
    """Every operation of the page, in page order."""
    raw = [ln.strip() for ln in text.splitlines()]
    ops: list[Operation] = []
    tag: str | None = None
    buf: list[str] = []  # paragraphs seen since the last structural line
    skip_tag_description = False
    i = 0
    n = len(raw)
    while i < n:
        line = raw[i]
        if not line:
            i += 1
            continue
        if line in TAGS:
            tag, buf, skip_tag_description = line, [], True
            i += 1
            continue
        if skip_tag_description:
            skip_tag_description = False
            i += 1
            continue
        if line == "Authorizations:" or line in _SECTION_HEADS:
            if tag is None:
                raise ValueError("operation before the first tag")
            i = _parse_operation(raw, i, tag, buf, ops)
            buf = []
            continue
        if line.startswith(("}", "{")):
            buf = []
        else:
            buf.append(line)
        i += 1
    return ops


def _split_summary(buf: list[str]) -> tuple[str, str]:
    for k, para in enumerate(buf):
        if not para.endswith((".", ":")) and not para.startswith("•"):
            return para, "\n\n".join(buf[k + 1 :])
    raise ValueError(f"no summary found in {buf!r}")


def _parse_operation(raw: list[str], i: int, tag: str, buf: list[str], ops: list[Operation]) -> int:
    summary, description = _split_summary(buf)
    op = Operation(tag=tag, summary=summary, description=description, authorized=False)
    n = len(raw)
    if raw[i] == "Authorizations:":
        op.authorized = True
        i += 1
        while not raw[i]:
            i += 1
        assert raw[i] == "ApiKeyAuthBearerAuth", raw[i]
        i += 1

    def take_until(j: int, stops: tuple[str, ...]) -> tuple[list[str], int]:
        out: list[str] = []
        while j < n and raw[j] not in stops and not raw[j].startswith(_BODY_HEAD):
            if raw[j]:
                out.append(raw[j])
            j += 1
        return out, j

    stops = (*_SECTION_HEADS, "Responses")
    while i < n and raw[i] != "Responses":
        line = raw[i]
        if line == "path Parameters":
            chunk, i = take_until(i + 1, stops)
            op.path_params = _parse_fields(chunk)
        elif line == "query Parameters":
            chunk, i = take_until(i + 1, stops)
            op.query_params = _parse_fields(chunk)
        elif line.startswith(_BODY_HEAD):
            chunk, i = take_until(i + 1, stops)
            if chunk and chunk[0] == "required":
                op.body_required = True
                chunk = chunk[1:]
            k = 0
            while k < len(chunk) and " " in chunk[k] and not _TYPE_RE.match(chunk[k]):
                k += 1  # the body's description: prose, never a bare identifier
            op.body_description = " ".join(chunk[:k])
            op.body_fields = _parse_fields(chunk[k:])
        elif not line:
            i += 1
        else:
            raise ValueError(f"{summary}: unexpected line {line!r}")
    i += 1  # "Responses"
    which = None
    while i < n and (not raw[i] or _is_sample_line(raw[i])):
        line = raw[i]
        if line == "Request samples":
            which = "request"
        elif line == "Response samples":
            which = "response"
        elif line.startswith("•"):
            m = _SAMPLE_KEY_RE.match(line)
            if m and which == "request":
                op.request_sample_keys.append(m.group(1))
                op.request_sample[m.group(1)] = _scalar(m.group(2))
            elif m and which == "response":
                op.response_sample_keys.append(m.group(1))
        i += 1
    _name_nested_objects(op)
    ops.append(op)
    return i


def _name_nested_objects(op: Operation) -> None:
    """Give the unnamed `object (...)` body fields the name their sample key carries."""
    if all(f.name for f in op.body_fields):
        return
    named = {f.name for f in op.body_fields if f.name}
    spare = [k for k in op.request_sample_keys if k not in named]
    unnamed = [f for f in op.body_fields if not f.name]
    if len(spare) != len(unnamed):
        raise ValueError(f"{op.summary}: cannot name nested objects {unnamed} from {spare}")
    for f, key in zip(unnamed, spare, strict=False):
        f.name = key


def load_reference(path: Path = REFERENCE) -> list[Operation]:
    return parse_reference(path.read_text(encoding="utf-8"))


if __name__ == "__main__":  # a quick look: python tests/reference_parser.py
    for o in load_reference():
        params = [p.name for p in o.path_params + o.query_params]
        body = [f"{f.name}{'*' if f.required else ''}" for f in o.body_fields]
        print(f"{o.tag:24} {o.summary:55} {params} {body}")
