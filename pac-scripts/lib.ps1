# Dot-sourced by the other pac-scripts, never run: repository paths, the output folder, prerequisite checks.
# Exit codes shared by all scripts: 1 a step failed, 2 bad option, 3 a prerequisite (dotnet, pac, an earlier step) is missing.

$HitlRoot = Split-Path -Parent $PSScriptRoot
# Everything the scripts write goes here (git-ignored); HITL_DEPLOY_OUT or -Out moves it, e.g. for tests.
$HitlOut = if ($env:HITL_DEPLOY_OUT) { $env:HITL_DEPLOY_OUT } else { Join-Path $HitlRoot 'artifacts/deploy' }
$HitlSolution = 'HitlSales'

function Stop-Hitl([string] $Message, [int] $ExitCode) {
    [Console]::Error.WriteLine($Message)
    exit $ExitCode
}

function Assert-HitlCommand([string] $Name, [string] $Hint) {
    if (-not (Get-Command $Name -CommandType Application -ErrorAction SilentlyContinue)) {
        Stop-Hitl "error: '$Name' was not found on PATH. $Hint" 3
    }
}

function Assert-HitlDotnet {
    Assert-HitlCommand 'dotnet' 'Install the .NET SDK 10 (https://dotnet.microsoft.com/download).'
}

function Assert-HitlPac {
    Assert-HitlCommand 'pac' "Install the Power Platform CLI ('dotnet tool install --global Microsoft.PowerApps.CLI.Tool') and sign in with 'pac auth create --environment <url>'."
}

function Assert-HitlFile([string] $Path, [string] $Creator) {
    if (-not (Test-Path $Path)) {
        Stop-Hitl "error: $Path does not exist: run $Creator first." 3
    }
}

# Runs a native command; a non-zero exit code ends the script with that code
# ($ErrorActionPreference does not cover native commands in Windows PowerShell).
function Invoke-HitlNative([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

# Same, showing the output only when it fails (dotnet's build chatter otherwise).
function Invoke-HitlQuiet([string] $Command, [string[]] $Arguments) {
    # Windows PowerShell turns redirected stderr lines into errors, which 'Stop' would make fatal.
    $ErrorActionPreference = 'Continue'
    $log = & $Command @Arguments 2>&1
    if ($LASTEXITCODE -ne 0) {
        $log | ForEach-Object { [Console]::Error.WriteLine("$_") }
        exit 1
    }
}

# The deployment helper under pac-scripts/tools (reads the solution folder and the build output):
# Build-HitlTool once per script, then Invoke-HitlTool @('<command>', '--option', 'value').
function Build-HitlTool {
    Invoke-HitlQuiet 'dotnet' @('build', (Join-Path $HitlRoot 'pac-scripts/tools/Hitl.Deploy/Hitl.Deploy.csproj'),
        '-c', 'Release', '--artifacts-path', (Join-Path $HitlOut 'tools'), '-nologo')
}

function Invoke-HitlTool([string[]] $Arguments) {
    Invoke-HitlNative 'dotnet' (@((Join-Path $HitlOut 'tools/bin/Hitl.Deploy/release/hitl-deploy.dll')) + $Arguments)
}

function Set-HitlOut([string] $Path) {
    New-Item -ItemType Directory -Force -Path $Path | Out-Null
    (Resolve-Path $Path).Path
}
