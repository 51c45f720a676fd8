#!/usr/bin/env bash
# Usage: scripts/find-python.sh NAME   (python3, python3.12, or a path to an interpreter)
#
# Prints an interpreter that runs: NAME itself when it does, else for a NAME of the form
# pythonX.Y the newest pyenv install of X.Y ($PYENV_ROOT, default ~/.pyenv). Why: pyenv's shims
# answer only for the versions pyenv has selected, so on a machine with 3.12 installed under
# pyenv but 3.11 selected, `python3.12` is a shim that refuses to run. Exits 1, saying so on
# stderr, when there is none.
set -euo pipefail
name=${1:?usage: scripts/find-python.sh NAME}
if "$name" -c 'import sys' >/dev/null 2>&1; then
    echo "$name"
    exit 0
fi
if [[ $name =~ ^python([0-9]+\.[0-9]+)$ ]]; then
    version=${BASH_REMATCH[1]}
    versions_dir="${PYENV_ROOT:-$HOME/.pyenv}/versions"
    candidate=$(ls -d "$versions_dir/$version".*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n $candidate ]] && "$candidate" -c 'import sys' >/dev/null 2>&1; then
        echo "$candidate"
        exit 0
    fi
fi
echo "find-python: no runnable interpreter for '$name' (not on PATH, not installed under pyenv)" >&2
exit 1
