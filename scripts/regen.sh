#!/usr/bin/env bash
# Regenerate generated/integr8_client from openapi/integr8.yaml.
#
#   scripts/regen.sh                       regenerate generated/integr8_client
#   scripts/regen.sh --check               exit 1 if generated/ differs from a fresh generation
#   scripts/regen.sh --from PATH_OR_URL    show what a new spec changes, adopt it, regenerate
#   scripts/regen.sh --from PATH_OR_URL --fail-on-breaking
#                                          ...but write nothing if it has breaking changes
#
# Why it is built this way:
# - The generator runs in a temporary directory outside the repo, and its ruff
#   post-hooks run with --isolated (openapi/generator-config.yaml), so no repo
#   or user configuration can change the output; openapi-python-client and
#   ruff are pinned in pyproject.toml and checked here. Same spec, same bytes.
# - openapi/templates/ holds the few generator templates we override (only
#   those; the rest are the pinned generator's own): response models read odd
#   values leniently and parse faster (see openapi/templates/tolerant.jinja).
#   They are an input like the spec: --check regenerates with them.
# - openapi-python-client silently overwrites operations whose operationIds
#   snake-case alike and drops operations whose parameter names collide;
#   scripts/_speccheck.py rejects such specs first, naming the operations.
# - The tree is replaced only after a generation succeeded, and the spec (with
#   --from) only after its client was generated: a failure leaves both as they were.
#
# Environment: REGEN_PYTHON (default .venv/bin/python) selects the toolchain;
# the openapi-python-client and ruff next to it are used. (Not PYTHON: that is
# the Makefile's choice of interpreter for a venv, e.g. `make test PYTHON=python3.12`.)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPEC="$ROOT/openapi/integr8.yaml"
CONFIG="$ROOT/openapi/generator-config.yaml"
TEMPLATES="$ROOT/openapi/templates"
TARGET="$ROOT/generated/integr8_client"
REGEN_PYTHON="${REGEN_PYTHON:-$ROOT/.venv/bin/python}"
# Relative to where we were called from (make passes .venv/bin/python): the generator runs
# elsewhere, so the toolchain's path must not depend on the working directory.
[[ $REGEN_PYTHON == /* ]] || REGEN_PYTHON="$PWD/$REGEN_PYTHON"
BIN="$(dirname "$REGEN_PYTHON")"

die() {
    printf 'regen.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

mode=generate
source_spec=""
fail_on_breaking=0
while (($#)); do
    case "$1" in
        --check) mode=check ;;
        --from)
            (($# >= 2)) || die "--from needs a path or URL"
            mode=from
            source_spec="$2"
            shift
            ;;
        --from=*)
            mode=from
            source_spec="${1#--from=}"
            ;;
        --fail-on-breaking) fail_on_breaking=1 ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            die "unknown argument: $1"
            ;;
    esac
    shift
done
if ((fail_on_breaking)) && [[ $mode != from ]]; then
    die "--fail-on-breaking only makes sense with --from"
fi

if [[ ! -x "$REGEN_PYTHON" ]]; then
    die "no Python at $REGEN_PYTHON (is .venv missing?): run make venv, or set REGEN_PYTHON to a venv's python that has the dev extra"
fi
for tool in openapi-python-client ruff; do
    [[ -x "$BIN/$tool" ]] || die "$tool is not installed next to $REGEN_PYTHON: run make venv"
done
[[ $mode == from || -f "$SPEC" ]] || die "no spec at ${SPEC#"$ROOT"/}"
[[ -d "$TEMPLATES" ]] || die "no custom templates at ${TEMPLATES#"$ROOT"/}"

helper() { "$REGEN_PYTHON" "$ROOT/scripts/_speccheck.py" "$@"; }

# The post-hooks call plain `ruff`: make it the pinned one. Ruff reads some
# settings from RUFF_* variables; none may leak into the output.
export PATH="$BIN:$PATH"
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep '^RUFF_' || true)
# The generator collects imports in sets; ruff sorts them afterwards, but a
# fixed hash seed keeps anything else set-ordered stable as well.
export PYTHONHASHSEED=0

WORK="$(mktemp -d "${TMPDIR:-/tmp}/integr8-regen.XXXXXX")"
cleanup() {
    rm -rf "$WORK" "$ROOT/generated/.integr8_client.new" "$ROOT/generated/.integr8_client.old" \
        "$ROOT/openapi/.integr8.yaml.new"
}
trap cleanup EXIT

# generate SPEC_FILE OUT_DIR: a complete package in OUT_DIR, or exit 1.
# SPEC_FILE must have passed `helper check`.
generate() {
    local spec="$1" out="$2" log="$WORK/generator.log"
    if ! (cd "$WORK" && "$BIN/openapi-python-client" generate --path "$spec" \
        --config "$CONFIG" --custom-template-path "$TEMPLATES" --meta none --fail-on-warning \
        --output-path "$out") >"$log" 2>&1; then
        cat "$log" >&2
        die "openapi-python-client failed or warned (output above); nothing was written"
    fi
    # --meta none writes no py.typed; the facade and users rely on the types.
    printf '# Marker file for PEP 561\n' >"$out/py.typed"
    # The spec itself, as JSON, for integr8._spec (see facade/integr8/_spec.py).
    helper bundle "$spec" "$out/openapi.json"
    # Each operation's parameters, taken from it, for the client's first call (scripts/_optable.py).
    "$REGEN_PYTHON" "$ROOT/scripts/_optable.py" "$out/openapi.json" "$out/operation_parameters.json"
}

# install_tree FRESH: replace generated/integr8_client with FRESH by two renames.
install_tree() {
    local fresh="$1" new="$ROOT/generated/.integr8_client.new" old="$ROOT/generated/.integr8_client.old"
    if helper summarize "$TARGET" "$fresh"; then
        return 0 # identical: leave the tree (and its mtimes) alone
    fi
    mkdir -p "$ROOT/generated"
    rm -rf "$new" "$old"
    cp -R "$fresh" "$new"
    if [[ -e "$TARGET" ]]; then mv "$TARGET" "$old"; fi
    mv "$new" "$TARGET"
    rm -rf "$old"
}

start=$SECONDS
helper versions "$ROOT/pyproject.toml" || exit 1
case "$mode" in
    generate)
        helper check "$SPEC" || exit 1
        generate "$SPEC" "$WORK/integr8_client"
        install_tree "$WORK/integr8_client"
        echo "Generated from ${SPEC#"$ROOT"/} in $((SECONDS - start))s."
        ;;
    check)
        helper check "$SPEC" || exit 1
        generate "$SPEC" "$WORK/integr8_client"
        helper compare "$TARGET" "$WORK/integr8_client" || exit 1
        echo "generated/integr8_client is up to date with ${SPEC#"$ROOT"/}."
        ;;
    from)
        candidate="$WORK/integr8.yaml"
        helper fetch "$source_spec" "$candidate" || exit 1
        helper check "$candidate" "$source_spec" || exit 1
        echo "Changes in $source_spec compared with ${SPEC#"$ROOT"/}:"
        if ((fail_on_breaking)); then
            helper diff "$SPEC" "$candidate" --fail-on-breaking || exit 1
        else
            helper diff "$SPEC" "$candidate"
        fi
        generate "$candidate" "$WORK/integr8_client"
        # Adopt the spec atomically (same-directory rename), then the client.
        cp "$candidate" "$ROOT/openapi/.integr8.yaml.new"
        mv -f "$ROOT/openapi/.integr8.yaml.new" "$SPEC"
        install_tree "$WORK/integr8_client"
        echo "Wrote ${SPEC#"$ROOT"/} and regenerated in $((SECONDS - start))s."
        ;;
esac
