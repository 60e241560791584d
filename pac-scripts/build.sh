#!/usr/bin/env bash
# Builds the shipped plug-in assemblies (net462, Release) and collects them with their dependencies
# in <out>/bin/net462, without the Dataverse SDK assemblies (the sandbox provides those).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: build.sh [--standin] [--configuration <Release|Debug>] [--out <dir>]
  --standin        compile against the SDK stand-in in sdk/ (local rehearsal; not deployable)
                   instead of Microsoft.CrmSdk.CoreAssemblies (-p:DataverseSdk=Package, the default)
  --configuration  default Release
  --out            output folder (default \$HITL_DEPLOY_OUT or artifacts/deploy)
USAGE
}

sdk=Package
configuration=Release
while (($#)); do
  case "$1" in
    --standin) sdk=StandIn ;;
    --configuration) configuration="${2:?--configuration needs a value}"; shift ;;
    --out) hitl_set_out "${2:?--out needs a folder}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) hitl_bad_option "$1" ;;
  esac
  shift
done
hitl_require_dotnet

# One build folder per SDK flavour, so switching never mixes stand-in and real outputs.
build="$HITL_OUT/build/$sdk"
bin="$HITL_OUT/bin/net462"
for project in Plugins/Hitl.Plugins CustomApis/Hitl.CustomApis; do
  # Class libraries do not copy NuGet dependencies by default; the plug-in package needs them.
  if ! dotnet build "$HITL_ROOT/src/$project.csproj" -c "$configuration" -f net462 \
      -p:DataverseSdk="$sdk" -p:CopyLocalLockFileAssemblies=true --artifacts-path "$build" -nologo; then
    if [[ $sdk == Package ]]; then
      echo "error: the shipping build needs Microsoft.CrmSdk.CoreAssemblies from a NuGet feed; for a local rehearsal use --standin." >&2
    fi
    exit 1
  fi
done

rm -rf "$bin"
mkdir -p "$bin"
pivot="$(tr '[:upper:]' '[:lower:]' <<<"$configuration")_net462"
for project in Hitl.Plugins Hitl.CustomApis; do
  for dll in "$build/bin/$project/$pivot"/*.dll; do
    case "$(basename "$dll")" in
      Microsoft.Xrm.Sdk.dll|Microsoft.Crm.Sdk.Proxy.dll) ;; # provided by the sandbox, never shipped
      *) cp "$dll" "$bin/" ;;
    esac
  done
done
echo "Built ($sdk, $configuration) into $bin:"
ls -1 "$bin"
