"""export_to_file / resume_export against the sandbox: the happy path and every failure path.

The sandbox's Download Center completes exports as its ManualClock advances; the client's sleep
advances that clock, so polling takes no real time.
"""

from __future__ import annotations

import asyncio
import gc
import io
import logging
import os
import threading
import time
import zipfile
from pathlib import Path

import httpx
import pytest
from exporting import export_args, make_async_client, make_client

from integr8 import (
    ArtifactError,
    DownloadError,
    ExportFailedError,
    ExportTimeoutError,
    Integr8,
    ServerError,
    _exports,
    _spool,
    _zipcheck,
)
from integr8._client import core_of
from integr8.testing import (
    AsyncSandboxTransport,
    Fault,
    ManualClock,
    Sandbox,
    SandboxTransport,
    _zipstream,
)


@pytest.fixture(autouse=True, params=["one batch", "many batches"])
def spool_batch(request, monkeypatch) -> int:
    """Every test runs twice: with the artifact handed to the writer thread in one batch (the
    sandbox's artifacts are smaller than a batch), and with the sandbox sending 700-byte chunks
    handed over in batches of 1000 bytes, so resuming, truncation and refusals are also
    exercised across many hand-overs."""
    if request.param == "many batches":
        monkeypatch.setattr(_spool, "BATCH", 1000)
        monkeypatch.setattr(_zipstream, "CHUNK", 700)
    return _spool.BATCH


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


@pytest.fixture
def client(sb: Sandbox) -> Integr8:
    return make_client(sb)


def export(client: Integr8, sb: Sandbox, dest: Path, kind: str = "clicks", **kw):
    return client.export_to_file(kind, **export_args(sb, dest, **kw))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def files_requests(sb: Sandbox) -> list:
    return [r for r in sb.requests if r.host == "files"]


def test_happy_path_writes_a_verified_csv_atomically(client, sb, tmp_path):
    seen = []
    result = export(client, sb, tmp_path / "clicks.csv", on_progress=seen.append)
    text = (tmp_path / "clicks.csv").read_text()
    lines = text.splitlines()
    assert lines[0] == "tx_id,request_time,offer_id,sub1"
    assert result.rows == len(lines) - 1 == result.expected_rows > 100
    assert result.rows_match is True
    assert result.path == tmp_path / "clicks.csv" and result.bytes == len(text.encode())
    assert result.export_id and result.artifact_name.endswith(".zip")
    assert all("2025-02-03" in line for line in lines[1:])
    phases = [p.phase for p in seen]
    assert phases[0] == "creating" and phases[-1] == "done"
    assert {"polling", "downloading", "verifying"} <= set(phases)
    assert [p.status for p in seen if p.phase == "polling"][-1] == "COMPLETED"
    assert leftovers(tmp_path) == []


def test_the_signed_url_request_carries_no_credentials(client, sb, tmp_path):
    export(client, sb, tmp_path / "c.csv")
    downloads = files_requests(sb)
    assert downloads, "the artifact came from the files host"
    for request in downloads:
        names = {k.lower() for k in request.headers}
        assert "api-key" not in names and "authorization" not in names
        assert httpx.URL(request.url).host != httpx.URL(sb.base_url).host
    api = [r for r in sb.requests if r.host == "api"]
    assert all(r.headers.get("api-key") or r.headers.get("API-KEY") for r in api)


