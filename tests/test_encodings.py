"""Content encodings and charsets: what a host or proxy does to a body, and what the SDK makes of it.

Each failure of issue 14 is a test here, sync and async where the API has both:

- artifacts served gzip-encoded (Content-Length counting the encoded bytes), by a host with
  and without Range support: the file at dest is the artifact, byte for byte, and a resume never
  asks for a Range of an encoded body;
- bodies labelled `Content-Encoding: gzip` that are not gzip (a misconfigured proxy), for an API
  call, the artifact download and an AppSamurai pull: typed errors;
- JSON in a declared charset (ISO-8859-1), for an API call and an AppSamurai pull; bytes that
  still cannot be decoded cost only the campaign they are in;
- AppSamurai's zero date `0000-00-00` as no end date.

Every error raised here is walked (`secret_texts`): repr, str, attributes, its request and
response, and every exception chained to it, recursively; none may hold the API key, the
AppSamurai token or a signed URL's signature.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from exporting import export_args as shared_export_args
from exporting import make_async_client, make_client

from integr8 import APIResponseValidationError, DownloadError, Integr8, errors
from integr8.appsamurai import AppSamurai, AppSamuraiConnectionError, AppSamuraiResponseError, AsyncAppSamurai
from integr8.testing import (
    Fault,
    ManualClock,
    Sandbox,
    SandboxTransport,
    serve,
    use_sandbox_time,
)

TOKEN = "tokE1c0d1n9sAbCdEf0123456789xyz"
APPS_URL = f"https://api.appsamurai.com/api/campaign-pull/list/{TOKEN}"


# -- helpers ------------------------------------------------------------------------------------


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


def export_args(sb: Sandbox, dest: Path, **kw: Any) -> dict[str, Any]:
    return shared_export_args(sb, dest, **{"extract": False, **kw})


def files_requests(sb: Sandbox) -> list[Any]:
    return [r for r in sb.requests if r.host == "files"]


def signatures(sb: Sandbox) -> set[str]:
    """The signature of every signed URL the sandbox was asked for."""
    return {httpx.URL(r.url).params["signature"] for r in files_requests(sb)}


def secret_texts(err: BaseException) -> list[str]:
    """Every text an error shows or holds: repr/str, attributes (vars), its request and response
    (URL, headers, body), and the same of every exception chained to it, recursively. Not the
    traceback's frames."""
    texts: list[str] = []
    seen: set[int] = set()
    todo: list[tuple[Any, int]] = [(err, 0)]
    while todo:
        obj, depth = todo.pop()
        if obj is None or id(obj) in seen or depth > 12:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            texts.append(obj)
        elif isinstance(obj, (bytes, bytearray)):
            texts.append(bytes(obj).decode("latin-1"))
        elif isinstance(obj, (int, float, bool)):
            continue
        elif isinstance(obj, httpx.Request):
            texts += [repr(obj), str(obj.url), repr(obj.headers), repr(obj.headers.raw)]
            if hasattr(obj, "_content"):
                texts.append(obj.content.decode("latin-1"))
        elif isinstance(obj, httpx.Response):
            texts += [repr(obj), repr(obj.headers)]
            if hasattr(obj, "_content"):
                texts.append(obj.content.decode("latin-1"))
            todo += [(obj._request, depth + 1), (obj.history, depth + 1)]
        elif isinstance(obj, BaseException):
            texts += [repr(obj), str(obj)]
            todo += [(obj.args, depth + 1), (vars(obj), depth + 1)]
            todo += [(obj.__cause__, depth + 1), (obj.__context__, depth + 1)]
            for name in ("request", "response"):
                try:
                    todo.append((getattr(obj, name, None), depth + 1))
                except RuntimeError:  # httpx: "The .request property has not been set."
                    pass
        elif isinstance(obj, dict):
            todo += [(item, depth + 1) for pair in obj.items() for item in pair]
        elif isinstance(obj, (list, tuple, set, frozenset)):
            todo += [(item, depth + 1) for item in obj]
        elif hasattr(obj, "__dict__") and not isinstance(obj, type):
            texts.append(repr(obj))
            todo.append((vars(obj), depth + 1))
    return texts


