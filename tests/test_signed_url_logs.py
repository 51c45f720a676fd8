"""Signed download URLs of any shape never reach a log line beyond their host and file name (issue 15).

The S3, GCS, Azure and CloudFront shapes keep their secret in known query parameters; other hosts
put it in the path (`/<token>/clicks.zip`) or in a parameter named anything (`auth=`, `key=`). The
SDK registers the URL it was given while it downloads, so httpx's and httpcore's lines are
rewritten whatever the shape.
"""

from __future__ import annotations

import logging

import pytest

from integr8 import AsyncIntegr8, DownloadError, Integr8
from integr8.testing import AsyncSandboxTransport, Fault, ManualClock, Sandbox, SandboxTransport, use_sandbox_time

PATH_SECRET = "pathtoken9f8e7d6c5b4a"
QUERY_SECRET = "querysecret0123456789"
SHAPES = [
    f"https://files.sandbox.integr8.test/{PATH_SECRET}/clicks.zip",
    f"https://files.sandbox.integr8.test/exports/clicks.zip?auth={QUERY_SECRET}",
    f"https://files.sandbox.integr8.test/exports/clicks.zip?key={QUERY_SECRET}&v=1",
    f"https://files.sandbox.integr8.test/{PATH_SECRET}/clicks.zip?x-custom={QUERY_SECRET}",
]


def finished_export(sb: Sandbox, client: Integr8, folder) -> str:
    """An export already COMPLETED (downloaded once, cleanly, before the test's odd URL)."""
    result = client.export_to_file(
        "clicks",
        integration_id=sb.integration_id,
        start="2025-02-03",
        end="2025-02-03",
        dest=folder / "clean.csv",
        fields=["tx_id"],
        extra_parameters=["sub1"],
    )
    return result.export_id


@pytest.mark.parametrize("url", SHAPES)
def test_no_log_line_shows_a_signed_url_beyond_its_host_and_file_name(url, tmp_path, caplog):
    sb = Sandbox(seed=0, clock=ManualClock())
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb), max_retries=0)
    use_sandbox_time(client, sb)
    export_id = finished_export(sb, client, tmp_path)
    sb.inject(Fault(operation="getDownloadCenterExportUrl", body={"url": url}))
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(DownloadError):  # the files host does not know that URL: only the logs matter here
            client.resume_export(export_id, dest=tmp_path / "clicks.csv")
    lines = "\n".join(r.getMessage() for r in caplog.records)
    assert "files.sandbox.integr8.test" in lines and "clicks.zip" in lines, "the request was logged"
    assert PATH_SECRET not in lines and QUERY_SECRET not in lines


async def test_async_downloads_mask_signed_urls_too(tmp_path, caplog):
    sb = Sandbox(seed=0, clock=ManualClock())
    sync = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    use_sandbox_time(sync, sb)
    export_id = finished_export(sb, sync, tmp_path)
    client = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb), max_retries=0)
    use_sandbox_time(client, sb)
    sb.inject(Fault(operation="getDownloadCenterExportUrl", body={"url": SHAPES[3]}))
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(DownloadError):
            await client.resume_export(export_id, dest=tmp_path / "clicks.csv")
    lines = "\n".join(r.getMessage() for r in caplog.records)
    assert "clicks.zip" in lines
    assert PATH_SECRET not in lines and QUERY_SECRET not in lines


def test_a_cassette_recorded_with_vcr_config_keeps_no_signature(tmp_path):
    """Issue 15: the shipped cassette helper scrubs recorded bodies too (the artifact-URL answer
    holds the signed URL); the cassette is grepped after a real export is recorded."""
    import re

    import vcr

    from integr8.appsamurai import vcr_config
    from integr8.testing import serve

    sb = Sandbox(seed=0, clock=ManualClock())
    cassette = tmp_path / "export.yaml"
    with serve(sb, "127.0.0.1", 0) as server:  # vcrpy records real HTTP: over loopback
        client = Integr8(api_key=sb.api_key, base_url=server.base_url, allow_http=True)
        use_sandbox_time(client, sb)
        with vcr.use_cassette(str(cassette), record_mode="all", **vcr_config()):
            finished_export(sb, client, tmp_path)
        client.close()
    recorded = cassette.read_text()
    assert "downloadcenter-artifact-url" in recorded, "the artifact-URL answer was recorded"
    signatures = [r.url for r in sb.requests if r.host == "files"]
    secret = re.search(r"signature=([^&]+)", signatures[0]).group(1)
    assert secret not in recorded
    assert sb.api_key not in recorded
    assert re.search(r"signature=\*\*\*", recorded), "the URL keeps its shape, its signature masked"


def test_a_redirect_hop_to_another_signed_url_is_masked_too(tmp_path, caplog):
    """The files host answers 302 to a CDN URL with its own secret in path and query (review
    finding): every hop the download client follows is masked, not only the first URL."""
    import httpx

    hop_secret, hop_query = "jwtHopSecret0a1b2c3d4e5f", "hopauth9876543210"
    sb = Sandbox(seed=0, clock=ManualClock())
    inner = SandboxTransport(sb)

    class RedirectingFiles(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.host == "files.sandbox.integr8.test":
                target = f"https://cdn.example.test/dl/{hop_secret}/clicks.zip?auth={hop_query}"
                return httpx.Response(302, headers={"Location": target}, request=request)
            if request.url.host == "cdn.example.test":
                return httpx.Response(404, request=request)
            return inner.handle_request(request)

    setup = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=inner)
    use_sandbox_time(setup, sb)
    export_id = finished_export(sb, setup, tmp_path)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=RedirectingFiles(), max_retries=0)
    use_sandbox_time(client, sb)
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(DownloadError):
            client.resume_export(export_id, dest=tmp_path / "clicks.csv")
    lines = "\n".join(r.getMessage() for r in caplog.records)
    assert "cdn.example.test" in lines, "the hop was logged"
    assert hop_secret not in lines and hop_query not in lines
