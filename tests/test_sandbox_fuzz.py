"""Property-based testing of the sandbox from the spec (schemathesis), over real loopback HTTP.

Schemathesis generates requests for every operation of the spec the client was generated from (valid and
invalid ones, and stateful sequences that feed created ids into later calls) and checks that
the sandbox never answers with a server error, only uses documented status codes, and that its
bodies match the response schemas. It found the sandbox's first real bugs (an impossible date
crashing a handler, ids holding `?` routed wrongly, an undocumented method answered 501).
Seeded and derandomized, so a run repeats.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from integr8.testing import Sandbox, serve


def test_the_sandbox_survives_schemathesis(tmp_path):
    schemathesis = Path(sys.executable).with_name("schemathesis")
    if not schemathesis.exists():
        schemathesis = Path(shutil.which("schemathesis") or "")
    if not schemathesis.is_file():
        pytest.skip("schemathesis is not installed (it is in the dev extra)")
    spec = Path(__file__).parents[1] / "generated" / "integr8_client" / "openapi.json"
    sb = Sandbox(seed=0)
    with serve(sb, port=0) as server:
        run = subprocess.run(
            [
                str(schemathesis),
                "run",
                str(spec),
                "--url",
                server.base_url,
                "--header",
                f"API-KEY: {sb.api_key}",
                "--checks",
                "not_a_server_error,status_code_conformance,response_schema_conformance",
                "--max-examples",
                "5",
                "--seed",
                "7",
                "--generation-deterministic",
                "--workers",
                "1",
                "--report-dir",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=240,
            cwd=tmp_path,
        )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    from integr8._spec import iter_operations

    count = len(list(iter_operations()))
    assert f"{count}/{count}" in run.stdout  # every operation of the spec was selected and tested
