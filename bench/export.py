"""Download Center: export_to_file(extract=False) vs a plain httpx.stream of the same artifact.

A 256 MiB artifact served by the sandbox on loopback. Each download runs in its own child
process so that its peak RSS is its own: the growth from just before the download to the peak
is what the SDK holds in memory (target: flat, under 64 MiB), and the time is compared with the
plain download's (target: at least 0.9x its throughput). The plain download is measured two
ways, httpx's own chunks (`iter_bytes()`, as httpx's docs write it) and re-chunked to 1 MiB
(`iter_bytes(1 << 20)`, which costs a copy), and the target is held against the faster of the
two. All write into a RAM-backed folder (/dev/shm) when there is one, so the ratio measures the
SDK rather than this machine's disk; modes are interleaved, and each keeps its best of ROUNDS.

The SDK's time includes everything export_to_file does: create the export, poll, ask for the
signed URL, download, verify the zip as it arrives (CRC-32 and row count over every byte),
fsync and rename. A second line shows the download phase alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ._harness import Line, at_least, at_most, client_for, served

SIZE = 256 << 20
ROUNDS = 5
MODES = ("plain", "plain-1mib", "plain+verify", "sdk")

_CHILD = r"""
import json, resource, sys, time
mode, base_url, key, integration, target, dest = sys.argv[1:7]
import httpx
from integr8 import Integr8
client = Integr8(api_key=key, base_url=base_url, allow_http=True)
# Load the generated modules the export uses before timing, as the baseline's imports are:
# the ratio is about moving bytes, not about first-use imports.
from integr8._operations import operation_info
from integr8._opnames import EXPORT_URL, EXPORTS, GET_EXPORT
for op in (EXPORTS["clicks"], GET_EXPORT, EXPORT_URL):
    operation_info(*op).module
client._stub
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
marks = {}
start = time.perf_counter()
if mode in ("plain", "plain-1mib"):  # httpx's own chunks (as its docs show), or re-chunked to 1 MiB
    with httpx.stream("GET", target) as response, open(dest, "wb") as out:
        response.raise_for_status()
        for chunk in response.iter_bytes(1 << 20 if mode == "plain-1mib" else None):
            out.write(chunk)
    size = None
elif mode == "plain+verify":  # the same download, also hashing and counting every byte, + fsync
    import os, zlib
    crc = rows = 0
    with httpx.stream("GET", target) as response, open(dest, "wb") as out:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            out.write(chunk)
            crc = zlib.crc32(chunk, crc)
            rows += chunk.count(b"\n")
        out.flush()
        os.fsync(out.fileno())
    size = None
else:
    result = client.export_to_file("clicks", integration_id=integration, start="2025-02-03", end="2025-02-03",
                                   dest=dest, fields=["tx_id"], extra_parameters=["sub1"], extract=False,
                                   poll_interval=0.01,
                                   on_progress=lambda p: marks.setdefault(p.phase, time.perf_counter()))
    size = result.bytes
end = time.perf_counter()
seconds = end - start
download = end - marks.get("downloading", start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "download": download if mode == "sdk" else seconds,
                  "rss_growth_kib": peak - before, "peak_kib": peak, "size": size}))
"""


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, *args], capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout)


def run() -> list[Line]:
    with (
        served(0.0, export_delays=(0.0, 0.0), synthetic_artifact_bytes=SIZE) as (sb, server),
        tempfile.TemporaryDirectory(dir="/dev/shm" if os.path.isdir("/dev/shm") else None) as folder,
    ):
        client = client_for(sb, server)
        # The baseline downloads the same kind of artifact, from a signed URL asked for by hand.
        created = client.reports.export_clicks(
            sb.integration_id,
            start_time="2025-02-03 00:00:00",
            end_time="2025-02-03 23:59:59",
            fields="tx_id",
            extra_parameters="sub1",
        )
        export = client.download_center.get_download_center_export(created.id).data
        url = client.download_center.get_download_center_export_url(artifact_name=export.artifact.name).url
        common = (server.base_url, sb.api_key, sb.integration_id, url)
        runs: dict[str, list[dict]] = {mode: [] for mode in MODES}
        for n in range(ROUNDS):  # interleaved, so a slow spell of the machine hits every mode
            for mode in MODES:
                runs[mode].append(_child(mode, *common, str(Path(folder) / f"{n}.zip")))
                for f in Path(folder).iterdir():
                    f.unlink()
    sdk, plain = runs["sdk"], runs["plain"] + runs["plain-1mib"]
    assert all(r["size"] == SIZE for r in sdk)
    best = {mode: min(r["seconds"] for r in rs) for mode, rs in runs.items()}
    # The baseline is the faster of the two plain downloads in this run.
    baseline = min(("plain", "plain-1mib"), key=best.__getitem__)
    best_plain, best_sdk = best[baseline], best["sdk"]
    best_phase = min(r["download"] for r in sdk)
    best_verified = best["plain+verify"]
    growth = max(r["rss_growth_kib"] for r in sdk) / 1024
    peak = max(r["peak_kib"] for r in sdk) / 1024
    plain_growth = max(r["rss_growth_kib"] for r in plain) / 1024
    mib = SIZE / (1 << 20)
    return [
        at_least(
            "export_to_file(extract=False) throughput vs plain httpx.stream",
            best_plain / best_sdk,
            0.9,
            f"{mib:.0f} MiB: plain {mib / best_plain:.0f} MiB/s, export_to_file {mib / best_sdk:.0f} MiB/s "
            f"(create, poll, sign, download, verify, fsync, rename; plain = the faster of "
            f"iter_bytes() {mib / best['plain']:.0f} MiB/s and iter_bytes(1 MiB) {mib / best['plain-1mib']:.0f} MiB/s)",
        ),
        Line(
            "download phase alone (download + verify + fsync + rename) vs plain httpx.stream",
            best_plain / best_phase,
            "(reported)",
            True,
            f"{best_phase:.2f} s vs {best_plain:.2f} s",
        ),
        Line(
            "export_to_file vs a plain download that also CRCs, counts rows and fsyncs",
            best_verified / best_sdk,
            "(reported)",
            True,
            f"{best_verified:.2f} s vs {best_sdk:.2f} s: what the SDK adds beyond the verification itself",
        ),
        at_most(
            "export_to_file peak RSS growth (MiB) vs the 64 MiB budget",
            growth / 64,
            1.0,
            f"SDK {growth:.1f} MiB (peak RSS {peak:.0f} MiB for a {mib:.0f} MiB file), "
            f"plain download {plain_growth:.1f} MiB",
        ),
    ]