def test_signed_url_never_reaches_logs_or_errors(client, sb, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    sb.inject(Fault(status=403, host="files", times=None))
    with pytest.raises(DownloadError) as info:
        export(client, sb, tmp_path / "c.csv")
    assert "signature" not in str(info.value) and "403" in str(info.value)
    assert "signature=" not in caplog.text and files_requests(sb)
    assert sb.api_key not in caplog.text


def test_extract_false_keeps_the_zip(client, sb, tmp_path):
    result = export(client, sb, tmp_path / "clicks.zip", extract=False)
    with zipfile.ZipFile(tmp_path / "clicks.zip") as z:
        assert len(z.namelist()) == 1 and z.testzip() is None
        assert z.read(z.namelist()[0]).decode().count("\n") == result.rows + 1
    assert result.bytes == (tmp_path / "clicks.zip").stat().st_size


def test_delimiter_timezone_and_postback_kind(client, sb, tmp_path):
    export(client, sb, tmp_path / "semi.csv", delimiter=";", timezone="Asia/Tokyo")
    header = (tmp_path / "semi.csv").read_text().splitlines()[0]
    assert header == "tx_id;request_time;offer_id;sub1"
    post = client.export_to_file(
        "postback_logs",
        integration_id=sb.integration_id,
        start="2025-02-03",
        end="2025-02-03",
        dest=tmp_path / "pb.csv",
        fields=["tx_id"],
    )
    assert post.rows >= 0 and (tmp_path / "pb.csv").exists()


class Unwrap(httpx.BaseTransport):
    """Answers Get Export with the bare object instead of the `data` envelope."""

    def __init__(self, inner: httpx.BaseTransport):
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "GET" and "/downloadcenter-exports/" in request.url.path:
            response.read()
            body = response.json()
            return httpx.Response(response.status_code, json=body["data"])
        return response


def test_bare_export_objects_are_accepted(sb, tmp_path):
    client = make_client(sb, Unwrap(SandboxTransport(sb)))
    result = export(client, sb, tmp_path / "bare.csv")
    assert result.rows == result.expected_rows


def test_error_status_raises_with_the_server_text_and_writes_nothing(client, sb, tmp_path):
    (tmp_path / "c.csv").write_text("previous content")
    sb.fail_next_export("disk full")
    with pytest.raises(ExportFailedError) as info:
        export(client, sb, tmp_path / "c.csv")
    assert info.value.export_id and info.value.error == "disk full" and info.value.status == "ERROR"
    assert (tmp_path / "c.csv").read_text() == "previous content"
    assert leftovers(tmp_path) == []


def test_timeout_then_resume_export(client, sb, tmp_path):
    sb.export_delays = (50.0, 100.0)
    with pytest.raises(ExportTimeoutError) as info:
        export(client, sb, tmp_path / "c.csv", timeout=30.0)
    export_id = info.value.export_id
    assert export_id and "resume_export" in str(info.value)
    assert not (tmp_path / "c.csv").exists()
    creates = [r for r in sb.requests if r.operation_id == "exportClicks"]
    result = client.resume_export(export_id, dest=tmp_path / "c.csv", timeout=500.0, poll_interval=5.0)
    assert result.export_id == export_id and result.rows == result.expected_rows
    assert [r for r in sb.requests if r.operation_id == "exportClicks"] == creates  # no second export


def test_poll_backoff_grows_to_the_maximum(client, sb, tmp_path):
    sb.export_delays = (40.0, 80.0)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        sb.clock.advance(seconds)

    core_of(client).sleep = sleep
    export(client, sb, tmp_path / "c.csv", poll_interval=2.0, max_poll_interval=10.0)
    assert waits[0] == 2.0 and waits[1] == 3.0 and max(waits) == 10.0
    assert waits == sorted(waits)


def test_a_503_while_polling_and_a_dropped_download_still_complete_identically(sb, tmp_path):
    clean = export(make_client(sb), sb, tmp_path / "clean.csv")
    sb.inject(Fault(status=503, operation="getDownloadCenterExport"))
    sb.inject(Fault(drop=True, host="files", phase="response"))
    result = export(make_client(sb), sb, tmp_path / "faulty.csv")
    assert (tmp_path / "faulty.csv").read_bytes() == (tmp_path / "clean.csv").read_bytes()
    assert result.rows == clean.rows


def test_a_cut_short_download_resumes_with_range(sb, tmp_path):
    clean = export(make_client(sb), sb, tmp_path / "clean.csv", extract=False)
    sb.requests.clear()
    sb.inject(Fault(truncate_body_at=4000, host="files"))
    export(make_client(sb), sb, tmp_path / "resumed.zip", extract=False)
    ranges = [r.headers.get("range") or r.headers.get("Range") for r in files_requests(sb)]
    assert ranges == [None, "bytes=4000-"]
    with zipfile.ZipFile(tmp_path / "resumed.zip") as a, zipfile.ZipFile(tmp_path / "clean.csv") as b:
        assert a.read(a.namelist()[0]) == b.read(b.namelist()[0])
    assert clean.rows > 0


def test_a_persistently_truncated_artifact_fails_without_leaving_a_file(client, sb, tmp_path):
    (tmp_path / "c.csv").write_text("keep me")
    sb.inject(Fault(truncate_body_at=1000, host="files", times=None))
    with pytest.raises(DownloadError, match="cut short"):
        export(client, sb, tmp_path / "c.csv")
    assert (tmp_path / "c.csv").read_text() == "keep me"
    assert leftovers(tmp_path) == []


def test_the_create_call_is_not_retried_on_a_server_error(client, sb, tmp_path):
    sb.inject(Fault(status=502, operation="exportClicks"))
    with pytest.raises(ServerError):
        export(client, sb, tmp_path / "c.csv")
    assert len([r for r in sb.requests if r.operation_id == "exportClicks"]) == 1


class Crafted(httpx.BaseTransport):
    """The sandbox, except that the files host serves a zip built by the test."""

    def __init__(self, sb: Sandbox, payload: bytes):
        self.inner = SandboxTransport(sb)
        self.payload = payload

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == httpx.URL(sb_files(self.inner)).host:
            return httpx.Response(200, content=self.payload, headers={"Content-Type": "application/zip"})
        return self.inner.handle_request(request)


def sb_files(transport: SandboxTransport) -> str:
    return transport.sandbox.files_base_url if hasattr(transport, "sandbox") else "https://files.sandbox.integr8.test"


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"../../evil.csv": b"a,b\n1,2\n"}, "unsafe member name"),
        ({"/etc/evil.csv": b"a,b\n1,2\n"}, "unsafe member name"),
        ({"a.csv": b"a\n", "b.csv": b"b\n"}, "exactly one CSV"),
        ({}, "exactly one CSV"),
    ],
)
def test_unsafe_or_ambiguous_archives_are_refused(sb, tmp_path, members, message):
    dest_dir = tmp_path / "out"
    dest_dir.mkdir()
    client = make_client(sb, Crafted(sb, zip_of(members)))
    with pytest.raises(ArtifactError, match=message):
        export(client, sb, dest_dir / "c.csv")
    assert list(dest_dir.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert not Path("/etc/evil.csv").exists()


def test_a_zip_bomb_is_refused(sb, tmp_path, monkeypatch):
    monkeypatch.setattr(_zipcheck, "MIN_BOMB_BYTES", 1 << 20)
    bomb = zip_of({"c.csv": b"0" * (8 << 20)})
    assert len(bomb) < (8 << 20) // _zipcheck.MAX_RATIO
    client = make_client(sb, Crafted(sb, bomb))
    with pytest.raises(ArtifactError, match="zip bomb"):
        export(client, sb, tmp_path / "c.csv")
    assert list(tmp_path.iterdir()) == []


def test_a_corrupt_crc_is_refused(sb, tmp_path):
    good = bytearray(zip_of({"c.csv": b"a,b\n" + b"1,2\n" * 1000}, zipfile.ZIP_STORED))
    at = good.index(b"1,2\n")
    good[at] = ord("9")  # change the data, not the recorded CRC
    client = make_client(sb, Crafted(sb, bytes(good)))
    with pytest.raises(ArtifactError, match="corrupt|CRC"):
        export(client, sb, tmp_path / "c.csv")
    assert list(tmp_path.iterdir()) == []


def test_undecodable_compressed_data_is_an_artifact_error(sb, tmp_path):
    good = bytearray(zip_of({"c.csv": b"a,b\n" + b"1,2\n" * 1000}))
    good[30 + len("c.csv")] = 0xFF  # the first deflate block header: an invalid block type
    client = make_client(sb, Crafted(sb, bytes(good)))
    with pytest.raises(ArtifactError, match="corrupt"):
        export(client, sb, tmp_path / "c.csv")
    assert list(tmp_path.iterdir()) == []


def test_rows_count_quoted_newlines_once():
    counter = _zipcheck.RowCounter()
    for chunk in (b'id,note\n1,"line one\nline', b' two"\n2,plain\n3,"x""y"'):
        counter.feed(chunk)
    assert counter.data_rows() == 3


def csv_module_rows(data: bytes, delimiter: str = ",") -> int:
    """Data rows as Python's csv module counts them: records of csv.reader, minus the header."""
    import csv

    text = io.StringIO(data.decode("utf-8"), newline="")
    return max(0, sum(1 for _ in csv.reader(text, delimiter=delimiter)) - 1)


def counted(data: bytes, cuts: list[int], delimiter: str = ",") -> int:
    counter = _zipcheck.RowCounter(delimiter)
    for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True):
        counter.feed(data[a:b])
    return counter.data_rows()


