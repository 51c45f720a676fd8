"""The sandbox's synthetic artifacts (`Sandbox.synthetic_artifact_bytes`, for download
benchmarks): a zip of exactly the size asked, its CSV deflated (the default, as Integr8's are) or
stored (`synthetic_artifact_compression`), which the SDK verifies and unpacks like any export."""

from __future__ import annotations

import io
import zipfile

import pytest
from exporting import export_args, make_client

from integr8.testing import ManualClock, Sandbox
from integr8.testing._artifacts import columns_of, synthetic

STAMP = (2025, 2, 3, 0, 0, 0)
METHODS = {"deflated": zipfile.ZIP_DEFLATED, "stored": zipfile.ZIP_STORED}


def unzipped(data: bytes) -> tuple[zipfile.ZipInfo, bytes]:
    """The one member of `data` (checked by zipfile: CRC-32 and sizes) and its content."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None  # the CRC-32 computed without the content is right
        (member,) = z.infolist()
        return member, z.read(member)


@pytest.mark.parametrize("compression", list(METHODS))
@pytest.mark.parametrize("size", [600, 4097, 1 << 20, 3 * 2**20 + 12345])
def test_a_synthetic_artifact_is_one_csv_of_exactly_the_size_asked(compression, size):
    columns = columns_of("click_logs")
    artifact, rows = synthetic("c.csv", size, columns, ["sub1"], ",", STAMP, compression)
    data = artifact.getvalue()
    assert len(data) == artifact.size == size
    member, text = unzipped(data)
    assert member.compress_type == METHODS[compression] and member.filename == "c.csv"
    lines = text.decode().splitlines()
    assert lines[0] == ",".join([*columns, "sub1"]) and len(lines) - 1 == rows >= 1
    assert all(len(line.split(",")) == len(columns) + 1 for line in lines)  # whole rows only
    assert b"".join(artifact.read(100, 300)) == data[100:300]  # any range, as served
    if size >= 1 << 20:
        assert len(set(lines[1:1000])) == 999  # no row repeats within a stretch
        ratio = member.file_size / member.compress_size
        # Deflated: compresses like the sandbox's own click exports (about 3x), not like a bomb.
        assert 2.5 < ratio < 4.5 if compression == "deflated" else ratio == 1


def test_both_compressions_hold_the_same_rows():
    columns = columns_of("click_logs")
    texts = {c: unzipped(synthetic("c.csv", 1 << 20, columns, [], ",", STAMP, c)[0].getvalue())[1] for c in METHODS}
    assert texts["deflated"].startswith(texts["stored"])  # the deflated one packs about 3x the rows


@pytest.mark.parametrize("compression", list(METHODS))
def test_a_synthetic_artifact_too_small_for_one_row_is_refused(compression):
    with pytest.raises(ValueError, match="too small"):
        synthetic("c.csv", 150, columns_of("click_logs"), ["sub1"], ",", STAMP, compression)


def test_the_sandbox_zips_synthetic_artifacts_deflated_unless_told_stored():
    assert Sandbox(seed=0).synthetic_artifact_compression == "deflated"
    sb = Sandbox(seed=0, synthetic_artifact_compression="stored")
    assert sb.synthetic_artifact_compression == "stored"
    for bad in ("zip", "STORED", None, 8):
        with pytest.raises(ValueError, match="synthetic_artifact_compression must be 'deflated' or 'stored'"):
            Sandbox(seed=0, synthetic_artifact_compression=bad)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="synthetic_artifact_compression must be"):
            sb.synthetic_artifact_compression = bad  # type: ignore[assignment]
    assert sb.synthetic_artifact_compression == "stored"  # a refused value changes nothing


@pytest.mark.parametrize("compression", list(METHODS))
def test_the_sdk_verifies_and_unpacks_a_synthetic_artifact_of_either_compression(tmp_path, compression):
    size = 2 * 2**20 + 777  # several of the download's batches
    sb = Sandbox(
        seed=0,
        clock=ManualClock(),
        synthetic_artifact_bytes=size,
        synthetic_artifact_compression=compression,
    )
    client = make_client(sb)
    fields = columns_of("click_logs")
    kept = client.export_to_file("clicks", **export_args(sb, tmp_path / "a.zip", fields=fields, extract=False))
    member, text = unzipped((tmp_path / "a.zip").read_bytes())
    assert member.compress_type == METHODS[compression] and kept.bytes == size
    assert kept.rows == kept.expected_rows == len(text.splitlines()) - 1 > 10_000
    csv = client.export_to_file("clicks", **export_args(sb, tmp_path / "a.csv", fields=fields))
    assert (tmp_path / "a.csv").read_bytes() == text
    assert csv.rows == csv.expected_rows == kept.rows and csv.bytes == len(text)
