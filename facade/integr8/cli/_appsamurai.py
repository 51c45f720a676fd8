"""`integr8 appsamurai campaigns` and `integr8 appsamurai sync`: AppSamurai's campaigns as offers.

Why the sync prints its plan first: it creates, updates and deactivates offers, and a person
should be able to read what it is about to do (`--dry-run` stops there). The plan and the
application are the SDK's (`plan_sync`, `apply_sync`); the CLI pulls, prints and exits with a
code that says whether every step worked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._atomic import destination
from ._console import note
from ._errors import EXIT_FAILURE, CliError, try_again
from ._options import Columns, Integration, Output, command, format_option
from ._output import Format, resolve, write_rows
from ._state import make_appsamurai, make_client, state_of
from ._values import split_names

if TYPE_CHECKING:
    from integr8.appsamurai import AppSamuraiError

app = typer.Typer(
    help="AppSamurai's campaign pull (APPSAMURAI_URL), and syncing it into Integr8 offers.",
    epilog="""[b]Examples:[/b]

  $ integr8 appsamurai campaigns

  $ integr8 appsamurai sync -i $ID --advertiser 42 --dry-run""",
    no_args_is_help=True,
    rich_markup_mode="rich",
)


def campaign_record(campaign: Any) -> dict[str, Any]:
    """The fields people compare campaigns by; money as exact decimal text."""

    def text(value: Any) -> Any:
        return None if value is None else str(value)

    return {
        "campaign_id": campaign.campaign_id,
        "campaign_name": campaign.campaign_name,
        "app_title": campaign.app_title,
        "type": campaign.type,
        "platform": campaign.platform,
        "payout_type": campaign.payout_type,
        "revenue": text(campaign.revenue),
        "countries": list(campaign.countries),
        "daily_cap": campaign.daily_cap,
        "end_date": campaign.end_date.isoformat() if campaign.end_date else None,
        "events": len(campaign.event_goals),
    }


AllowHttp = Annotated[
    bool,
    typer.Option(
        "--appsamurai-allow-http",
        help="Allow a plain http:// APPSAMURAI_URL (a local fake; also APPSAMURAI_ALLOW_HTTP=1). The token "
        "travels unencrypted. Refused otherwise: use https://.",
    ),
]


def pull(state: Any, *, allow_http: bool = False) -> Any:
    """One pull (a CampaignPull): the readable campaigns, and the errors of the others, which
    the SDK's log also reports on stderr. The sync needs the errors: an unreadable campaign is
    still listed, so its offer must not be deactivated.

    A failed pull is AppSamurai's (`integr8.appsamurai.AppSamuraiError`), so it is reported
    here with hints that name APPSAMURAI_URL (exit 1, `appsamurai_failure`); `_errors.describe`'s
    hints name INTEGR8_BASE_URL and INTEGR8_API_KEY, right for the Integr8 requests. A missing or
    malformed URL, or an http:// one without `allow_http`, is exit 2 from `make_appsamurai`."""
    from integr8.appsamurai import AppSamuraiError

    with make_appsamurai(state, allow_http=allow_http) as apps:
        try:
            return apps.fetch()
        except AppSamuraiError as exc:
            raise appsamurai_failure(exc) from None


def appsamurai_failure(exc: AppSamuraiError) -> CliError:
    """The CLI's report of a failed pull: exit 1 and the error's message (the token is masked
    in it), with what to do: check APPSAMURAI_URL and the network after a connection failure,
    the URL (APPSAMURAI_URL) after a refusal (401, 403) or an unknown URL (404), try again at
    the time an answer's `Retry-After` gives (429, 503), or later after another 5xx."""
    from integr8.appsamurai import (
        AppSamuraiAuthenticationError,
        AppSamuraiConnectionError,
        AppSamuraiNotFoundError,
        AppSamuraiServerError,
        AppSamuraiStatusError,
    )

    message = str(exc)
    if isinstance(exc, AppSamuraiConnectionError):
        message += " (is APPSAMURAI_URL right, and the network up?)"
    elif isinstance(exc, AppSamuraiStatusError) and exc.retry_after is not None:
        message += f"; {try_again(exc.retry_after)}"
    elif isinstance(exc, (AppSamuraiAuthenticationError, AppSamuraiNotFoundError)):
        message += "; the URL is APPSAMURAI_URL (or appsamurai_url in the config file)"
    elif isinstance(exc, AppSamuraiServerError):
        message += "; AppSamurai's side failed, try again later"
    return CliError(message, code=EXIT_FAILURE)