def test_rows_match_the_csv_module_however_the_bytes_are_split():
    import csv
    import random

    rng = random.Random(5)
    for _ in range(300):
        delimiter = rng.choice([",", ";", "\t", "|", "§"])
        cells = ["plain", "", 'say ""hi""', "two\nlines", f"a{delimiter}b", "\n", "crlf\r\nin cell", "\r", "é", '"']
        rows = [[rng.choice(cells) for _ in range(rng.randint(1, 4))] for _ in range(rng.randint(0, 12))]
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, delimiter=delimiter, lineterminator=rng.choice(["\n", "\r\n", "\r"]))
        writer.writerows([["h"], *rows])
        text = buf.getvalue()
        # What a CSV writer would not produce: lone quotes in unquoted fields, stray and mixed line
        # ends, quotes glued to delimiters, fields that go on after their closing quote.
        for _ in range(rng.randint(0, 4)):
            at = rng.randint(0, len(text))
            extra = rng.choice(['"', "\r", "\n", "\r\n", 'Phone 6.5" screen', delimiter + '"', '"' + delimiter, '"x'])
            text = text[:at] + extra + text[at:]
        if rng.random() < 0.3:
            text = text.rstrip("\r\n")  # no line end after the last record
        data = text.encode()
        cuts = sorted(rng.sample(range(1, len(data)), min(len(data) - 1, rng.randint(0, 12)))) if data else []
        assert counted(data, cuts, delimiter) == csv_module_rows(data, delimiter), (delimiter, data, cuts)


