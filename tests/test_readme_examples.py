"""Every example a newcomer would paste, run against the sandbox, checked for data (issue 19).

What runs:
- each ```python block of README.md, as a script (one fresh namespace per block; a block that
  uses `client` without making one first gets the README's first line, `client = Integr8()`),
  against a sandbox served on loopback whose URL and key are in INTEGR8_BASE_URL /
  INTEGR8_API_KEY (INTEGR8_ALLOW_HTTP=1), and AppSamurai's campaigns from a fake served on
  loopback (APPSAMURAI_URL, APPSAMURAI_ALLOW_HTTP=1);
- each shell example: the lines of README's ```sh / ```console blocks, and the `$ integr8 ...`
  lines in the --help of every command, found by walking the typer app (a new command is
  covered the day it is added), run in process through typer's CliRunner on a fresh sandbox's
  in-process transport, with the environment `integr8 sandbox serve` tells you to export.

"Produces data", not just exit 0:
- Python: every top-level `for` loop runs its body at least once; every top-level `print(...)`
  prints something other than "", "-" or "None"; every top-level bare expression
  (`report.applied, report.skipped, ...`) holds at least one non-empty item; `PY_CHECKS` adds a
  condition for some blocks (the update was applied, the export has rows).
- Shell: the exit code is 0 (or `EXIT_CODES`), and what the command wrote (stdout after any
  `| jq`, the `> file`, the `-o`/`--output`/`--out` file or folder, or stderr for the few in
  `ON_STDERR`) holds at least one item: a JSON value holding data (`{"data": null}` does not), a
  JSONL line, a CSV/table line below the header; `SHELL_CHECKS` adds a pattern that must appear
  for some commands. `SETUP` creates what a command lists (an earlier export).

Placeholders are filled from the sandbox's seeded data by two small tables (`py_placeholders`,
`shell_placeholders`), and the files an example names are written by `FILES`. What cannot run
here is in `SKIPPED`, with the reason. An export a snippet waits for gets `timeout=EXPORT_TIMEOUT`
when it gives none, so a snippet whose export can never complete fails in seconds, not after the
default 30 minutes.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import io
import json
import re
import shlex
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cassettes import API_URL as CASSETTES_API_URL
from typer.main import get_command
from typer.testing import CliRunner

from integr8 import Integr8
from integr8._spec import load_spec
from integr8.cli import app
from integr8.cli._demo_data import CAMPAIGNS_JSON
from integr8.cli._state import AppState
from integr8.testing import ManualClock, Sandbox, SandboxTransport, serve

pytestmark = [pytest.mark.usefixtures("clean_env"), pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
EXPORT_TIMEOUT = 10.0  # seconds; the sandbox's exports complete in 3 (sandbox) seconds
APPSAMURAI_TOKEN = "readme-token-0000"
APPSAMURAI_PULL_PATH = f"/api/campaign-pull/list/{APPSAMURAI_TOKEN}"

# -- what cannot run here ------------------------------------------------------------------------

SKIPPED = {  # command prefix -> why
    "make demo": "it runs `integr8 demo`, run here from `integr8 demo --help`'s example",
    "make test": "the whole suite, this test among it",
    "make regen": "rewrites generated/ (tests/test_regen_drill.py drills regeneration)",
    "scripts/regen.sh --check": "`make test` runs it before the suite",
    "scripts/regen.sh": "adopts a spec and rewrites generated/ (tests/test_regen_drill.py drills it)",
    "pip install": "installs from a package index (no network in tests)",
}

# -- finding the examples --------------------------------------------------------------------------

FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.M | re.S)


def readme_blocks(*languages: str) -> list[tuple[int, str]]:
    """(line number, text) of README's fenced blocks in these languages."""
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(2)) for m in FENCE.finditer(text) if m.group(1) in languages]


def command_lines(text: str, *, prompt: bool) -> list[str]:
    """The commands in a block of shell text: continuation lines joined, comments dropped, and
    with `prompt`, only lines starting with `$ ` (the prompt removed)."""
    text = re.sub(r"\[(dim|b)\].*?\[/\1\]", "", text.replace("\\\n", " "))  # help's rich markup
    found = []
    for raw in text.splitlines():
        line = raw.strip()
        if prompt:
            if not line.startswith("$ "):
                continue
            line = line[2:]
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        if line:
            found.append(" ".join(line.split()))
    return found


