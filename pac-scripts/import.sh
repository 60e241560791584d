#!/usr/bin/env bash
# Imports the packed solution into the environment pac is signed in to, applying the deployment settings
# (environment variable values, connection references), publishing and turning plug-in steps and flows on.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: import.sh [--managed] [--settings <file>] [--environment <url-or-id>] [--out <dir>]
  --managed      import <out>/HitlSales_managed.zip instead of <out>/HitlSales.zip
  --settings     deployment settings file (default <out>/deploymentSettings.json)
  --environment  target environment; default: the one of the active 'pac auth' profile
  --out          output folder (default \$HITL_DEPLOY_OUT or artifacts/deploy)
Sign in first: pac auth create --environment <url>
USAGE
}

zip_name="$HITL_SOLUTION.zip"
settings=""
environment=()
while (($#)); do
  case "$1" in
    --managed) zip_name="${HITL_SOLUTION}_managed.zip" ;;
    --settings) settings="${2:?--settings needs a file}"; shift ;;
    --environment) environment=(--environment "${2:?--environment needs a URL or id}"); shift ;;
    --out) hitl_set_out "${2:?--out needs a folder}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) hitl_bad_option "$1" ;;
  esac
  shift
done
hitl_require_pac
zip="$HITL_OUT/$zip_name"
settings="${settings:-$HITL_OUT/deploymentSettings.json}"
hitl_require_file "$zip" "pack.sh"
hitl_require_file "$settings" "deployment-settings.sh (then fill in the values for this environment)"

# --async avoids the synchronous import's request timeout on a solution with plug-ins and flows.
pac solution import --path "$zip" --settings-file "$settings" --publish-changes --activate-plugins --async "${environment[@]}"