@pytest.mark.parametrize(
    ("data", "delimiter"),
    [
        (b'id,name\n1,Phone 6.5" screen\n2,b\n3,c\n4,d\n5,e\n', ","),  # a lone quote: literal
        (b'id,name\r1,a\r2,"b\rc"\r3,d', ","),  # CR-only line ends, no final line end
        (b'id,name\r\n1,"x""\r\n""y"\r\n2,z\r\n\r\n3,w\n', ","),  # CRLF, "" next to line ends, a blank line
        (b'id;name\n1;a,"b\n2;"c;\nd"\n', ";"),  # a quote after a comma is literal when ; delimits
        (b'id\tname\n1\t"a"b"\n2\t"c\n', "\t"),  # a field going on after its closing quote; EOF in quotes
        (b'id\xc2\xa7name\n1\xc2\xa7"a\nb"\n', "\u00a7"),  # a two-byte delimiter
    ],
)
def test_rows_match_the_csv_module_at_every_chunk_boundary(data, delimiter):
    expected = csv_module_rows(data, delimiter)
    assert counted(data, [], delimiter) == expected
    for cut in range(1, len(data)):  # also between CR and LF, inside "", inside the delimiter
        assert counted(data, [cut], delimiter) == expected, cut
    assert counted(data, list(range(1, len(data))), delimiter) == expected  # a byte at a time


class Reported(httpx.BaseTransport):
    """Get Export says the export has `total` rows."""

    def __init__(self, inner: httpx.BaseTransport, total: int):
        self.inner, self.total = inner, total

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "GET" and "/downloadcenter-exports/" in request.url.path:
            body = __import__("json").loads(response.read())
            if body["data"].get("results_meta"):
                body["data"]["results_meta"]["total"] = self.total
            return httpx.Response(response.status_code, json=body)
        return response


def test_a_lone_quote_in_an_unquoted_field_counts_as_the_csv_module_counts(sb, tmp_path, caplog):
    """Issue 14: the file is right, so are its 5 rows, and no mismatch is logged."""
    caplog.set_level(logging.WARNING, logger="integr8")
    csv_text = (
        b"tx_id,request_time,offer_id,sub1\n"
        b't1,2025-02-03 00:00:01,Phone 6.5" screen,a\n'
        b"t2,2025-02-03 00:00:02,7,b\n"
        b't3,2025-02-03 00:00:03,"Tablet, 10"" screen",c\n'
        b"t4,2025-02-03 00:00:04,7,d\n"
        b"t5,2025-02-03 00:00:05,7,e\n"
    )
    for compression in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
        client = make_client(sb, Reported(Crafted(sb, zip_of({"c.csv": csv_text}, compression)), total=5))
        result = export(client, sb, tmp_path / "c.csv", reuse_max_age=None)  # a new export each time
        assert (tmp_path / "c.csv").read_bytes() == csv_text
        assert result.rows == 5 == csv_module_rows(csv_text) and result.rows_match is True
    assert "data rows" not in caplog.text


def test_rows_are_counted_with_the_exports_delimiter(sb, tmp_path, caplog):
    """With ';' a quote after a comma is literal: 3 rows, not 1 (a quoted field to the end)."""
    caplog.set_level(logging.WARNING, logger="integr8")
    csv_text = b'tx_id;request_time;offer_id;sub1\nt1;x;7,"a;b\nt2;x;"c\nd";e\nt3;x;7;f\n'
    assert csv_module_rows(csv_text, ";") == 3
    client = make_client(sb, Reported(Crafted(sb, zip_of({"c.csv": csv_text})), total=3))
    result = export(client, sb, tmp_path / "c.csv", delimiter=";")
    assert result.rows == 3 and result.rows_match is True
    again = client.resume_export(result.export_id, dest=tmp_path / "again.csv")  # from the export's format
    assert again.rows == 3
    assert "data rows" not in caplog.text


def test_bad_arguments_fail_before_any_request(client, sb, tmp_path):
    cases = [
        (dict(kind="sales"), "export kind"),
        (dict(fields=[]), "fields: the API requires at least one"),
        (dict(extra_parameters=None), "extra_parameters: the API requires"),
        (dict(fields=["a,b"]), "bad column name"),
        (dict(dest=tmp_path / "missing" / "c.csv"), "does not exist"),
        (dict(dest=tmp_path), "is a directory"),
        (dict(delimiter=";;"), "delimiter"),
        (dict(poll_interval=0), "poll_interval"),
        (dict(start="2025-02-05", end="2025-02-01"), r"start \(2025-02-05 00:00:00\) is after end"),
        (dict(timezone="Moon/Base"), "unknown IANA"),
    ]
    for overrides, message in cases:
        overrides.setdefault("dest", tmp_path / "c.csv")
        with pytest.raises(ValueError, match=message):
            export(client, sb, **overrides)
    with pytest.raises(ValueError, match="export_id"):
        client.resume_export("", dest=tmp_path / "c.csv")
    assert sb.requests == []