def help_examples() -> dict[str, str]:
    """command -> the first `integr8 ... --help` that shows it, over every command of the app."""

    def walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, (*path, name))

    found: dict[str, str] = {}
    for path, command in walk(get_command(app)):
        for line in command_lines((command.help or "") + "\n" + (command.epilog or ""), prompt=True):
            found.setdefault(line, " ".join(("integr8", *path, "--help")))
    return found


def shell_examples() -> dict[str, str]:
    """command -> where it is shown (README line, or the --help page)."""
    found: dict[str, str] = {}
    for line, text in readme_blocks("sh", "console", "shell", "bash"):
        for command in command_lines(text, prompt=text.lstrip().startswith("$ ")):
            found.setdefault(command, f"README.md:{line}")
    for command, where in help_examples().items():
        found.setdefault(command, where)
    return found


SHELL_EXAMPLES = shell_examples()
PYTHON_BLOCKS = readme_blocks("python", "py")


def test_the_examples_are_found() -> None:
    """The finder itself: a README or --help example it misses would never be checked."""
    assert len(PYTHON_BLOCKS) >= 4
    assert any("paginate(" in text for _, text in PYTHON_BLOCKS)
    assert "integr8 sandbox serve --port 8080 --latency 20" in SHELL_EXAMPLES
    assert any(where == "integr8 list --help" for where in SHELL_EXAMPLES.values())
    assert any(where.startswith("README.md:") for where in SHELL_EXAMPLES.values())
    assert "integr8 call reports" in SHELL_EXAMPLES  # rich markup dropped
    assert any(c.startswith("integr8 export clicks") and c.endswith("-o clicks.csv") for c in SHELL_EXAMPLES)


# -- the sandbox world the examples run in ------------------------------------------------------


@dataclass
class World:
    """A fresh seed-0 sandbox and what the placeholders are filled with."""

    sb: Sandbox
    cwd: Path

    @cached_property
    def client(self) -> Integr8:
        return Integr8(self.sb.api_key, base_url=self.sb.base_url, transport=SandboxTransport(self.sb))

    @cached_property
    def offer_id(self) -> str:
        return self.sb.offer_ids[0]

    @cached_property
    def conversion(self) -> Any:
        """The newest conversion of 2025-02-03, as the Conversion Report shows it."""
        rows = self.client.iter_report(
            "conversions", integration_id=self.sb.integration_id, start="2025-02-03", end="2025-02-03"
        )
        return next(iter(rows))

    @cached_property
    def export_id(self) -> str:
        """A completed clicks export (an account that has exported before)."""
        result = self.client.export_to_file(
            "clicks",
            integration_id=self.sb.integration_id,
            start="2025-02-01",
            end="2025-02-02",
            dest=self.cwd / "earlier-export.csv",
            fields=["tx_id"],
            extra_parameters=["sub1"],
        )
        return result.export_id


def other_status(status: str) -> str:
    return "Rejected" if status != "Rejected" else "Approved"


def py_placeholders(world: World) -> dict[str, str]:
    """keyword -> the value a `keyword="..."` of a README snippet gets."""
    return {"integration_id": world.sb.integration_id, "offer_id": world.offer_id}


def shell_placeholders(world: World) -> list[tuple[str, Callable[[], str]]]:
    """(text in an example, what replaces it), applied in this order."""
    return [
        ("$INTEGRATION", lambda: world.sb.integration_id),
        ("$ID", lambda: world.sb.integration_id),
        ("$OFFER", lambda: world.offer_id),
        ("INTEGR8_API_KEY=...", lambda: f"INTEGR8_API_KEY={world.sb.api_key}"),
        ("6d49c9642ed250b0250ba928", lambda: world.export_id),  # `export resume`'s export id
        ("https://…/openapi.yaml", lambda: "new-integr8.yaml"),  # a new spec Integr8 publishes
        ("https://example.com/integr8.yaml", lambda: "new-integr8.yaml"),
        ("/tmp/integr8-demo", lambda: "integr8-demo"),  # inside the test's folder
        ("--port 8080", lambda: "--port 0"),  # any free port
        ("integr8.internal:8443", lambda: httpx.URL(CASSETTES_API_URL).netloc.decode()),  # the cassettes' API host
    ]


def installed_spec() -> str:
    """The spec this SDK ships, as JSON text (which is YAML too, and far faster to read)."""
    return json.dumps(load_spec())


