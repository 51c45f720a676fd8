"""Export status answers that cannot be trusted: each ends the wait at once, with the export's id.

The sandbox's Download Center answers as the spec says; `Fault(operation="getDownloadCenterExport",
body=...)` replaces a status answer (after the sandbox has handled the request) with an odd one.
Time is the sandbox's ManualClock, so a wait that would last until `timeout` takes no real time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from exporting import export_args as shared_export_args
from exporting import make_async_client, make_client

from integr8 import (
    APIResponseValidationError,
    ExportFailedError,
    ExportTimeoutError,
)
from integr8.testing import Fault, ManualClock, Sandbox

GET = "getDownloadCenterExport"


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


def export_args(sb: Sandbox, dest: Path) -> dict:
    # timeout: sandbox seconds; the old code waited this long on an odd status. Every export here
    # is a new one (reuse_max_age=None): the tests repeat the same query on one sandbox, and what
    # they check is how the status answers of that export are read, not reuse (test_export_reuse.py).
    return shared_export_args(sb, dest, timeout=120.0, reuse_max_age=None)


def polls(sb: Sandbox) -> int:
    return sum(1 for r in sb.requests if r.operation_id == GET)


def export_ids(sb: Sandbox) -> list[str]:
    return [r.url.rsplit("/", 1)[-1].split("?")[0] for r in sb.requests if r.operation_id == GET]


def other_export(sb: Sandbox, tmp_path: Path) -> dict:
    """A COMPLETED export (with an artifact) of another date: the object a confused server could send."""
    client = make_client(sb)
    done = client.export_to_file(
        "clicks", **{**export_args(sb, tmp_path / "other.csv"), "start": "2025-02-10", "end": "2025-02-10"}
    )
    answer = client._http.get(f"/api/v2/downloadcenter-exports/{done.export_id}")
    sb.requests.clear()
    return answer.json()


ODD_ANSWERS = {
    "empty object": {},
    "status is a number": {"status": 42},
    "status in an envelope, null": {"data": {"status": None}},
    "status is empty text": {"status": ""},
}


@pytest.mark.parametrize("body", list(ODD_ANSWERS.values()), ids=list(ODD_ANSWERS))
def test_a_status_answer_without_a_status_text_is_an_error_naming_the_export(sb, tmp_path, body):
    sb.inject(Fault(operation=GET, body=body, times=None))
    with pytest.raises(APIResponseValidationError) as info:
        make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "c.csv"))
    export_id = export_ids(sb)[0]
    assert f"export {export_id}" in str(info.value) and "status" in str(info.value)
    assert "resume_export" in str(info.value)
    assert polls(sb) == 1  # the first odd answer ends it: no waiting until `timeout`
    assert not (tmp_path / "c.csv").exists()


@pytest.mark.parametrize("body", list(ODD_ANSWERS.values()), ids=list(ODD_ANSWERS))
async def test_async_a_status_answer_without_a_status_text_is_an_error_naming_the_export(sb, tmp_path, body):
    sb.inject(Fault(operation=GET, body=body, times=None))
    client = make_async_client(sb)
    with pytest.raises(APIResponseValidationError) as info:
        await client.export_to_file("clicks", **export_args(sb, tmp_path / "c.csv"))
    assert f"export {export_ids(sb)[0]}" in str(info.value)
    assert polls(sb) == 1 and not (tmp_path / "c.csv").exists()


def test_the_object_of_another_export_is_refused_and_nothing_is_downloaded(sb, tmp_path):
    other = other_export(sb, tmp_path)
    other_id = other["data"]["id"]
    sb.inject(Fault(operation=GET, body=other, times=None))
    with pytest.raises(APIResponseValidationError) as info:
        make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "c.csv"))
    export_id = export_ids(sb)[0]
    assert export_id != other_id
    assert f"export {export_id}" in str(info.value) and other_id in str(info.value)
    assert not (tmp_path / "c.csv").exists()
    assert not [r for r in sb.requests if r.host == "files"]  # the other artifact was not fetched


async def test_async_the_object_of_another_export_is_refused(sb, tmp_path):
    other = other_export(sb, tmp_path)
    sb.inject(Fault(operation=GET, body=other, times=None))
    client = make_async_client(sb)
    with pytest.raises(APIResponseValidationError, match=other["data"]["id"]):
        await client.export_to_file("clicks", **export_args(sb, tmp_path / "c.csv"))
    assert not (tmp_path / "c.csv").exists() and not [r for r in sb.requests if r.host == "files"]


def test_resume_export_checks_the_status_answer_too(sb, tmp_path):
    other = other_export(sb, tmp_path)
    sb.inject(Fault(operation=GET, body=other, times=None))
    with pytest.raises(APIResponseValidationError, match="export mine"):
        make_client(sb).resume_export("mine", dest=tmp_path / "c.csv", timeout=60)
    assert not (tmp_path / "c.csv").exists()


FAILED = {"status": "FAILED", "error": "query exceeded the row limit"}


def test_an_unknown_status_with_error_text_fails_with_that_text(sb, tmp_path):
    sb.inject(Fault(operation=GET, body={"data": FAILED}, times=None))
    with pytest.raises(ExportFailedError) as info:
        make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "c.csv"))
    assert info.value.status == "FAILED" and info.value.error == "query exceeded the row limit"
    assert info.value.export_id == export_ids(sb)[0]
    assert "query exceeded the row limit" in str(info.value)
    assert polls(sb) == 1 and not (tmp_path / "c.csv").exists()


async def test_async_an_unknown_status_with_error_text_fails_with_that_text(sb, tmp_path):
    sb.inject(Fault(operation=GET, body=FAILED, times=None))  # bare, as the create answer is
    client = make_async_client(sb)
    with pytest.raises(ExportFailedError, match="query exceeded the row limit") as info:
        await client.export_to_file("clicks", **export_args(sb, tmp_path / "c.csv"))
    assert info.value.status == "FAILED" and polls(sb) == 1


@pytest.mark.parametrize("error", [None, "", "   "])
def test_an_unknown_status_without_error_text_is_waited_on(sb, tmp_path, error):
    odd = {"status": "QUEUED_ELSEWHERE"} if error is None else {"status": "QUEUED_ELSEWHERE", "error": error}
    sb.inject(Fault(operation=GET, body=odd, times=3))
    result = make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "c.csv"))
    assert result.rows > 0 and polls(sb) >= 4  # three odd answers, then the real ones
    sb.inject(Fault(operation=GET, body=odd, times=None))
    with pytest.raises(ExportTimeoutError) as info:  # still: it is waited on until `timeout`
        make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "d.csv"))
    assert info.value.status == "QUEUED_ELSEWHERE"


async def test_async_an_unknown_status_without_error_text_is_waited_on(sb, tmp_path):
    sb.inject(Fault(operation=GET, body={"data": {"status": "QUEUED_ELSEWHERE"}}, times=2))
    result = await make_async_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "c.csv"))
    assert result.rows > 0 and polls(sb) >= 3


async def test_async_concurrent_exports_each_fail_on_their_own_odd_answer(sb, tmp_path):
    import asyncio

    client = make_async_client(sb)
    sb.inject(Fault(operation=GET, body={"status": 42}, times=None))
    results = await asyncio.gather(
        *(client.export_to_file("clicks", **export_args(sb, tmp_path / f"c{i}.csv")) for i in range(3)),
        return_exceptions=True,
    )
    ids = set(export_ids(sb))
    assert len(ids) == 3 and all(isinstance(r, APIResponseValidationError) for r in results)
    assert sorted(next(i for i in ids if f"export {i}:" in str(r)) for r in results) == sorted(ids)
    assert not list(tmp_path.glob("c*.csv"))