async def test_async_export_and_failure(sb, tmp_path):
    client = make_async_client(sb)
    result = await client.export_to_file(
        "conversions",
        integration_id=sb.integration_id,
        start="2025-02-03",
        end="2025-02-03",
        dest=tmp_path / "conv.csv",
        fields=["tx_id", "payout"],
        extra_parameters=["sub2"],
        poll_interval=1.0,
    )
    assert result.rows == result.expected_rows > 0
    assert (tmp_path / "conv.csv").read_text().splitlines()[0] == "tx_id,payout,sub2"
    sb.inject(Fault(drop=True, host="files", phase="response"))
    again = await client.resume_export(result.export_id, dest=tmp_path / "again.csv")
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "conv.csv").read_bytes() and again.rows == result.rows
    sb.fail_next_export("quota")
    with pytest.raises(ExportFailedError, match="quota"):
        await client.export_to_file(
            "impressions",
            integration_id=sb.integration_id,
            start="2025-02-03",
            end="2025-02-03",
            dest=tmp_path / "imp.csv",
            fields=["tx_id"],
            extra_parameters=["sub1"],
        )
    assert not (tmp_path / "imp.csv").exists()
    assert sorted(os.listdir(tmp_path)) == ["again.csv", "conv.csv"]


def no_member_reads(monkeypatch) -> None:
    """Reading a member with zipfile (a second pass over the artifact) fails the test; the
    sandbox still writes its zips."""
    real_open = zipfile.ZipFile.open

    def open_for_writing_only(self, name, mode="r", *args, **kwargs):
        if mode == "r":
            raise AssertionError("the artifact was read a second time")
        return real_open(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", open_for_writing_only)


def test_the_artifact_is_verified_while_it_downloads_not_read_twice(client, sb, tmp_path, monkeypatch):
    no_member_reads(monkeypatch)  # only the central directory is read once the bytes are in
    for extract in (True, False):
        result = export(client, sb, tmp_path / f"c{extract}.csv", extract=extract)
        assert result.rows == result.expected_rows


class Unseekable(io.RawIOBase):
    """What zipfile writes a stream to: it cannot go back, so sizes follow the data."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)


def streamed_zip(name: str, data: bytes, compression: int, *, seekable: bool = False, zip64: bool = False) -> bytes:
    sink = io.BytesIO() if seekable else Unseekable()
    with zipfile.ZipFile(sink, "w", compression) as z, z.open(name, "w", force_zip64=zip64) as member:
        member.write(data)
    return sink.getvalue() if isinstance(sink, io.BytesIO) else bytes(sink.data)


CSV_BIG = b"tx_id,request_time\n" + b"".join(b"t%07d,2025-02-03 10:00:00\n" % n for n in range(120_000))


@pytest.mark.parametrize(
    ("compression", "seekable", "zip64", "data"),
    [
        (zipfile.ZIP_DEFLATED, False, False, b"a,b\n1,2\n3,4\n"),  # data descriptor
        (zipfile.ZIP_STORED, False, False, b"a,b\n1,2\n3,4\n"),  # data descriptor, length in the trailer
        (zipfile.ZIP_STORED, False, False, CSV_BIG),  # longer than what is held back: flows out as it comes
        (zipfile.ZIP_DEFLATED, False, False, CSV_BIG),
        (zipfile.ZIP_DEFLATED, True, True, b"a,b\n1,2\n3,4\n"),  # zip64 sizes in the local header
        (zipfile.ZIP_STORED, True, True, b"a,b\n1,2\n3,4\n"),
        (zipfile.ZIP_STORED, False, True, CSV_BIG),  # zip64 and a data descriptor
    ],
    ids=[
        "deflated+dd",
        "stored+dd",
        "big-stored+dd",
        "big-deflated+dd",
        "deflated-zip64",
        "stored-zip64",
        "stored-zip64+dd",
    ],
)
def test_zips_written_as_streams_are_verified_as_they_arrive(
    sb, tmp_path, monkeypatch, compression, seekable, zip64, data
):
    payload = streamed_zip("c.csv", data, compression, seekable=seekable, zip64=zip64)
    flags = zipfile.ZipFile(io.BytesIO(payload)).infolist()[0].flag_bits
    assert bool(flags & 0x08) is not seekable  # the case this test is about
    no_member_reads(monkeypatch)
    client = make_client(sb, Crafted(sb, payload))
    result = export(client, sb, tmp_path / "c.csv")
    assert (tmp_path / "c.csv").read_bytes() == data and result.rows == csv_module_rows(data)
    kept = export(client, sb, tmp_path / "c.zip", extract=False)
    assert (tmp_path / "c.zip").read_bytes() == payload and kept.rows == result.rows
    assert leftovers(tmp_path) == []


def test_a_stored_member_whose_trailer_is_longer_than_what_is_held_back_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(_zipcheck, "HOLD", 16)  # the central directory alone is longer
    payload = streamed_zip("c.csv", b"a,b\n" * 100, zipfile.ZIP_STORED)
    (tmp_path / "a.zip").write_bytes(payload)
    check = _zipcheck.StreamCheck("e1")
    for at in range(0, len(payload), 50):
        check.feed(payload[at : at + 50])
    with pytest.raises(ArtifactError, match="what follows its stored member is longer than 16 bytes"):
        check.verify(tmp_path / "a.zip")


def with_flag(payload: bytes, flag: int) -> bytes:
    """`payload` (one member) with a general purpose flag set in both of its headers."""
    data = bytearray(payload)
    central = data.index(b"PK\x01\x02")
    for at in (6, central + 8):
        data[at] |= flag
    return bytes(data)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (with_flag(zip_of({"c.csv": b"a,b\n1,2\n"}), 0x01), "refusing the artifact: its member is encrypted"),
        (zip_of({"c.csv": b"a,b\n1,2\n"}, zipfile.ZIP_BZIP2), "compressed with method 12, not stored or deflated"),
        (b"MZ" + zip_of({"c.csv": b"a,b\n1,2\n"}), "it does not start with a zip member"),
        (b"not a zip at all, " * 10, "not a valid zip"),
    ],
    ids=["encrypted", "bzip2", "prefixed", "not-a-zip"],
)
def test_archives_the_stream_check_cannot_follow_are_refused_by_name(sb, tmp_path, payload, message):
    (tmp_path / "c.csv").write_text("keep me")
    client = make_client(sb, Crafted(sb, payload))
    with pytest.raises(ArtifactError, match=message) as info:
        export(client, sb, tmp_path / "c.csv")
    assert info.value.export_id
    assert (tmp_path / "c.csv").read_text() == "keep me" and leftovers(tmp_path) == []


def test_a_zip_bomb_with_a_data_descriptor_is_refused_as_it_expands(sb, tmp_path, monkeypatch):
    monkeypatch.setattr(_zipcheck, "MIN_BOMB_BYTES", 1 << 20)
    bomb = streamed_zip("c.csv", b"0" * (8 << 20), zipfile.ZIP_DEFLATED)  # no sizes before the data
    assert len(bomb) < (8 << 20) // _zipcheck.MAX_RATIO
    emitted = []
    real_emit = _zipcheck.StreamCheck._emit

    def emit(self, data):
        emitted.append(len(data))
        return real_emit(self, data)

    monkeypatch.setattr(_zipcheck.StreamCheck, "_emit", emit)
    client = make_client(sb, Crafted(sb, bomb))
    with pytest.raises(ArtifactError, match="expands more than 200x"):
        export(client, sb, tmp_path / "c.csv")
    assert sum(emitted) <= (1 << 20) + _zipcheck.CHUNK  # stopped at the limit, not at the end
    assert list(tmp_path.iterdir()) == []


def test_the_exported_file_follows_the_umask_like_any_other_file(client, sb, tmp_path):
    old = os.umask(0o022)
    try:
        export(client, sb, tmp_path / "c.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "c.csv").stat().st_mode & 0o777 == 0o644


def test_an_unwritable_destination_is_refused_before_any_request(client, sb):
    if not Path("/proc/self").exists():
        pytest.skip("needs a folder nobody can create files in (Linux /proc)")
    with pytest.raises(ValueError, match="cannot write in '/proc'"):
        export(client, sb, Path("/proc/clicks.csv"))
    assert sb.requests == []


def test_a_disk_error_while_downloading_keeps_the_export_id(client, sb, tmp_path, monkeypatch):
    real_feed = _zipcheck.StreamCheck.feed

    def full_disk(self, chunk):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_zipcheck.StreamCheck, "feed", full_disk)
    with pytest.raises(DownloadError, match="No space left") as info:
        export(client, sb, tmp_path / "c.csv")
    assert info.value.export_id
    assert leftovers(tmp_path) == [] and not (tmp_path / "c.csv").exists()
    monkeypatch.setattr(_zipcheck.StreamCheck, "feed", real_feed)
    assert client.resume_export(info.value.export_id, dest=tmp_path / "c.csv").rows > 0


class MisCount(httpx.BaseTransport):
    """Get Export reports one row more than the artifact holds."""

    def __init__(self, inner: httpx.BaseTransport):
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "GET" and "/downloadcenter-exports/" in request.url.path:
            body = __import__("json").loads(response.read())
            meta = body["data"].get("results_meta")
            if meta:
                meta["total"] += 1
            return httpx.Response(response.status_code, json=body)
        return response


def test_a_row_count_that_differs_from_results_meta_is_reported(sb, tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="integr8")
    result = export(make_client(sb, MisCount(SandboxTransport(sb))), sb, tmp_path / "c.csv")
    assert result.expected_rows == result.rows + 1 and result.rows_match is False
    assert f"the CSV has {result.rows} data rows, the export reported {result.rows + 1}" in caplog.text


def test_an_interrupted_download_leaves_nothing_behind_and_no_thread_running(client, sb, tmp_path, monkeypatch):
    monkeypatch.setattr(_exports, "CHUNK", 1000)  # progress every 1000 bytes: interrupt mid-way
    (tmp_path / "c.csv").write_text("keep me")
    seen = []

    def interrupt(progress):
        seen.append(progress.bytes_done)
        if progress.phase == "downloading" and len(seen) > 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export(client, sb, tmp_path / "c.csv", on_progress=interrupt)
    assert (tmp_path / "c.csv").read_text() == "keep me" and leftovers(tmp_path) == []
    assert 0 < seen[-1] < 40_000  # it stopped mid-download
    for _ in range(500):  # the writer thread ends once its batch is done (no timing asserted)
        if not any(t.name.startswith("integr8-download") for t in threading.enumerate()):
            break
        time.sleep(0.01)
    assert not any(t.name.startswith("integr8-download") for t in threading.enumerate())


async def test_async_downloads_write_and_verify_off_the_event_loop(sb, tmp_path, monkeypatch):
    loop_thread = threading.current_thread().name
    threads = set()
    real_feed = _zipcheck.StreamCheck.feed

    def feed(self, chunk):
        threads.add(threading.current_thread().name)
        return real_feed(self, chunk)

    monkeypatch.setattr(_zipcheck.StreamCheck, "feed", feed)
    result = await export(make_async_client(sb), sb, tmp_path / "c.csv")
    assert result.rows == result.expected_rows > 0
    assert threads and loop_thread not in threads


class SlowOrFailingFile:
    """A file whose writes take `slow` seconds (`writing` is set at the first), and whose
    `fail_on`-th write stores half of its data, then fails (a disk filling up; `failed` is set)."""

    def __init__(self, f, fail_on: int = 0, slow: float = 0.0):
        self.f, self.fail_on, self.slow = f, fail_on, slow
        self.writing, self.failed = threading.Event(), threading.Event()
        self.writes = 0
        self.active = 0  # writes in progress

    def write(self, data):
        self.writes += 1
        self.active += 1
        self.writing.set()
        try:
            time.sleep(self.slow)
            if self.writes == self.fail_on:
                self.f.write(data[: len(data) // 2])
                self.failed.set()
                raise OSError(28, "No space left on device")
            return self.f.write(data)
        finally:
            self.active -= 1

    def __getattr__(self, name):
        return getattr(self.f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()


class CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body in 700-byte chunks whose connection resets before chunk `after` (once `wait_for`
    is set, when given)."""

    def __init__(self, body: bytes, after: int, wait_for: threading.Event | None):
        self.body, self.after, self.wait_for = body, after, wait_for

    def __iter__(self):
        for n, at in enumerate(range(0, len(self.body), 700)):
            if n == self.after:
                if self.wait_for is not None:
                    assert self.wait_for.wait(10)
                raise httpx.ReadError("connection reset")
            yield self.body[at : at + 700]

    async def __aiter__(self):
        for chunk in self:
            yield chunk


class CutFilesBody(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The sandbox, except that the files host's connection resets mid-body: on the first
    download only, or on `every` one."""

    def __init__(self, sb: Sandbox, after: int, wait_for: threading.Event | None = None, every: bool = False):
        self.sync_inner, self.async_inner = SandboxTransport(sb), AsyncSandboxTransport(sb)
        self.files_host = httpx.URL(sb.files_base_url).host
        self.after, self.wait_for, self.every, self.cuts = after, wait_for, every, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._cut(request, self.sync_inner.handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._cut(request, await self.async_inner.handle_async_request(request))

    def _cut(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.host != self.files_host or response.status_code >= 300 or (self.cuts and not self.every):
            return response
        self.cuts += 1
        body = CutStream(response.read(), self.after, self.wait_for)
        return httpx.Response(response.status_code, headers=response.headers, stream=body)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_disk_error_is_not_hidden_by_a_dropped_connection(sb, tmp_path, monkeypatch, mode):
    # Resuming after a half-written batch would append after garbage: the disk error must win.
    monkeypatch.setattr(_spool, "BATCH", 1000)
    failed = threading.Event()
    real_open = open

    def filling_disk(*args, **kwargs):
        f = SlowOrFailingFile(real_open(*args, **kwargs), fail_on=2)
        f.failed = failed
        return f

    monkeypatch.setattr(_spool, "open", filling_disk, raising=False)
    transport = CutFilesBody(sb, after=4, wait_for=failed)  # the drop comes after the disk failed
    client = make_client(sb, transport) if mode == "sync" else make_async_client(sb, transport)
    with pytest.raises(DownloadError, match="No space left") as info:
        result = export(client, sb, tmp_path / "c.zip", extract=False)
        if mode == "async":
            await result
    assert failed.is_set() and isinstance(info.value.__cause__, OSError)
    assert "also failed: ReadError" in "".join(getattr(info.value.__cause__, "__notes__", []))
    assert len(files_requests(sb)) == 1  # not resumed
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_link_that_resets_within_every_batch_still_makes_progress(sb, tmp_path, monkeypatch, mode):
    # The bytes that arrived before a reset are written, and the resume continues after them.
    monkeypatch.setattr(_spool, "BATCH", 8000)
    clean = export(make_client(sb), sb, tmp_path / "clean.zip", extract=False)
    sb.requests.clear()
    transport = CutFilesBody(sb, after=10, every=True)  # 7000 bytes per connection
    client = make_client(sb, transport) if mode == "sync" else make_async_client(sb, transport)
    result = export(client, sb, tmp_path / "flaky.zip", extract=False)
    if mode == "async":
        result = await result
    ranges = [r.headers.get("range") for r in files_requests(sb)]
    assert ranges == [None, "bytes=7000-", "bytes=14000-", "bytes=21000-"] and clean.bytes < 28000
    with zipfile.ZipFile(tmp_path / "flaky.zip") as a, zipfile.ZipFile(tmp_path / "clean.zip") as b:
        assert a.read(a.namelist()[0]) == b.read(b.namelist()[0])  # the same rows (zip timestamps differ)
    assert result.rows == clean.rows


def slow_disk(monkeypatch, seconds: float) -> list[SlowOrFailingFile]:
    """Every file the download opens from now on writes in `seconds` (listed as opened), the
    artifact arriving in 700-byte chunks handed over in batches of 1000 bytes."""
    monkeypatch.setattr(_spool, "BATCH", 1000)
    monkeypatch.setattr(_zipstream, "CHUNK", 700)
    files: list[SlowOrFailingFile] = []
    real_open = open

    def opening(*args, **kwargs):
        files.append(SlowOrFailingFile(real_open(*args, **kwargs), slow=seconds))
        return files[-1]

    monkeypatch.setattr(_spool, "open", opening, raising=False)
    return files


async def test_cancelling_twice_still_waits_for_the_running_batch(sb, tmp_path, monkeypatch, caplog):
    files = slow_disk(monkeypatch, seconds=0.2)
    task = asyncio.create_task(export(make_async_client(sb), sb, tmp_path / "c.csv"))
    while not (files and files[0].writing.is_set()):
        await asyncio.sleep(0.001)
    task.cancel()
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert files and all(f.active == 0 for f in files)  # no write still running when the call ended
    assert list(tmp_path.iterdir()) == []
    gc.collect()
    assert "never retrieved" not in caplog.text


# -- the download object (`integr8._spool.Download`) owns its files: none is left on any failure --


def writer_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("integr8-download")]


def no_writer_thread_left() -> bool:
    for _ in range(500):  # the thread ends once its last work is done (no timing asserted)
        if not writer_threads():
            return True
        time.sleep(0.01)
    return False


def fail_creating_the_file(monkeypatch):
    def temp_beside(dest, suffix):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_spool, "temp_beside", temp_beside)


def fail_opening_the_file(monkeypatch):
    """The temporary file (the zip's, or with extract the CSV's: the zip is not written then)."""
    real_open = open

    def opening(path, mode, *args, **kwargs):
        if str(path).endswith(".part"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(_spool, "open", opening, raising=False)


def fail_writing_the_file(monkeypatch):
    real_open = open

    def opening(path, mode, *args, **kwargs):
        f = real_open(path, mode, *args, **kwargs)
        return SlowOrFailingFile(f, fail_on=1) if str(path).endswith(".part") else f

    monkeypatch.setattr(_spool, "open", opening, raising=False)


def fail_fsync(monkeypatch):
    def fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fsync)


def fail_verifying(monkeypatch):
    def verify(self, zip_path):
        raise ArtifactError("refused by the test", export_id=self.export_id)

    monkeypatch.setattr(_zipcheck.StreamCheck, "verify", verify)


def fail_publishing(monkeypatch):
    def publish(tmp, dest):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(_spool, "publish", publish)


@pytest.mark.parametrize("extract", [True, False])
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("fail", "error", "message"),
    [
        (fail_creating_the_file, DownloadError, "No space left"),
        (fail_opening_the_file, DownloadError, "Permission denied"),
        (fail_writing_the_file, DownloadError, "No space left"),
        (fail_fsync, DownloadError, "Input/output error"),
        (fail_verifying, ArtifactError, "refused by the test"),
        (fail_publishing, DownloadError, "Invalid cross-device link"),
    ],
    ids=["create", "open", "write", "fsync", "verify", "publish"],
)
async def test_the_download_removes_its_files_whatever_step_fails(
    sb, tmp_path, monkeypatch, mode, fail, error, message, extract
):
    (tmp_path / "c.csv").write_text("keep me")
    fail(monkeypatch)
    client = make_client(sb) if mode == "sync" else make_async_client(sb)
    with pytest.raises(error, match=message) as info:
        result = export(client, sb, tmp_path / "c.csv", extract=extract)
        if mode == "async":
            await result
    assert info.value.export_id  # resumable: the export itself is fine
    assert (tmp_path / "c.csv").read_text() == "keep me" and leftovers(tmp_path) == []
    assert no_writer_thread_left()


async def test_the_event_loop_keeps_running_while_the_download_writes(sb, tmp_path, monkeypatch):
    files = slow_disk(monkeypatch, seconds=0.01)
    ticks_while_writing = 0
    done = asyncio.Event()

    async def ticker():  # a task of the same loop: it runs only while the loop is free
        nonlocal ticks_while_writing
        while not done.is_set():
            await asyncio.sleep(0.001)
            ticks_while_writing += any(f.active for f in files)

    ticking = asyncio.create_task(ticker())
    try:
        result = await export(make_async_client(sb), sb, tmp_path / "c.zip", extract=False)
    finally:
        done.set()
        await ticking
    assert result.rows == result.expected_rows and sum(f.writes for f in files) > 10
    assert ticks_while_writing >= 10  # the loop ran while a write was under way, many times
