"""Credentials and defaults: command-line options, then the environment, then a config file.

Why this order: an option is the most deliberate choice, the environment is how CI and
containers pass secrets, and the file is the convenience for a person at their own machine.
The file is `$XDG_CONFIG_HOME/integr8/config.toml` (`~/.config/...` without XDG; `%APPDATA%`
on Windows):

    api_key = "..."
    base_url = "https://api.app.integr8.co"
    appsamurai_url = "https://api.appsamurai.com/api/campaign-pull/list/<TOKEN>"
    integration = "<default Integration ID>"

Because the file holds secrets, a warning says so when other users can read it. Nothing here
ever prints a secret: `Settings.__repr__` hides them, and messages name where a value came from,
never the value.
"""

from __future__ import annotations

import dataclasses
import os
import stat
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from integr8._constants import (  # noqa: E402  (one list of names for the SDK and the CLI)
    ENV_ALLOW_HTTP,
    ENV_API_KEY,
    ENV_APPSAMURAI_ALLOW_HTTP,
    ENV_APPSAMURAI_URL,
    ENV_BASE_URL,
    ENV_INTEGRATION,
)

from ._errors import CliError

FILE_KEYS = ("api_key", "base_url", "appsamurai_url", "integration")
SECRET_KEYS = ("api_key", "appsamurai_url")


@dataclasses.dataclass(frozen=True)
class Settings:
    """Resolved settings; `*_source` says where a value came from (for messages)."""

    api_key: str | None = dataclasses.field(default=None, repr=False)
    api_key_source: str | None = None
    base_url: str | None = None
    allow_http: bool = False
    appsamurai_url: str | None = dataclasses.field(default=None, repr=False)
    appsamurai_allow_http: bool = False
    integration: str | None = None
    config_path: Path | None = None


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """Where the config file lives (it need not exist)."""
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME")
    if not base and sys.platform == "win32":
        base = env.get("APPDATA")
    root = Path(base) if base else Path.home() / ".config"
    return root / "integr8" / "config.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise CliError(f"config file {path} is not valid TOML: {exc}") from None


def read_file(path: Path, warn: Callable[[str], None]) -> dict[str, str]:
    """The config file's settings ({} when there is none); warns about risky or unknown entries."""
    if not path.is_file():
        return {}
    data = _read_toml(path)
    out: dict[str, str] = {}
    for key, value in data.items():
        if key not in FILE_KEYS:
            warn(f"config file {path}: unknown setting {key!r} ignored (known: {', '.join(FILE_KEYS)})")
            continue
        if not isinstance(value, str):
            raise CliError(f"config file {path}: {key} must be a string")
        out[key] = value
    if os.name == "posix" and any(k in out for k in SECRET_KEYS):
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            warn(
                f"config file {path} holds secrets but other users can read it (mode {mode:04o}); run: chmod 600 {path}"
            )
    return out


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def load(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    allow_http: bool = False,
    env: Mapping[str, str] | None = None,
    warn: Callable[[str], None],
) -> Settings:
    """Settings from the options given (None: not given), the environment and the config file."""
    env = os.environ if env is None else env
    path = config_path(env)
    from_file = read_file(path, warn)
    where = f"config file {path}"

    key, key_source = api_key, "--api-key" if api_key else None
    if not key and env.get(ENV_API_KEY):
        key, key_source = env[ENV_API_KEY], ENV_API_KEY
    if not key and from_file.get("api_key"):
        key, key_source = from_file["api_key"], where
    return Settings(
        api_key=key or None,
        api_key_source=key_source,
        base_url=base_url or env.get(ENV_BASE_URL) or from_file.get("base_url") or None,
        allow_http=allow_http or _truthy(env.get(ENV_ALLOW_HTTP)),
        appsamurai_url=env.get(ENV_APPSAMURAI_URL) or from_file.get("appsamurai_url") or None,
        appsamurai_allow_http=_truthy(env.get(ENV_APPSAMURAI_ALLOW_HTTP)),
        integration=env.get(ENV_INTEGRATION) or from_file.get("integration") or None,
        config_path=path,
    )
