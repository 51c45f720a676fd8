"""The stream check without a zip file (`integr8._zipcheck`), the extracting download that writes
no zip (`integr8._spool`), and the codec (ISA-L's or zlib's). The sandbox's synthetic artifacts
are tests/test_synthetic_artifact.py's.

An extracting download never writes the zip: the central directory is read from the bytes that
followed the member. That path must give exactly what reading the zip's file gives, for every
archive the check follows or refuses."""

from __future__ import annotations

import io
import threading
import zipfile
from pathlib import Path

import pytest
from exporting import export_args, make_client

from integr8 import ArtifactError, _spool, _zipcheck
from integr8._zipcheck import StreamCheck
from integr8.testing import Fault, ManualClock, Sandbox


class Unseekable(io.RawIOBase):
    """What zipfile writes a stream to: sizes follow the data (a data descriptor)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[no-untyped-def, override]
        self.data += b
        return len(b)


def archive(
    members: dict[str, bytes],
    compression: int = zipfile.ZIP_DEFLATED,
    *,
    stream: bool = False,
    zip64: bool = False,
    comment: bytes = b"",
) -> bytes:
    sink: io.BytesIO | Unseekable = Unseekable() if stream else io.BytesIO()
    with zipfile.ZipFile(sink, "w", compression) as z:  # type: ignore[arg-type]
        z.comment = comment
        for name, data in members.items():
            with z.open(name, "w", force_zip64=zip64) as member:
                member.write(data)
    return bytes(sink.data) if isinstance(sink, Unseekable) else sink.getvalue()


ROWS = b"tx_id,request_time\n" + b"".join(b"t%07d,2025-02-03 10:00:%02d\n" % (n, n % 60) for n in range(10_000))
SMALL = b"a,b\n1,2\n3,4\n"
CASES = {
    "deflated": archive({"c.csv": ROWS}),
    "deflated+dd": archive({"c.csv": ROWS}, stream=True),
    "stored": archive({"c.csv": ROWS}, zipfile.ZIP_STORED),
    "stored+dd": archive({"c.csv": ROWS}, zipfile.ZIP_STORED, stream=True),
    "small-stored+dd": archive({"c.csv": SMALL}, zipfile.ZIP_STORED, stream=True),
    "deflated-zip64": archive({"c.csv": SMALL}, zip64=True),
    "stored-zip64+dd": archive({"c.csv": ROWS}, zipfile.ZIP_STORED, stream=True, zip64=True),
    "comment": archive({"c.csv": ROWS}, comment=b"exported by Integr8 " * 100),
    "empty-csv": archive({"c.csv": b""}),
    "two-members": archive({"a.csv": SMALL, "b.csv": ROWS}),
    "no-member": archive({}),
    "unsafe-name": archive({"../c.csv": SMALL}),
    "bzip2": archive({"c.csv": SMALL}, zipfile.ZIP_BZIP2),
    "prefixed": b"MZ" + archive({"c.csv": SMALL}),
    "not-a-zip": b"<html>not found</html>" * 50,
    "truncated": archive({"c.csv": ROWS})[:-200],
    "corrupt-central-directory": (lambda b: b[:-30] + bytes([b[-30] ^ 0xFF]) + b[-29:])(archive({"c.csv": ROWS})),
    # zipfile finds the end record within the last 64 KiB: what follows it is ignored, both ways
    "trailing-junk-member": archive({"c.csv": ROWS}) + b"PK\x03\x04" + b"\0" * 100,
}


def checked(payload: bytes, step: int, zip_path: Path | None) -> tuple[object, ...]:
    """What the check says of `payload` fed `step` bytes at a time: its findings and the CSV it
    unpacked, or the error it raised."""
    check = StreamCheck("e1")
    sink = io.BytesIO()
    check.sink = sink
    try:
        for at in range(0, len(payload), step):
            check.feed(payload[at : at + step])
        check.verify(zip_path)
    except ArtifactError as exc:
        return ("refused", str(exc))
    return ("ok", check.name, check.crc, check.size, check.rows.data_rows(), sink.getvalue())


@pytest.mark.parametrize("step", [3, 4096, 1 << 20])
@pytest.mark.parametrize("case", list(CASES))
def test_the_bytes_kept_after_the_member_say_what_the_zip_file_says(tmp_path, monkeypatch, case, step):
    monkeypatch.setattr(_zipcheck, "STEP", 5)  # and inflating a few bytes at a time changes nothing
    payload = CASES[case]
    (tmp_path / "a.zip").write_bytes(payload)
    from_file = checked(payload, step, tmp_path / "a.zip")
    assert checked(payload, step, None) == from_file
    if case in ("deflated", "deflated+dd", "stored", "stored+dd", "comment", "stored-zip64+dd"):
        assert from_file[0] == "ok" and from_file[-1] == ROWS and from_file[-2] == 10_000
    elif case not in ("small-stored+dd", "deflated-zip64", "empty-csv", "trailing-junk-member"):
        assert from_file[0] == "refused"


def test_a_central_directory_beyond_the_bytes_kept_is_refused_by_name(monkeypatch):
    monkeypatch.setattr(_zipcheck, "HOLD", 64)  # the comment alone is longer than twice that
    payload = archive({"c.csv": ROWS}, comment=b"x" * 400)
    assert checked(payload, 1000, None) == (
        "refused",
        "refusing the artifact: what follows its member is longer than 64 bytes (the SDK verifies zips of one "
        "stored or deflated CSV)",
    )


def test_what_follows_the_member_is_kept_within_bounds(monkeypatch):
    monkeypatch.setattr(_zipcheck, "HOLD", 1000)
    check = StreamCheck("e1")
    payload = archive({"a.csv": SMALL, "b.csv": ROWS}, zipfile.ZIP_STORED)  # a long second member
    for at in range(0, len(payload), 300):
        check.feed(payload[at : at + 300])
        assert len(check._tail) <= 2 * 1000
    with pytest.raises(ArtifactError, match="holds 2"):  # its central directory is still read
        check.verify(None)


# -- the extracting download: no zip file, and a resume goes on where the CSV stands --------------


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


def test_an_extracting_download_writes_only_the_csv(sb, tmp_path, monkeypatch):
    created: list[str] = []
    real = _spool.temp_beside

    def temp_beside(dest, suffix):
        created.append(suffix)
        return real(dest, suffix)

    monkeypatch.setattr(_spool, "temp_beside", temp_beside)
    client = make_client(sb)
    result = client.export_to_file("clicks", **export_args(sb, tmp_path / "c.csv"))
    assert created == [".csv.part"] and result.rows == result.expected_rows > 0
    client.export_to_file("clicks", **export_args(sb, tmp_path / "c.zip", extract=False))
    assert created == [".csv.part", ".zip.part"]


def test_an_extracting_download_cut_short_resumes_into_the_same_csv(sb, tmp_path, monkeypatch):
    monkeypatch.setattr(_spool, "BATCH", 1000)
    clean = make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "clean.csv"))
    sb.requests.clear()
    sb.inject(Fault(truncate_body_at=4000, host="files"))
    sb.inject(Fault(truncate_body_at=9000, host="files"))
    result = make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "resumed.csv"))
    ranges = [r.headers.get("range") for r in sb.requests if r.host == "files"]
    assert ranges == [None, "bytes=4000-", "bytes=13000-"]
    assert (tmp_path / "resumed.csv").read_bytes() == (tmp_path / "clean.csv").read_bytes()
    assert result.rows == clean.rows and result.bytes == clean.bytes


def test_unpacked_pieces_are_consumed_in_order_on_another_thread_two_at_most(tmp_path, monkeypatch):
    monkeypatch.setattr(_zipcheck, "STEP", 4096)  # many pieces
    threads: set[str] = set()
    held = {"now": 0, "most": 0}
    lock = threading.Lock()
    real_consume = StreamCheck.consume

    def consume(self, data):
        threads.add(threading.current_thread().name)
        real_consume(self, data)
        with lock:
            held["now"] -= 1

    monkeypatch.setattr(StreamCheck, "consume", consume)
    check = StreamCheck("e1")
    download = _spool.Download(tmp_path / "c.csv", extract=True, check=check)
    download.create().result()
    hand = check.handoff
    assert hand is not None

    def counting(consume, piece):
        with lock:
            held["now"] += 1
            held["most"] = max(held["most"], held["now"])
        hand(consume, piece)

    check.handoff = counting
    download.begin("wb").result()
    payload = CASES["deflated"]
    for at in range(0, len(payload), 50_000):
        if (previous := download.add(payload[at : at + 50_000])) is not None:
            previous.result()
    download.finish().result()
    for future in download.end():
        future.result()
    assert download.publish().result() == (len(ROWS), 10_000)
    download.discard().result()
    assert (tmp_path / "c.csv").read_bytes() == ROWS
    assert threads == {t for t in threads if t.startswith("integr8-download-unpack")} and threads
    assert 1 <= held["most"] <= 2


@pytest.mark.parametrize("case", ["stored", "stored+dd", "deflated"])
def test_a_stored_member_is_consumed_on_the_downloads_thread_and_unpacks_alike(tmp_path, monkeypatch, case):
    threads: list[str] = []
    real_consume = StreamCheck.consume

    def consume(self, data):
        threads.append(threading.current_thread().name)
        real_consume(self, data)

    monkeypatch.setattr(StreamCheck, "consume", consume)
    monkeypatch.setattr(_spool, "BATCH", 50_000)  # many batches
    check = StreamCheck("e1")
    download = _spool.Download(tmp_path / "c.csv", extract=True, check=check)
    download.create().result()
    download.begin("wb").result()
    payload = CASES[case]
    for at in range(0, len(payload), 10_000):
        if (previous := download.add(payload[at : at + 10_000])) is not None:
            previous.result()
    download.finish().result()
    for future in download.end():
        future.result()
    assert download.publish().result() == (len(ROWS), 10_000)
    download.discard().result()
    assert (tmp_path / "c.csv").read_bytes() == ROWS
    unpacker = {t for t in threads if t.startswith("integr8-download-unpack")}
    if case == "deflated":  # inflating overlaps consuming
        assert unpacker and set(threads) == unpacker
    else:  # nothing to overlap: no second thread (a data descriptor's member is held, then consumed at once)
        assert threads and not unpacker and all(t.startswith("integr8-download") for t in threads)
        assert len(threads) > 1 or case == "stored+dd"


# -- the codec: ISA-L when installed, zlib otherwise; the same bytes out either way ----------------


def test_without_isal_zlib_inflates(monkeypatch):
    import sys
    import zlib

    monkeypatch.setitem(sys.modules, "isal", None)  # as if not installed
    assert _zipcheck.codec() == ("zlib", zlib.decompressobj, (zlib.error,), zlib.crc32)
    assert _zipcheck.codec(prefer_isal=False).name == "zlib"


@pytest.mark.parametrize("case", ["deflated", "deflated+dd", "stored+dd", "comment", "deflated-zip64", "empty-csv"])
def test_isal_verifies_exactly_as_zlib_does(monkeypatch, case):
    pytest.importorskip("isal.isal_zlib")
    outcomes = []
    for prefer_isal in (True, False):
        codec = _zipcheck.codec(prefer_isal)
        assert codec.name == ("isal" if prefer_isal else "zlib")
        monkeypatch.setattr(_zipcheck, "CODEC", codec)
        outcomes.append(checked(CASES[case], 4096, None))
        corrupt = bytearray(CASES["deflated"])
        corrupt[30 + len("c.csv")] = 0xFF  # the first deflate block header: an invalid block type
        assert checked(bytes(corrupt), 4096, None)[1].startswith("the artifact is corrupt: ")
    assert outcomes[0] == outcomes[1] and outcomes[0][0] == "ok"