def assert_no_secrets(err: BaseException, *secrets: str) -> None:
    assert all(len(s) >= 8 for s in secrets)
    for text in secret_texts(err):
        for secret in secrets:
            assert secret not in text, f"{secret[:6]}... found in {text[:200]!r}"
        assert "signature=" not in text


def artifact_of(sb: Sandbox, result: Any) -> bytes:
    """The artifact of an export, as the files host stores it (before any fault)."""
    artifact = sb.exports.artifact(result.artifact_name)
    assert artifact is not None
    data = b"".join(artifact.read(0, artifact.size))
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    return data


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


NO_RANGES = {"Accept-Ranges": None}


# -- the artifact served gzip-encoded -------------------------------------------------------------


@pytest.mark.parametrize("ranges", [True, False], ids=["with-range", "without-range"])
def test_a_gzip_encoded_artifact_is_saved_byte_for_byte(sb, tmp_path, ranges):
    sb.inject(Fault(gzip=True, host="files", times=None, headers=None if ranges else NO_RANGES))
    result = make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "gz.zip"))
    assert (tmp_path / "gz.zip").read_bytes() == artifact_of(sb, result)
    assert result.bytes == len(artifact_of(sb, result))
    (request,) = files_requests(sb)  # one download: the encoded length was compared with itself
    assert request.headers["accept-encoding"] == "identity"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("ranges", [True, False], ids=["with-range", "without-range"])
async def test_a_gzip_encoded_artifact_is_saved_byte_for_byte_async(sb, tmp_path, ranges):
    sb.inject(Fault(gzip=True, host="files", times=None, headers=None if ranges else NO_RANGES))
    async with make_async_client(sb) as client:
        result = await client.export_to_file("clicks", **export_args(sb, tmp_path / "gz.zip"))
    assert (tmp_path / "gz.zip").read_bytes() == artifact_of(sb, result)
    (request,) = files_requests(sb)
    assert request.headers["accept-encoding"] == "identity"


@pytest.mark.parametrize("ranges", [True, False], ids=["with-range", "without-range"])
def test_a_gzip_encoded_artifact_cut_short_restarts_without_range(sb, tmp_path, ranges):
    headers = None if ranges else NO_RANGES
    sb.inject(Fault(gzip=True, truncate_body_at=1000, host="files", headers=headers))
    sb.inject(Fault(gzip=True, host="files", times=None, headers=headers))
    result = make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "gz.zip"))
    assert (tmp_path / "gz.zip").read_bytes() == artifact_of(sb, result)
    sent = files_requests(sb)
    assert len(sent) == 2
    assert [r.headers.get("range") for r in sent] == [None, None]  # never a Range of an encoded body


async def test_a_gzip_encoded_artifact_cut_short_restarts_without_range_async(sb, tmp_path):
    sb.inject(Fault(gzip=True, truncate_body_at=1000, host="files"))
    sb.inject(Fault(gzip=True, host="files", times=None))
    async with make_async_client(sb) as client:
        result = await client.export_to_file("clicks", **export_args(sb, tmp_path / "gz.zip"))
    assert (tmp_path / "gz.zip").read_bytes() == artifact_of(sb, result)
    assert [r.headers.get("range") for r in files_requests(sb)] == [None, None]


def test_a_gzip_encoded_csv_export_extracts_the_same_rows(sb, tmp_path):
    clean = make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "clean.csv", extract=True))
    sb.inject(Fault(gzip=True, host="files", times=None))
    result = make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "gz.csv", extract=True))
    assert (tmp_path / "gz.csv").read_bytes() == (tmp_path / "clean.csv").read_bytes()
    assert result.rows == clean.rows > 0


def test_an_identity_artifact_cut_short_still_resumes_with_range(sb, tmp_path):
    sb.inject(Fault(truncate_body_at=4000, host="files"))
    result = make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "r.zip"))
    assert (tmp_path / "r.zip").read_bytes() == artifact_of(sb, result)
    assert [r.headers.get("range") for r in files_requests(sb)] == [None, "bytes=4000-"]
    assert all(r.headers["accept-encoding"] == "identity" for r in files_requests(sb))