def spec_with_a_new_operation() -> str:
    """The installed spec and one more operation: a change that breaks nothing."""
    new = copy.deepcopy(load_spec())
    new["paths"]["/api/v2/readme-example"] = {
        "get": {"operationId": "getReadmeExample", "tags": ["Offers"], "responses": {"200": {"description": "OK"}}}
    }
    return json.dumps(new)


def fixes_csv(world: World) -> str:
    row = world.conversion
    return (
        "tx_id,conversion_time,hash,status,payout,revenue\n"
        f"{row.tx_id},{row.conversion_time},{row.hash_},{other_status(row.status)},,\n"
    )


FILES: dict[str, Callable[[World], str]] = {  # a file an example names -> its content
    "fixes.csv": fixes_csv,
    "advertiser.json": lambda world: json.dumps({"name": "Acme Ads", "active": True}),
    "integr8.yaml": lambda world: installed_spec(),
    "new-integr8.yaml": lambda world: spec_with_a_new_operation(),
}
LINKED = ("openapi",)  # from the repository, as in a clone
# `tests/cassettes` holds the repository's smaller cassettes only: checking all of them takes
# ~8 s of CPU (tests/test_contract.py does that), the small ones ~2 s.
CASSETTES = ("advertiser_crud.yaml", "async_list_and_get.yaml", "rate_limited.yaml")
SETUP: dict[str, Callable[[World], object]] = {  # text in a command -> what must exist first
    "download_center": lambda world: world.export_id,  # an export to list
}

# -- checks beyond "some data" ------------------------------------------------------------------

EXIT_CODES: dict[str, int] = {  # command prefix -> its exit code when it works as documented
    "integr8 call reports": 2,  # no operation given: a usage error that lists the tag's operations
}
ON_STDERR = (  # command prefixes whose result is a message on stderr, one item a line
    "integr8 contract check-cassettes",  # the summary line
    "integr8 call reports",  # the tag's operations
)
SHELL_CHECKS: dict[str, str] = {  # command prefix -> a regular expression its output must match
    "integr8 conversions update": r"\bapplied\b",
    "integr8 appsamurai sync": r"create offer",
    "integr8 sandbox serve": r"export INTEGR8_BASE_URL=http://127\.0\.0\.1:",
    "integr8 contract check-cassettes": r"\b0 violation\(s\) in [1-9]\d* API interaction",
    "integr8 contract diff": r"getReadmeExample",
    "integr8 call reports": r"get_conversion_report",
}
PY_CHECKS: dict[str, str] = {  # text of a block -> an expression that must be true after it ran
    "update_conversions(": "report.applied and report.ok",
    "export_to_file(": "result.rows > 0",
    "AppSamurai.from_env()": "pulled.campaigns and plan",
}

# -- running shell examples --------------------------------------------------------------------------


def campaigns(request: httpx.Request) -> httpx.Response:
    if request.url.path == APPSAMURAI_PULL_PATH:
        return httpx.Response(200, content=CAMPAIGNS_JSON.encode())
    return httpx.Response(404, json={"error": "unknown token"})


def tokens(command: str) -> list[str]:
    lexer = shlex.shlex(command, posix=True, punctuation_chars="|>")
    lexer.whitespace_split = True
    return list(lexer)


def jq(text: str, args: list[str]) -> str:
    """The `| jq [-r] .a.b` the examples use, applied to each JSON document of `text`."""
    raw = args[:1] == ["-r"]
    path = args[1:] if raw else args
    assert len(path) == 1 and re.fullmatch(r"\.[\w.]*", path[0]), f"this runner knows `jq [-r] .path`, not {args}"
    keys = [k for k in path[0].split(".") if k]
    try:
        documents = [json.loads(text)]
    except ValueError:
        documents = [json.loads(line) for line in text.splitlines() if line.strip()]
    out = []
    for doc in documents:
        for key in keys:
            doc = doc.get(key) if isinstance(doc, dict) else None
        out.append(doc if raw and isinstance(doc, str) else json.dumps(doc))
    return "\n".join(out) + "\n"


def filled(value: Any) -> bool:
    """Whether a JSON value holds data: not null or "", and a list or object with a filled item
    (`{"data": null}` holds none)."""
    if isinstance(value, dict):
        return any(map(filled, value.values()))
    if isinstance(value, list):
        return any(map(filled, value))
    return value not in (None, "")


