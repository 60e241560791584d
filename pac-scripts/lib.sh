#!/usr/bin/env bash
# Sourced by the other pac-scripts, never run: repository paths, the output folder, prerequisite checks.
# Exit codes shared by all scripts: 1 a step failed, 2 bad option, 3 a prerequisite (dotnet, pac, an earlier step) is missing.

HITL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Everything the scripts write goes here (git-ignored); HITL_DEPLOY_OUT or --out moves it, e.g. for tests.
HITL_OUT="${HITL_DEPLOY_OUT:-$HITL_ROOT/artifacts/deploy}"
HITL_SOLUTION=HitlSales

hitl_require() { # <command> <how to get it>
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "error: '$1' was not found on PATH. $2" >&2
    exit 3
  fi
}

hitl_require_dotnet() {
  hitl_require dotnet "Install the .NET SDK 10 (https://dotnet.microsoft.com/download)."
}

hitl_require_pac() {
  hitl_require pac "Install the Power Platform CLI ('dotnet tool install --global Microsoft.PowerApps.CLI.Tool') and sign in with 'pac auth create --environment <url>'."
}

hitl_require_file() { # <path> <which script creates it>
  if [[ ! -e "$1" ]]; then
    echo "error: $1 does not exist: run $2 first." >&2
    exit 3
  fi
}

# The deployment helper under pac-scripts/tools (reads the solution folder and the build output):
# hitl_build_tool once per script, then hitl_tool <command> [options].
hitl_build_tool() {
  hitl_quiet dotnet build "$HITL_ROOT/pac-scripts/tools/Hitl.Deploy/Hitl.Deploy.csproj" -c Release \
    --artifacts-path "$HITL_OUT/tools" -nologo
}

hitl_tool() {
  dotnet "$HITL_OUT/tools/bin/Hitl.Deploy/release/hitl-deploy.dll" "$@"
}

# Runs a command and shows its output only when it fails (dotnet's build chatter otherwise).
hitl_quiet() {
  local log
  if ! log="$("$@" 2>&1)"; then
    echo "$log" >&2
    exit 1
  fi
}

hitl_set_out() { # <dir>: absolute, created
  mkdir -p "$1"
  HITL_OUT="$(cd "$1" && pwd)"
}

hitl_bad_option() {
  echo "error: unknown option '$1' (try --help)." >&2
  exit 2
}