def test_loopback_a_gzip_encoded_artifact_is_saved_byte_for_byte(sb, tmp_path):
    sb.inject(Fault(gzip=True, host="files", times=None))
    with serve(sb) as server:
        with use_sandbox_time(Integr8(api_key=sb.api_key, base_url=server.base_url, allow_http=True), sb) as client:
            result = client.export_to_file("clicks", **export_args(sb, tmp_path / "gz.zip"))
    assert (tmp_path / "gz.zip").read_bytes() == artifact_of(sb, result)
    assert len(files_requests(sb)) == 1


# -- bodies labelled gzip that are not ------------------------------------------------------------


MISLABELLED = {"Content-Encoding": "gzip"}


def test_a_mislabelled_artifact_is_a_download_error_without_secrets(sb, tmp_path):
    (tmp_path / "c.zip").write_bytes(b"keep me")
    sb.inject(Fault(headers=MISLABELLED, host="files", times=None))
    with pytest.raises(DownloadError, match="Content-Encoding: gzip") as caught:
        make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "c.zip"))
    assert caught.value.export_id
    assert (tmp_path / "c.zip").read_bytes() == b"keep me" and leftovers(tmp_path) == []
    assert len(files_requests(sb)) == 1  # a mislabelled body does not get better by asking again
    assert_no_secrets(caught.value, sb.api_key, *signatures(sb))


async def test_a_mislabelled_artifact_is_a_download_error_without_secrets_async(sb, tmp_path):
    sb.inject(Fault(headers=MISLABELLED, host="files", times=None))
    async with make_async_client(sb) as client:
        with pytest.raises(DownloadError, match="Content-Encoding: gzip") as caught:
            await client.export_to_file("clicks", **export_args(sb, tmp_path / "c.zip"))
    assert list(tmp_path.iterdir()) == []
    assert_no_secrets(caught.value, sb.api_key, *signatures(sb))


def test_an_artifact_dropped_mid_download_leaves_no_signed_url_in_the_error(sb, tmp_path):
    sb.inject(Fault(truncate_body_at=1000, host="files", times=None))
    with pytest.raises(DownloadError, match="cut short") as caught:
        make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "c.zip"))
    assert_no_secrets(caught.value, sb.api_key, *signatures(sb))


def test_a_mislabelled_api_answer_is_a_validation_error_without_the_key(sb):
    sb.inject(Fault(headers=MISLABELLED, operation="getOffer"))
    with pytest.raises(APIResponseValidationError, match="Content-Encoding: gzip") as caught:
        make_client(sb).offers.get_offer(integration_id=sb.integration_id, offer_id=sb.offer_ids[0])
    assert caught.value.status_code == 200
    assert len([r for r in sb.requests if r.operation_id == "getOffer"]) == 1
    assert_no_secrets(caught.value, sb.api_key)


async def test_a_mislabelled_api_answer_is_a_validation_error_without_the_key_async(sb):
    sb.inject(Fault(headers=MISLABELLED, operation="getOffer"))
    async with make_async_client(sb) as client:
        with pytest.raises(APIResponseValidationError, match="Content-Encoding: gzip") as caught:
            await client.offers.get_offer(integration_id=sb.integration_id, offer_id=sb.offer_ids[0])
    assert_no_secrets(caught.value, sb.api_key)


def test_a_mislabelled_answer_to_a_post_is_typed_and_not_sent_again(sb, tmp_path):
    sb.inject(Fault(headers=MISLABELLED, operation="exportClicks"))
    with pytest.raises(APIResponseValidationError, match="Content-Encoding: gzip") as caught:
        make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "c.zip"))
    assert len([r for r in sb.requests if r.operation_id == "exportClicks"]) == 1  # one export made
    assert_no_secrets(caught.value, sb.api_key)


