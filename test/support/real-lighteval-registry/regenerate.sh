#!/usr/bin/env bash
# Rebuilds registry-<version>.json beside this script from real LightEval installs (see FINDINGS.md).
# Each version is installed as it resolved shortly after its release (uv --exclude-newer): today's resolution of
# `lighteval[litellm]==V` is broken for several versions. Needs uv and the package index; no other network.
# usage: regenerate.sh VENVS_DIR   (venvs are created there, or reused)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
script="$here/../../../src/lighteval/python/task_registry.py"
venvs=${1:?usage: regenerate.sh VENVS_DIR}
uv=${UV:-uv}
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 LITELLM_LOCAL_MODEL_COST_MAP=True

# version:date, and what else the version needs before `lighteval endpoint litellm` can even look a task up
for entry in 0.9.2:2025-05-25:latex2sympy2_extended==1.0.6 0.10.0:2025-07-01: 0.11.0:2025-10-20:emoji \
  0.12.0:2025-11-10: 0.12.1:2025-11-15: 0.12.2:2025-11-25: 0.13.0:2025-12-10:; do
  IFS=: read -r version date extra <<<"$entry"
  venv="$venvs/$version"
  if [ ! -x "$venv/bin/python" ]; then
    "$uv" venv -q -p python3.11 "$venv"
    VIRTUAL_ENV="$venv" "$uv" pip install -q --exclude-newer "$date" "lighteval[litellm]==$version" $extra
  fi
  "$venv/bin/python" -c "$(cat "$script")" >"$here/registry-$version.json"
  # 0.9 and 0.10 register the extended suite (ifeval…) only when langdetect is installed.
  if [ "$version" = 0.9.2 ] || [ "$version" = 0.10.0 ]; then
    [ -d "$venv-langdetect" ] || { cp -a "$venv" "$venv-langdetect" &&
      VIRTUAL_ENV="$venv-langdetect" "$uv" pip install -q --exclude-newer "$date" langdetect; }
    "$venv-langdetect/bin/python" -c "$(cat "$script")" >"$here/registry-$version-langdetect.json"
  fi
  echo "registry-$version.json: $(wc -c <"$here/registry-$version.json") bytes"
done