def items(text: str, *, header: bool = True) -> list[Any]:
    """The data items in an output: filled JSON values (a document's, or a JSON array's), filled
    JSONL lines, or the lines of CSV or a table below its header (every line without `header`)."""
    text = text.strip()
    if not text:
        return []
    try:
        doc = json.loads(text)
    except ValueError:
        pass
    else:
        return [v for v in (doc if isinstance(doc, list) else [doc]) if filled(v)]
    lines = [line for line in text.splitlines() if line.strip()]
    try:
        return [v for v in map(json.loads, lines) if filled(v)]
    except ValueError:
        return lines[1:] if header else lines


def written(args: list[str], cwd: Path) -> Path | None:
    """The file or folder a command writes its data to (`-o`, `--output`, `--out`), if any."""
    for flag in ("-o", "--output", "--out"):
        if flag in args:
            return cwd / args[args.index(flag) + 1]
    return None


def run_shell(command: str, world: World, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run one example as a shell would, in process; returns the data it produced (after
    checking the exit code)."""
    text = command
    for placeholder, value in shell_placeholders(world):
        if placeholder in text:
            text = text.replace(placeholder, value())
    words = tokens(text)
    for marker, setup in SETUP.items():
        if marker in text:
            setup(world)
    for name, make in FILES.items():
        if name in words or any(w.endswith("@" + name) for w in words):
            (world.cwd / name).write_text(make(world), encoding="utf-8")
    pipeline: list[list[str]] = [[]]
    redirect: Path | None = None
    rest = iter(words)
    for word in rest:
        if word == "|":
            pipeline.append([])
        elif word == ">":
            redirect = world.cwd / next(rest)
        else:
            pipeline[-1].append(word)
    first = pipeline[0]
    while first and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", first[0]):  # NAME=value command
        name, _, value = first.pop(0).partition("=")
        monkeypatch.setenv(name, value)
    assert first[:1] == ["integr8"], f"this runner runs integr8 commands, not {first[:1]}"
    served: list[Any] = []
    state = AppState(
        transport=SandboxTransport(world.sb),
        appsamurai_transport=httpx.MockTransport(campaigns),
        serve_hook=served.append,
    )
    result = CliRunner().invoke(app, first[1:], obj=state)
    expected = next((code for prefix, code in EXIT_CODES.items() if command.startswith(prefix)), 0)
    assert result.exit_code == expected, f"exit {result.exit_code}:\n{result.stdout}\n{result.stderr}"
    out = result.stdout
    for stage in pipeline[1:]:
        assert stage[:1] == ["jq"], f"this runner pipes into jq only, not {stage[:1]}"
        out = jq(out, stage[1:])
    if redirect is not None:
        redirect.write_text(out, encoding="utf-8")
        return redirect.read_text(encoding="utf-8")
    target = written(first, world.cwd)
    if target is not None and target.is_dir():
        return "\n".join(["files", *sorted(p.name for p in target.iterdir() if p.stat().st_size)])
    if target is not None:
        return target.read_text(encoding="utf-8")
    return result.stderr if command.startswith(ON_STDERR) else out


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    """A fresh sandbox on a manual clock, the environment `integr8 sandbox serve` prints, and a
    working folder with the repository's cassettes and spec linked in."""
    sb = Sandbox(seed=0, clock=ManualClock())
    monkeypatch.chdir(tmp_path)
    for link in LINKED:
        (tmp_path / link).symlink_to(ROOT / link)
    (tmp_path / "tests" / "cassettes").mkdir(parents=True)
    for name in CASSETTES:
        (tmp_path / "tests" / "cassettes" / name).symlink_to(ROOT / "tests" / "cassettes" / name)
    monkeypatch.setenv("INTEGR8_API_KEY", sb.api_key)
    monkeypatch.setenv("INTEGR8_BASE_URL", sb.base_url)
    monkeypatch.setenv("INTEGR8_INTEGRATION_ID", sb.integration_id)
    monkeypatch.setenv("APPSAMURAI_URL", f"https://api.appsamurai.com{APPSAMURAI_PULL_PATH}")
    return World(sb, tmp_path)


@pytest.mark.parametrize("command", list(SHELL_EXAMPLES), ids=list(SHELL_EXAMPLES))
def test_shell_example_produces_data(command: str, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    where = SHELL_EXAMPLES[command]
    skipped = next((why for prefix, why in SKIPPED.items() if command.startswith(prefix)), None)
    if skipped:
        pytest.skip(f"{where}: {skipped}")
    data = run_shell(command, world, monkeypatch)
    assert items(data, header=not command.startswith(ON_STDERR)), f"{where}: `{command}` produced no data:\n{data}"
    for prefix, pattern in SHELL_CHECKS.items():
        if command.startswith(prefix):
            assert re.search(pattern, data), f"{where}: `{command}` should show {pattern!r}:\n{data}"


# -- running Python snippets ---------------------------------------------------------------------------


class _AppSamuraiFake(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        response = campaigns(httpx.Request("GET", "http://fake" + self.path))
        self.send_response(response.status_code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(response.content)))
        self.end_headers()
        self.wfile.write(response.content)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def appsamurai_on_loopback() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _AppSamuraiFake)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{APPSAMURAI_PULL_PATH}"
    finally:
        server.shutdown()
        server.server_close()


class _Snippet(ast.NodeTransformer):
    """Fills `keyword="..."` placeholders, caps export waits, and counts loop iterations."""

    def __init__(self, placeholders: dict[str, str]) -> None:
        self.placeholders = placeholders

    def visit_keyword(self, node: ast.keyword) -> ast.keyword:
        self.generic_visit(node)
        if isinstance(node.value, ast.Constant) and node.value.value == "...":
            assert node.arg in self.placeholders, f"no value for the placeholder {node.arg}=...; add it"
            node.value = ast.Constant(self.placeholders[node.arg])
        return node

    def visit_Call(self, node: ast.Call) -> ast.Call:  # noqa: N802 (ast's name)
        self.generic_visit(node)
        name = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if name in ("export_to_file", "resume_export") and not any(k.arg == "timeout" for k in node.keywords):
            node.keywords.append(ast.keyword("timeout", ast.Constant(EXPORT_TIMEOUT)))
        return node


def run_python(source: str, placeholders: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Run a README block statement by statement; returns its namespace and what failed to show
    data (see the module docstring)."""
    tree = _Snippet(placeholders).visit(ast.parse(source))
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    if not any(isinstance(s, ast.Assign) and "client" in ast.unparse(s.targets[0]) for s in tree.body):
        exec("from integr8 import Integr8\nclient = Integr8()", namespace)  # the README's first line
    empty: list[str] = []
    for statement in tree.body:
        shown = ast.unparse(statement).splitlines()[0]
        if isinstance(statement, ast.For):
            counted = [0]

            def count(iterable: Any, counted: list[int] = counted) -> Iterator[Any]:
                for item in iterable:
                    counted[0] += 1
                    yield item

            namespace["__count"] = count
            statement.iter = ast.Call(ast.Name("__count", ast.Load()), [statement.iter], [])
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            if isinstance(statement, ast.Expr) and not isinstance(statement.value, ast.Call):
                value = eval(compile(ast.Expression(statement.value), "<README>", "eval"), namespace)
                values = value if isinstance(value, tuple) else (value,)
                if not any(v not in (None, "", [], {}, (), False) for v in values):
                    empty.append(f"{shown}  ->  {value!r}")
                continue
            exec(compile(ast.fix_missing_locations(ast.Module([statement], [])), "<README>", "exec"), namespace)
        print(out.getvalue(), end="")
        if isinstance(statement, ast.For) and not counted[0]:
            empty.append(f"{shown}  ->  no items")
        is_print = (
            isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Call)
            and isinstance(statement.value.func, ast.Name)
            and statement.value.func.id == "print"
        )
        if is_print and out.getvalue().strip() in ("", "-", "None"):
            empty.append(f"{shown}  ->  printed {out.getvalue()!r}")
    return namespace, empty


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"README.md:{line}" for line, _ in PYTHON_BLOCKS])
def test_python_snippet_produces_data(block: tuple[int, str], world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    line, source = block
    served = Sandbox(seed=0, export_delays=(0.1, 0.2))  # real time, as a sandbox on a socket runs
    with serve(served) as server, appsamurai_on_loopback() as appsamurai_url:
        monkeypatch.setenv("INTEGR8_API_KEY", served.api_key)
        monkeypatch.setenv("INTEGR8_BASE_URL", server.base_url)
        monkeypatch.setenv("INTEGR8_ALLOW_HTTP", "1")
        monkeypatch.setenv("APPSAMURAI_URL", appsamurai_url)
        monkeypatch.setenv("APPSAMURAI_ALLOW_HTTP", "1")
        world = World(served, world.cwd)
        namespace, empty = run_python(source, py_placeholders(world))
    assert not empty, f"README.md:{line}: no data from\n" + "\n".join(empty)
    for marker, check in PY_CHECKS.items():
        if marker in source:
            assert eval(check, namespace), f"README.md:{line}: `{check}` is false after the block"
