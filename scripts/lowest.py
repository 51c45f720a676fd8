"""The lowest version pyproject.toml allows for each direct dependency: printed as constraints,
or (`--check`, run by the lowest venv's python) checked against what got installed.

`make test-lowest` installs the project with these constraints and runs the suite, so every lower
bound we publish is one the suite passed on (a bound it disproves is raised in pyproject.toml).
Like `uv pip install --resolution lowest-direct`: only direct dependencies (runtime and every
extra) are held to their lowest; what they need resolves as usual. Exact pins (`==`) are kept.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(>=|==)\s*([^,;\s]+)")


def lowest(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, str]:
    """`{distribution: version}` for every requirement with a `>=` or `==` bound."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    found: dict[str, str] = {}
    for requirement in requirements:
        match = REQUIREMENT.match(requirement)
        if match is None:
            continue  # no lower bound to try
        name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
        version = match.group(3)
        if name in found and found[name] != version:
            # Two extras bound it differently: the higher lower bound is the one all must meet.
            version = max(found[name], version, key=lambda v: tuple(int(x) for x in re.findall(r"\d+", v)))
        found[name] = version
    return found


def _release(version: str) -> tuple[int, ...]:
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:4]]
    while numbers and numbers[-1] == 0:
        numbers.pop()  # 6.0 == 6.0.0
    return tuple(numbers)


def unproven(installed: dict[str, str], bounds: dict[str, str]) -> list[str]:
    """The bounds that the installed set did not test: a direct dependency that resolved above
    its lower bound (something else needs more), so the bound is a claim no run has checked."""
    return [
        f"{name}: pyproject.toml allows {bound}, but the lowest installable is {installed[name]}: raise the bound"
        for name, bound in sorted(bounds.items())
        if name in installed and _release(installed[name]) != _release(bound)
    ]


def main(argv: list[str]) -> int:
    bounds = lowest()
    if argv[:1] == ["--check"]:  # run by the lowest venv's own python, after installing
        from importlib import metadata

        installed = {re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower(): d.version for d in metadata.distributions()}
        problems = unproven(installed, bounds)
        for line in problems:
            print(f"lowest.py: {line}", file=sys.stderr)
        return 1 if problems else 0
    for name, version in sorted(bounds.items()):
        print(f"{name}=={version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