def test_a_mislabelled_error_answer_is_still_the_status_error(sb):
    sb.inject(Fault(headers=MISLABELLED, operation="getOffer"))
    with pytest.raises(errors.NotFoundError) as caught:
        make_client(sb).offers.get_offer(integration_id=sb.integration_id, offer_id="0" * 24)
    assert_no_secrets(caught.value, sb.api_key)


def test_a_really_gzip_encoded_api_answer_reads_as_usual(sb):
    sb.inject(Fault(gzip=True, operation="getOffer"))
    client = make_client(sb)
    offer = client.offers.get_offer(integration_id=sb.integration_id, offer_id=sb.offer_ids[0])
    assert offer.data.id == sb.offer_ids[0]


# -- a declared charset, for API answers ------------------------------------------------------------


def rename_offer(sb: Sandbox, offer_id: str, name: str) -> None:
    (record,) = [r for c in sb.store.collections.values() for r in c if r.id == offer_id]
    record.data["name"] = name


def test_a_latin_1_api_answer_is_read_in_its_charset(sb):
    rename_offer(sb, sb.offer_ids[0], "Café €")  # € is not Latin-1: sent as a \\u20ac escape
    sb.inject(Fault(charset="ISO-8859-1", operation="getOffer"))
    offer = make_client(sb).offers.get_offer(integration_id=sb.integration_id, offer_id=sb.offer_ids[0])
    assert offer.data.name == "Café €"


async def test_a_latin_1_api_answer_is_read_in_its_charset_async(sb):
    rename_offer(sb, sb.offer_ids[0], "Café")
    sb.inject(Fault(charset="ISO-8859-1", operation="getOffer"))
    async with make_async_client(sb) as client:
        offer = await client.offers.get_offer(integration_id=sb.integration_id, offer_id=sb.offer_ids[0])
    assert offer.data.name == "Café"


def test_the_charset_fault_really_sends_latin_1(sb):
    rename_offer(sb, sb.offer_ids[0], "Café")
    sb.inject(Fault(charset="ISO-8859-1", operation="getOffer"))
    with httpx.Client(transport=SandboxTransport(sb), headers={"API-KEY": sb.api_key}) as http:
        response = http.get(f"{sb.base_url}/api/v2/integrations/{sb.integration_id}/offers/{sb.offer_ids[0]}")
    assert response.headers["content-type"] == "application/json; charset=ISO-8859-1"
    assert b'"Caf\xe9"' in response.content


# -- AppSamurai ---------------------------------------------------------------------------------------


def campaign(campaign_id: int, **fields: Any) -> str:
    import json

    body = {
        "campaign_id": campaign_id,
        "app_title": f"App {campaign_id}",
        "start_date": "2025-02-19 12:25:00",
        "end_date": "No End Date",
        "revenue": 1.5,
        "tracking_url": "https://click.example/c",
    }
    body.update(fields)
    return json.dumps(body, ensure_ascii=False)


class Pull:
    """A MockTransport handler answering every request with one body (bytes as given, streamed
    so that the client decodes it as it reads) and headers."""

    def __init__(self, body: bytes, headers: dict[str, str] | None = None):
        self.body = body
        self.headers = {"Content-Type": "application/json", **(headers or {})}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, headers=self.headers, stream=httpx.ByteStream(self.body))


def apps(pull: Pull) -> AppSamurai:
    client = AppSamurai(url=APPS_URL, transport=httpx.MockTransport(pull))
    client._sleep = lambda seconds: None
    return client


def async_apps(pull: Pull) -> AsyncAppSamurai:
    return AsyncAppSamurai(url=APPS_URL, transport=httpx.MockTransport(pull))


@pytest.mark.parametrize("zero", ["0000-00-00", "0000-00-00 00:00:00"])
def test_a_zero_end_date_is_no_end_date(zero):
    body = f"[{campaign(1, end_date=zero)},{campaign(2)}]".encode()
    pulled = apps(Pull(body)).fetch()
    assert [c.campaign_id for c in pulled.campaigns] == [1, 2] and pulled.errors == ()
    assert pulled.campaigns[0].end_date is None


