#!/usr/bin/env bash
# After import.sh: creates (or updates) the steps of the plug-in package's types and points each custom API at its
# plug-in type, from plugin-registrations/. Dataverse generates the package's type ids and export keys on import,
# so these registrations cannot be written into solution/ by hand (README, "The plug-in package decision").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: bind.sh --environment <url> [--out <dir>]
       bind.sh --plan [--out <dir>]
  --environment  https://<org>.crm.dynamics.com, where import.sh imported the solution. The access token comes
                 from HITL_DATAVERSE_TOKEN, else from the Azure CLI ('az login' as a user or service principal
                 with the System Customizer or System Administrator role)
  --plan         print the Web API requests bind would send (JSON) and stop; needs no environment
  --out          output folder for the helper's build (default \$HITL_DEPLOY_OUT or artifacts/deploy)
USAGE
}

environment=""
plan=false
while (($#)); do
  case "$1" in
    --environment) environment="${2:?--environment needs a URL}"; shift ;;
    --plan) plan=true ;;
    --out) hitl_set_out "${2:?--out needs a folder}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) hitl_bad_option "$1" ;;
  esac
  shift
done
if [[ $plan == false && -z $environment ]]; then
  echo "error: --environment is required (or --plan; see --help)." >&2
  exit 2
fi
hitl_require_dotnet
declarations=(--solution "$HITL_ROOT/solution" --registrations "$HITL_ROOT/plugin-registrations")
if [[ $plan == true ]]; then
  hitl_build_tool
  hitl_tool bind-plan "${declarations[@]}"
  exit 0
fi

if [[ -z ${HITL_DATAVERSE_TOKEN:-} ]]; then
  hitl_require az "Install the Azure CLI and 'az login', or put an access token for $environment in HITL_DATAVERSE_TOKEN."
  HITL_DATAVERSE_TOKEN="$(az account get-access-token --resource "${environment%/}" --query accessToken -o tsv)"
fi
export HITL_DATAVERSE_TOKEN
hitl_build_tool
hitl_tool bind "${declarations[@]}" --environment "$environment"
