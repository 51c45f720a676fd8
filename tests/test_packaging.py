"""Packaging and the make targets a new user meets first (issue 19).

Checked from the files themselves, offline: the metadata PyPI shows (long description, license,
URLs, classifiers that list exactly the interpreters `make test-all` runs), every dependency
bounded below (so `make test-lowest` has something to try), and that choosing an interpreter
with `make test PYTHON=...` does not hand that interpreter to scripts/regen.sh.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _supported() -> list[str]:
    match = re.search(r"^SUPPORTED := (.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    assert match, "the Makefile names the supported interpreters (SUPPORTED := ...)"
    return match.group(1).split()


def test_the_metadata_pypi_shows_is_complete():
    assert PROJECT["readme"] == "README.md" and (ROOT / "README.md").is_file()
    assert PROJECT["license"] and all((ROOT / name).is_file() for name in PROJECT["license-files"])
    assert PROJECT["urls"] and all(url.startswith("https://") for url in PROJECT["urls"].values())
    assert "Typing :: Typed" in PROJECT["classifiers"] and (ROOT / "facade" / "integr8" / "py.typed").is_file()


def test_the_classifiers_list_exactly_the_interpreters_make_test_all_runs():
    listed = sorted(
        c.rsplit(" :: ", 1)[1]
        for c in PROJECT["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    )
    assert listed == sorted(_supported())
    assert PROJECT["requires-python"] == f">={min(_supported(), key=lambda v: tuple(map(int, v.split('.'))))}"


def test_every_dependency_has_a_lower_bound_for_make_test_lowest():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from lowest import REQUIREMENT, lowest
    finally:
        sys.path.pop(0)
    requirements = PROJECT["dependencies"] + [r for extra in PROJECT["optional-dependencies"].values() for r in extra]
    unbounded = [r for r in requirements if not REQUIREMENT.match(r)]
    assert not unbounded, f"no lower bound to test: {unbounded}"
    constraints = lowest()
    assert constraints["httpx"] and constraints["typer"]  # runtime and extras alike


def test_regen_ignores_the_interpreter_make_was_given(tmp_path):
    """`make test PYTHON=python3.12` exports PYTHON; regen.sh must keep using its own toolchain
    (REGEN_PYTHON), so the check still runs instead of failing with a wrong hint."""
    env = {**os.environ, "PYTHON": str(tmp_path / "no-such-python"), "REGEN_PYTHON": sys.executable}
    done = subprocess.run(
        ["bash", "scripts/regen.sh", "--check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_make_test_with_another_interpreter_uses_its_own_venv():
    # -B: the plan as on a fresh clone, whether or not this checkout already has that venv
    plan = subprocess.run(
        ["make", "-n", "-B", "test", "PYTHON=python3.12"], cwd=ROOT, capture_output=True, text=True, timeout=60
    ).stdout
    assert "$(bash scripts/find-python.sh python3.12) -m venv .venv-python3.12" in plan
    assert "REGEN_PYTHON=.venv-python3.12/bin/python bash scripts/regen.sh --check" in plan
    assert ".venv-python3.12/bin/python -m pytest" in plan


def test_a_bound_the_lowest_install_did_not_reach_is_reported():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from lowest import unproven
    finally:
        sys.path.pop(0)
    bounds = {"typer": "0.12", "httpx": "0.23.1", "pyyaml": "6.0"}
    installed = {"typer": "0.16.1", "httpx": "0.23.1", "pyyaml": "6.0.0"}
    assert unproven(installed, bounds) == [
        "typer: pyproject.toml allows 0.12, but the lowest installable is 0.16.1: raise the bound"
    ]


def test_regen_takes_a_toolchain_path_relative_to_where_it_is_called():
    """make passes `REGEN_PYTHON=.venv/bin/python`; the generator runs in another directory."""
    env = {**os.environ, "REGEN_PYTHON": os.path.relpath(sys.executable, ROOT)}
    done = subprocess.run(
        ["bash", "scripts/regen.sh", "--check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _find_python(name: str, pyenv_root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYENV_ROOT": str(pyenv_root)}
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "find-python.sh"), name], capture_output=True, text=True, env=env, check=False
    )


def test_make_finds_an_interpreter_installed_under_pyenv_but_not_selected(tmp_path):
    """pyenv's shims refuse `python3.12` unless pyenv selected 3.12, so `make test-all` and
    `make test PYTHON=python3.12` look for the newest pyenv install of that version."""
    for version in ("3.77.1", "3.77.10", "3.77.9"):  # the newest by version, not by text
        bin_dir = tmp_path / "versions" / version / "bin"
        bin_dir.mkdir(parents=True)
        (bin_dir / "python3.77").symlink_to(sys.executable)
    found = _find_python("python3.77", tmp_path)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == str(tmp_path / "versions" / "3.77.10" / "bin" / "python3.77")
    assert _find_python(sys.executable, tmp_path).stdout.strip() == sys.executable  # a runnable name is kept


def test_make_says_when_an_interpreter_is_nowhere(tmp_path):
    missing = _find_python("python3.78", tmp_path)
    assert missing.returncode == 1 and "python3.78" in missing.stderr and not missing.stdout


def test_make_test_all_and_the_venvs_use_that_lookup():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert makefile.count("scripts/find-python.sh") >= 3  # .venv, each of test-all, .venv-lowest
