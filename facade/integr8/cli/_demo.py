"""`integr8 demo`: the SDK's main job, end to end, against a sandbox inside this process.

Why in-process: the demo must run anywhere in seconds, with no account, no key and no network.
It builds its client through the same `make_client` as every command, on the sandbox's
transport, with the sandbox's manual clock driving the client's waits: export polling and
update verification "wait" in sandbox time, so nothing sleeps for real. The steps are those of
a network running Integr8 day to day, and each writes a file people can open afterwards:

1. list offers across pages;               -> offers.csv
2. stream a conversion report;             -> conversions.csv
3. update conversions and verify them, one with a wrong hash that the API skips silently
   (the table shows it as skipped);        -> updates.csv (rerun it with `conversions update`)
4. export clicks through the Download Center with the progress display;  -> clicks.csv
5. plan an AppSamurai sync (dry run) from two sample campaigns.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from ._atomic import destination
from ._output import Format, write_rows
from ._state import AppState, make_appsamurai, make_client, state_of

if TYPE_CHECKING:
    from integr8 import Integr8

EPILOG = """[b]Example:[/b]

  $ integr8 demo --out /tmp/integr8-demo"""

REPORT_FROM, REPORT_TO = dt.date(2025, 2, 1), dt.date(2025, 2, 3)
EXPORT_FROM, EXPORT_TO = dt.date(2025, 2, 1), dt.date(2025, 2, 7)
WRONG_HASH = "0" * 40


class Narrator:
    """Numbered steps and indented facts, on stdout (the demo's output is the story)."""

    def __init__(self) -> None:
        from ._console import stdout

        self.console = stdout()
        self.step = 0

    def title(self, text: str) -> None:
        self.step += 1
        self.console.print()
        self.console.print(Text(f"{self.step}. {text}", style="bold cyan"))

    def say(self, text: str) -> None:
        self.console.print(Text(f"   {text}"), soft_wrap=True)


def _demo_state(parent: AppState) -> tuple[AppState, Any]:
    """A state whose clients talk to a fresh in-process sandbox (never the user's credentials)."""
    from integr8.testing import ManualClock, Sandbox, SandboxTransport, use_sandbox_time

    from ._config import Settings
    from ._demo_data import DEMO_PULL_URL, pull_transport

    clock = ManualClock()
    sandbox = Sandbox(seed=0, clock=clock)

    def on_sandbox_time(client: Integr8) -> None:
        use_sandbox_time(client, sandbox)  # waits advance the sandbox clock: no real time

    state = AppState(
        debug=parent.debug,
        quiet=parent.quiet,
        transport=SandboxTransport(sandbox),
        client_hook=on_sandbox_time,
        appsamurai_transport=pull_transport(),
        preset=Settings(
            api_key=sandbox.api_key,
            api_key_source="sandbox",
            base_url=sandbox.base_url,
            appsamurai_url=DEMO_PULL_URL,
            integration=sandbox.integration_id,
        ),
    )
    return state, sandbox


def _requests(sandbox: Any, operation_id: str) -> int:
    return sum(1 for r in sandbox.requests if r.operation_id == operation_id)


def _tap(rows: Iterable[Any], keep: list[Any], n: int) -> Iterator[Any]:
    """Pass rows through, keeping the first `n` approved ones (to update in step 3)."""
    for row in rows:
        if len(keep) < n and getattr(row, "status", None) == "Approved":
            keep.append(row)
        yield row


def step_offers(say: Narrator, client: Integr8, sandbox: Any, out: Path) -> None:
    say.title("List offers across pages")
    path = out / "offers.csv"
    rows = client.paginate(client.offers.list_offers, integration_id=sandbox.integration_id, page_size=50)
    with destination(path) as stream:
        count = write_rows(rows, Format.csv, stream, batch=50)
    pages = _requests(sandbox, "listOffers")
    say.say(f"{count} offers in {pages} pages of 50, written as they arrived -> {path}")


def step_report(say: Narrator, client: Integr8, sandbox: Any, out: Path) -> list[Any]:
    say.title(f"Stream the conversion report, {REPORT_FROM} to {REPORT_TO} (UTC)")
    path = out / "conversions.csv"
    samples: list[Any] = []
    rows = client.iter_report("conversions", integration_id=sandbox.integration_id, start=REPORT_FROM, end=REPORT_TO)
    with destination(path) as stream:
        count = write_rows(_tap(rows, samples, 4), Format.csv, stream)
    pages = _requests(sandbox, "getConversionReport")
    say.say(f"{count} conversions in {pages} cursor pages, newest first -> {path}")
    return samples


def step_updates(say: Narrator, client: Integr8, sandbox: Any, out: Path, samples: list[Any]) -> None:
    from ._conversions import print_table
    from ._updates_csv import COLUMNS, read_updates

    say.title("Update conversions, and verify each update against the report")
    path = out / "updates.csv"
    with destination(path) as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(COLUMNS)
        for i, row in enumerate(samples):
            key = WRONG_HASH if i == len(samples) - 1 else row.hash_
            writer.writerow([row.tx_id, row.conversion_time, key, "Rejected", "", ""])
    say.say(f"{len(samples)} updates (reject {len(samples)} approved conversions) -> {path}")
    say.say(f"the last one (line {len(samples) + 1}) carries a wrong hash: the API answers success but skips it")
    updates, lines = read_updates(path)
    report = client.update_conversions(integration_id=sandbox.integration_id, updates=updates)
    print_table(report, lines, say.console.file)
    say.say("integr8 read the report back: that is how the skipped update shows up")


def step_export(say: Narrator, client: Integr8, sandbox: Any, out: Path, quiet: bool) -> None:
    from ._progress import export_display, size

    say.title(f"Export clicks, {EXPORT_FROM} to {EXPORT_TO}, through the Download Center")
    path = out / "clicks.csv"
    fields = ["tx_id", "status", "offer_id", "publisher", "request_time"]
    with export_display(quiet) as display:
        result = client.export_to_file(
            "clicks",
            extra_parameters=["sub1"],
            integration_id=sandbox.integration_id,
            start=EXPORT_FROM,
            end=EXPORT_TO,
            dest=path,
            fields=fields,
            on_progress=display,
        )
    say.say(
        f"export {result.export_id}: ready after {display.polls} status checks, zip verified, "
        f"{result.rows} rows ({size(result.bytes)}) -> {path}"
    )


def step_appsamurai(say: Narrator, state: AppState, client: Integr8, sandbox: Any) -> None:
    from integr8.appsamurai import plan_sync

    say.title("Plan an AppSamurai sync (dry run) from two sample campaigns")
    created = client.advertisers.create_advertiser(body={"name": "AppSamurai (demo)", "active": True})
    details = client.advertisers.get_advertiser(str(created.created_item_id)).data
    advertiser = getattr(details, "incremental_id", None)
    if not isinstance(advertiser, int):  # the models type every answer field as optional
        raise RuntimeError("the sandbox's new advertiser came back without its incremental_id")
    with make_appsamurai(state) as apps:
        campaigns = list(apps.fetch().campaigns)
    say.say(f"pulled {len(campaigns)} campaigns; new advertiser {advertiser} holds their offers")
    plan = plan_sync(campaigns, client, integration_id=sandbox.integration_id, advertiser_id=advertiser)
    for line in plan.summary().splitlines():
        say.say(line)
    say.say("dry run: nothing was written (`integr8 appsamurai sync` without --dry-run applies it)")


def demo(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", help="Folder for the files the demo writes.")] = Path("integr8-demo"),
) -> None:
    """Run the SDK's main job end to end against a built-in sandbox (no account, no network).

    Lists offers, streams a conversion report, updates conversions with verification (one is
    skipped because of a wrong hash), exports clicks with the progress display, and plans an
    AppSamurai sync. Prints what it did and where the files are.
    """
    parent = state_of(ctx)
    out.mkdir(parents=True, exist_ok=True)
    state, sandbox = _demo_state(parent)
    say = Narrator()
    say.console.print(Text("integr8 demo: an in-process sandbox of the Integr8 API (seed 0)", style="bold"))
    with make_client(state) as client:
        step_offers(say, client, sandbox, out)
        samples = step_report(say, client, sandbox, out)
        step_updates(say, client, sandbox, out, samples)
        step_export(say, client, sandbox, out, parent.quiet)
        step_appsamurai(say, state, client, sandbox)
    say.console.print()
    say.console.print(Text("Files:", style="bold"))
    for name in ("offers.csv", "conversions.csv", "updates.csv", "clicks.csv"):
        path = out / name
        say.say(f"{path}  ({path.stat().st_size:,} bytes)")
    say.console.print(Text(f"{len(sandbox.requests)} requests, all answered in process.", style="dim"))
