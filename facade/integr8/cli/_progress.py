"""The live display of a Download Center export, on stderr.

Why three modes: at a terminal people want to see that something is happening (the export's
status while the server builds it, then bytes, rate and time left while downloading); in a log
file, a CI job or a pipe, an animated display is noise, so each phase change becomes one plain
line and the download reports at most every quarter; `--quiet` shows nothing. The display only
listens to the SDK's `on_progress` callbacks: what happens is decided by `export_to_file`.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any

from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.text import Text

from ._console import is_tty, stderr


def size(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"  # pragma: no cover


class _OnlyWhileDownloading(ProgressColumn):
    """Shows the wrapped column during the download only (no '0/? bytes' while polling)."""

    def __init__(self, inner: ProgressColumn):
        super().__init__()
        self.inner = inner

    def render(self, task: Task) -> Any:
        return self.inner.render(task) if task.fields.get("downloading") else Text("")


class ExportDisplay:
    """Call it with each `ExportProgress`; use it as a context manager around the export."""

    def __init__(self, mode: str):
        self.mode = mode  # "live", "plain" or "quiet"
        self.polls = 0
        self._last: tuple[str, str | None] | None = None
        self._quarter = -1
        self._started: float | None = None
        self._progress: Progress | None = None
        self._task: Any = None

    def __enter__(self) -> ExportDisplay:
        if self.mode == "live":
            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                _OnlyWhileDownloading(BarColumn()),
                _OnlyWhileDownloading(DownloadColumn()),
                _OnlyWhileDownloading(TransferSpeedColumn()),
                _OnlyWhileDownloading(TimeRemainingColumn()),
                TimeElapsedColumn(),
                console=stderr(),
            )
            self._progress.start()
            self._task = self._progress.add_task("creating the export", total=None, downloading=False)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, event: Any) -> None:
        phase, status = event.phase, event.status
        if phase == "polling":
            self.polls += 1
        if self.mode == "live":
            self._live(event)
        elif self.mode == "plain":
            self._plain(event)
        self._last = (phase, status)

    def _describe(self, event: Any) -> str:
        export = f"export {event.export_id}" if event.export_id else "export"
        if event.phase == "creating":
            return "creating the export"
        if event.phase == "polling":
            return f"{export}: {event.status or 'waiting'} (checked {self.polls}x)"
        if event.phase == "downloading":
            return f"{export}: downloading"
        if event.phase == "verifying":
            return f"{export}: verifying the zip"
        return f"{export}: done"

    def _live(self, event: Any) -> None:
        assert self._progress is not None
        downloading = event.phase == "downloading"
        fields: dict[str, Any] = {"description": self._describe(event), "downloading": downloading}
        if downloading:
            fields.update(total=event.bytes_total, completed=event.bytes_done)
        elif event.phase == "done":
            fields.update(total=1, completed=1)
        self._progress.update(self._task, **fields)

    def _plain(self, event: Any) -> None:
        out = stderr()
        if event.phase != "downloading":
            if (event.phase, event.status) != self._last:
                if event.phase == "verifying" and self._started is not None:
                    elapsed = max(time.monotonic() - self._started, 1e-6)
                    out.print(Text(f"downloaded {size(event.bytes_done)} ({size(event.bytes_done / elapsed)}/s)"))
                out.print(Text(self._describe(event)))
            return
        if self._started is None:
            self._started = time.monotonic()
            total = f" {size(event.bytes_total)}" if event.bytes_total else ""
            out.print(Text(f"{self._describe(event)}{total}"))
        if event.bytes_total:
            quarter = min(4, event.bytes_done * 4 // event.bytes_total)
            if quarter > self._quarter and 0 < quarter < 4:
                out.print(Text(f"  {quarter * 25}% ({size(event.bytes_done)})"))
            self._quarter = max(self._quarter, quarter)


def export_display(quiet: bool) -> ExportDisplay:
    """Live on a terminal, plain lines otherwise, nothing with --quiet."""
    import sys

    if quiet:
        return ExportDisplay("quiet")
    return ExportDisplay("live" if is_tty(sys.stderr) else "plain")