async def test_a_zero_end_date_is_no_end_date_async():
    body = f"[{campaign(1, end_date='0000-00-00')}]".encode()
    async with async_apps(Pull(body)) as client:
        pulled = await client.fetch()
    assert [c.end_date for c in pulled.campaigns] == [None] and pulled.errors == ()


LATIN_1 = f"[{campaign(1, app_title='Café')},{campaign(2)}]".encode("latin-1")
DECLARED_LATIN_1 = {"Content-Type": "application/json; charset=ISO-8859-1"}


def test_a_latin_1_pull_is_read_in_its_declared_charset():
    pulled = apps(Pull(LATIN_1, DECLARED_LATIN_1)).fetch()
    assert [c.app_title for c in pulled.campaigns] == ["Café", "App 2"] and pulled.errors == ()


async def test_a_latin_1_pull_is_read_in_its_declared_charset_async():
    async with async_apps(Pull(LATIN_1, DECLARED_LATIN_1)) as client:
        pulled = await client.fetch()
    assert [c.app_title for c in pulled.campaigns] == ["Café", "App 2"] and pulled.errors == ()


def test_a_gzip_encoded_latin_1_pull_is_read_too():
    headers = {**DECLARED_LATIN_1, "Content-Encoding": "gzip"}
    pulled = apps(Pull(gzip.compress(LATIN_1), headers)).fetch()
    assert [c.app_title for c in pulled.campaigns] == ["Café", "App 2"]


@pytest.mark.parametrize("headers", [{}, {"Content-Type": "application/json; charset=utf-8"}], ids=["none", "utf-8"])
def test_bytes_that_cannot_be_decoded_cost_only_their_campaign(headers):
    # Latin-1 bytes in a UTF-8 body: the second campaign's title is not UTF-8.
    body = b"[" + campaign(1).encode() + b"," + campaign(2, app_title="Caf\x00").encode().replace(b"\\u0000", b"\xe9")
    body += b"," + campaign(3).encode() + b"]"
    pulled = apps(Pull(body, headers)).fetch()
    assert [c.campaign_id for c in pulled.campaigns] == [1, 3]
    (problem,) = pulled.errors
    assert problem.index == 1 and problem.campaign_id == 2 and problem.field == "app_title"
    assert "utf-8" in str(problem) and "0xe9" in str(problem)


async def test_bytes_that_cannot_be_decoded_cost_only_their_campaign_async():
    body = b"[" + campaign(1).encode() + b',{"campaign_id":2,"app_title":"Caf\xe9"}]'
    async with async_apps(Pull(body)) as client:
        pulled = await client.fetch()
    assert [c.campaign_id for c in pulled.campaigns] == [1]
    assert [(e.campaign_id, e.field) for e in pulled.errors] == [(2, "app_title")]


def test_a_mislabelled_pull_is_an_appsamurai_response_error_without_the_token():
    pull = Pull(f"[{campaign(1)}]".encode(), MISLABELLED)
    with pytest.raises(AppSamuraiResponseError, match="Content-Encoding: gzip") as caught:
        apps(pull).fetch()
    assert len(pull.requests) == 1
    assert_no_secrets(caught.value, TOKEN)


async def test_a_mislabelled_pull_is_an_appsamurai_response_error_without_the_token_async():
    async with async_apps(Pull(f"[{campaign(1)}]".encode(), MISLABELLED)) as client:
        with pytest.raises(AppSamuraiResponseError, match="Content-Encoding: gzip") as caught:
            await client.fetch()
    assert_no_secrets(caught.value, TOKEN)


def test_a_pull_that_fails_to_connect_keeps_no_token():
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = AppSamurai(url=APPS_URL, transport=httpx.MockTransport(refuse), max_retries=0)
    with pytest.raises(AppSamuraiConnectionError) as caught:
        client.fetch()
    assert_no_secrets(caught.value, TOKEN)


def test_the_secret_walk_finds_what_it_looks_for():
    """The walk is no test if it cannot see: a raw httpx error from a signed, keyed request."""
    request = httpx.Request("GET", f"{APPS_URL}?expires=1&signature=abcdef0123456789", headers={"API-KEY": "k" * 12})
    try:
        try:
            raise httpx.DecodingError("bad", request=request)
        except httpx.DecodingError:
            raise ValueError("outer") from None
    except ValueError as exc:
        texts = "\n".join(secret_texts(exc))
    assert TOKEN in texts and "k" * 12 in texts and "signature=" in texts


