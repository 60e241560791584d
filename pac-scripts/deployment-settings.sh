#!/usr/bin/env bash
# Writes the deployment settings file (pac solution create-settings format) from solution/, without pac:
# every environment variable and connection reference, with empty values for an admin to fill per environment.
# Values already filled in an existing file are kept.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: deployment-settings.sh [--file <path>] [--out <dir>]
  --file  settings file to create or update (default <out>/deploymentSettings.json)
  --out   output folder (default \$HITL_DEPLOY_OUT or artifacts/deploy)
USAGE
}

file=""
while (($#)); do
  case "$1" in
    --file) file="${2:?--file needs a path}"; shift ;;
    --out) hitl_set_out "${2:?--out needs a folder}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) hitl_bad_option "$1" ;;
  esac
  shift
done
hitl_require_dotnet
hitl_build_tool
hitl_tool settings --solution "$HITL_ROOT/solution" --out "${file:-$HITL_OUT/deploymentSettings.json}"
