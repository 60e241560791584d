#!/usr/bin/env bash
# Packs the plug-in package (hitl_HitlSales nupkg) from <out>/bin/net462, stages the solution with the
# package in <out>/solution, then packs <out>/HitlSales.zip with pac if it is installed. The package is the only
# carrier of the plug-in assemblies; steps and custom API bindings are created after import by bind.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: pack.sh [--standin] [--managed] [--stage-only] [--out <dir>]
  --standin       accept a build made with build.sh --standin (local rehearsal; Dataverse cannot load it)
  --managed       also pack HitlSales_managed.zip (pac --packagetype Both)
  --stage-only    stop after staging, without pac
  --out           output folder (default \$HITL_DEPLOY_OUT or artifacts/deploy)
USAGE
}

standin=()
stage=()
packagetype=Unmanaged
stage_only=false
while (($#)); do
  case "$1" in
    --standin) standin=(--standin) ;;
    --managed) packagetype=Both; stage+=(--both) ;;
    --stage-only) stage_only=true ;;
    --out) hitl_set_out "${2:?--out needs a folder}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) hitl_bad_option "$1" ;;
  esac
  shift
done
hitl_require_dotnet
hitl_build_tool
bin="$HITL_OUT/bin/net462"
hitl_require_file "$bin" "build.sh"

solution="$HITL_ROOT/solution"
staged="$HITL_OUT/solution"
hitl_tool check-build --bin "$bin" --registrations "$HITL_ROOT/plugin-registrations" "${standin[@]}"
version="$(hitl_tool version --solution "$solution")"

# 1. The plug-in package: NuGet writes it (normalising 1.0.0.0 to 1.0.0 in the file name).
rm -f "$HITL_OUT"/hitl_HitlSales.*.nupkg
hitl_quiet dotnet pack "$HITL_ROOT/pac-scripts/tools/PluginPackage/PluginPackage.csproj" -nologo \
  -p:HitlPackageVersion="$version" -p:HitlBinFolder="$bin" \
  --artifacts-path "$HITL_OUT/tools" -o "$HITL_OUT"
nupkg="$(ls "$HITL_OUT"/hitl_HitlSales.*.nupkg)"
echo "Plug-in package: $nupkg"

# 2. The folder pac packs: solution/ plus the package; the source folder is not touched.
hitl_tool stage --solution "$solution" --nupkg "$nupkg" --out "$staged" "${stage[@]}"

# 3. The solution zip, which needs pac.
zip="$HITL_OUT/$HITL_SOLUTION.zip"
if [[ $stage_only == true ]]; then
  echo "Staged $staged (--stage-only: pac solution pack not run)."
  exit 0
fi
if ! command -v pac >/dev/null 2>&1; then
  cat >&2 <<MESSAGE
pac was not found on PATH: staged $staged (solution, plug-in package) and built $nupkg,
but $zip was not packed. Install the Power Platform CLI ('dotnet tool install --global Microsoft.PowerApps.CLI.Tool')
and run pack.sh again, or run: pac solution pack --zipfile "$zip" --folder "$staged" --packagetype $packagetype
MESSAGE
  exit 3
fi
args=(--zipfile "$zip" --folder "$staged" --packagetype "$packagetype")
[[ $packagetype == Both ]] && args+=(--useUnmanagedFileForMissingManaged)
pac solution pack "${args[@]}"
echo "Packed $zip"
