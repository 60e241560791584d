#!/usr/bin/env bash
# Pushes a rebuilt plug-in package to an existing registration (development inner loop): replaces the
# assemblies of plug-in package <id> without importing the solution. New plug-in types, steps or custom
# APIs still need a solution import and bind.sh (see README).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: register.sh --package-id <guid> [--environment <url-or-id>] [--out <dir>]
  --package-id   pluginpackageid of hitl_HitlSales in the target environment (README: how to find it)
  --environment  target environment; default: the one of the active 'pac auth' profile
  --out          output folder holding the nupkg from pack.sh (default \$HITL_DEPLOY_OUT or artifacts/deploy)
USAGE
}

package_id=""
environment=()
while (($#)); do
  case "$1" in
    --package-id) package_id="${2:?--package-id needs a GUID}"; shift ;;
    --environment) environment=(--environment "${2:?--environment needs a URL or id}"); shift ;;
    --out) hitl_set_out "${2:?--out needs a folder}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) hitl_bad_option "$1" ;;
  esac
  shift
done
if [[ -z $package_id ]]; then
  echo "error: --package-id is required (see --help)." >&2
  exit 2
fi
hitl_require_pac
shopt -s nullglob
packages=("$HITL_OUT"/hitl_HitlSales.*.nupkg)
if ((${#packages[@]} != 1)); then
  echo "error: expected one hitl_HitlSales.*.nupkg in $HITL_OUT, found ${#packages[@]}: run build.sh and pack.sh first." >&2
  exit 3
fi

pac plugin push --pluginId "$package_id" --pluginFile "${packages[0]}" --type Nuget "${environment[@]}"