@command(
    app,
    "campaigns",
    epilog="""[b]Examples:[/b]

  $ integr8 appsamurai campaigns

  $ integr8 appsamurai campaigns --format jsonl | jq -r .campaign_name""",
)
def campaigns(
    ctx: typer.Context,
    fmt: Annotated[Format, format_option(Format.jsonl)] = Format.auto,
    output: Output = None,
    columns: Columns = None,
    appsamurai_allow_http: AllowHttp = False,
) -> None:
    """List the campaigns AppSamurai offers you now (one pull of APPSAMURAI_URL)."""
    state = state_of(ctx)
    found = pull(state, allow_http=appsamurai_allow_http).campaigns
    fmt = resolve(fmt, piped=Format.jsonl, output=output)
    with destination(output) as stream:
        write_rows(
            (campaign_record(c) for c in found),
            fmt,
            stream,
            columns=split_names(columns, "--columns") or None,
            quiet=state.quiet,
        )
    note(f"{len(found)} campaign(s)", quiet=state.quiet or output is None)


@command(
    app,
    "sync",
    epilog="""[b]Examples:[/b]

  $ integr8 appsamurai sync -i $ID --advertiser 42 --dry-run

  $ integr8 appsamurai sync -i $ID --advertiser 42""",
)
def sync(
    ctx: typer.Context,
    advertiser: Annotated[
        int,
        typer.Option(
            "--advertiser",
            help="The Integr8 advertiser (incremental id) for AppSamurai.",
            show_default=False,
        ),
    ],
    integration: Integration = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the plan; change nothing.")] = False,
    click_id_macro: Annotated[
        str | None,
        typer.Option("--click-id-macro", help="Integr8 macro for AppSamurai's ref_id.", show_default=False),
    ] = None,
    visibility: Annotated[
        str | None,
        typer.Option(
            "--visibility",
            help="Public, Private or Requires_Approval (default).",
            show_default=False,
        ),
    ] = None,
    allow_empty: Annotated[
        bool,
        typer.Option("--allow-empty", help="Accept an empty pull (deactivates every linked offer)."),
    ] = False,
    allow_mass_deactivation: Annotated[
        bool,
        typer.Option(
            "--allow-mass-deactivation",
            help="Apply a plan that deactivates more than --max-deactivation-share of the linked offers.",
        ),
    ] = False,
    max_deactivation_share: Annotated[
        float | None,
        typer.Option(
            "--max-deactivation-share",
            min=0.0,
            max=1.0,
            help="The largest share of the live linked offers one run may deactivate: 0.2 (20%, the default) to 1.",
            show_default=False,
        ),
    ] = None,
    appsamurai_allow_http: AllowHttp = False,
) -> None:
    """Make Integr8's offers match AppSamurai's campaigns: print the plan, then apply it.

    A pull that would deactivate more than --max-deactivation-share (default 20%) of the live
    offers linked to AppSamurai campaigns, and more than one, is refused (exit 2, nothing
    changed): a broken or truncated pull looks like that. --allow-mass-deactivation applies it.
    """
    from integr8.appsamurai import SyncError, apply_sync, plan_sync
    from integr8.errors import MassDeactivationError

    state = state_of(ctx)
    integration_id = state.integration(integration)
    found = pull(state, allow_http=appsamurai_allow_http)
    options: dict[str, Any] = {}
    if click_id_macro:
        options["click_id_macro"] = click_id_macro
    if visibility:
        options["visibility"] = visibility
    if max_deactivation_share is not None:
        options["max_deactivation_share"] = max_deactivation_share
    with make_client(state) as client:
        try:
            plan = plan_sync(
                found,
                client,
                integration_id=integration_id,
                advertiser_id=advertiser,
                allow_empty=allow_empty,
                # A dry run shows the plan even when a real run would be refused, then says so.
                allow_mass_deactivation=allow_mass_deactivation or dry_run,
                **options,
            )
        except MassDeactivationError as exc:
            raise CliError(exc.explain("--allow-mass-deactivation", "--max-deactivation-share")) from None
        with destination(None) as stream:
            stream.write(plan.summary() + "\n")
        if dry_run and plan.mass_deactivation is not None and not allow_mass_deactivation:
            explained = plan.mass_deactivation.explain("--allow-mass-deactivation", "--max-deactivation-share")
            raise CliError(f"dry run: nothing was changed, and a real run would be refused: {explained}")
        if dry_run or not plan.has_changes:
            note(
                "dry run: nothing was changed" if dry_run else "nothing to change",
                quiet=state.quiet,
            )
            return
        try:
            result = apply_sync(plan, client)
        except SyncError as exc:
            with destination(None) as stream:
                stream.write(exc.result.summary() + "\n")
            raise CliError(str(exc), code=EXIT_FAILURE) from None
    with destination(None) as stream:
        stream.write(result.summary() + "\n")