def test_a_mislabelled_pull_decoded_eagerly_by_the_transport_is_typed_too():
    """A transport that decodes as it builds the answer (httpx.Response(content=...)) raises the
    decoding error from the send itself, before any body is read."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"[]", headers=MISLABELLED)

    client = AppSamurai(url=APPS_URL, transport=httpx.MockTransport(answer))
    with pytest.raises(AppSamuraiResponseError, match="Content-Encoding") as caught:
        client.fetch()
    assert_no_secrets(caught.value, TOKEN)


# -- the sandbox's encoding faults themselves -----------------------------------------------------------


def test_the_gzip_fault_takes_a_range_over_the_encoded_bytes(sb, tmp_path):
    result = make_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "a.zip"))
    url = next(r.url for r in files_requests(sb))
    encoded = gzip.compress(artifact_of(sb, result), mtime=0)
    sb.inject(Fault(gzip=True, host="files", times=None))
    with httpx.Client(transport=SandboxTransport(sb)) as http:
        whole = http.get(url)
        with http.stream("GET", url, headers={"Range": "bytes=100-"}) as part:
            assert part.status_code == 206
            assert part.headers["content-range"] == f"bytes 100-{len(encoded) - 1}/{len(encoded)}"
            assert b"".join(part.iter_raw()) == encoded[100:]
    assert whole.headers["content-encoding"] == "gzip"
    assert whole.headers["content-length"] == str(len(encoded)) and whole.num_bytes_downloaded == len(encoded)
    assert whole.content == artifact_of(sb, result)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"gzip": True, "charset": "latin-1"},
        {"headers": {"X": "1"}, "truncate_body_at": 10},
        {"headers": {"X": "1"}, "status": 500},
        {"charset": "no-such-charset"},
        {"headers": ["X"]},
    ],
)
def test_encoding_faults_refuse_what_they_cannot_mean(kwargs):
    with pytest.raises(ValueError, match="Fault: "):
        Fault(**kwargs)


@pytest.mark.parametrize(
    ("content", "charset"),
    [
        ('[{"id": 1, "title": "ok"}]'.encode("utf-16-le") + b"\x00", None),  # an odd byte at the end
        (b"\x1b$B\xff\xff", "iso2022_jp"),  # a stateful codec that cannot read its bytes
    ],
    ids=["utf-16 odd tail", "iso-2022-jp"],
)
def test_a_body_no_codec_can_read_is_a_typed_error_not_a_unicode_error(content: bytes, charset: str | None):
    """Review finding: `surrogateescape` cannot save every codec; the pull then fails typed."""
    from integr8 import errors
    from integr8.appsamurai import AppSamurai

    content_type = "application/json" + (f"; charset={charset}" if charset else "")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": content_type}, content=content)

    with AppSamurai(url=APPS_URL, transport=httpx.MockTransport(answer), max_retries=0) as apps:
        try:
            pulled = apps.fetch()
        except errors.Integr8Error:
            return  # typed: fine
        assert pulled.errors or not pulled.campaigns  # or the unreadable part is reported


def test_utf8_labelled_latin1_is_read_as_the_utf8_it_is(sb: Sandbox):
    """Review finding: a server-wide `charset=ISO-8859-1` label on UTF-8 JSON must not turn
    "Café" into "CafÃ©" (Latin-1 decoding never fails, so the bytes decide)."""
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    offer_id = sb.offer_ids[0]
    record = sb.store.collection(sb.owner_of("offerID").collection).get(offer_id)
    record.data["name"] = "Café"
    sb.inject(Fault(operation="getOffer", headers={"Content-Type": "application/json; charset=ISO-8859-1"}))
    offer = client.offers.get_offer(integration_id=sb.integration_id, offer_id=offer_id)
    assert offer.data.name == "Café"
