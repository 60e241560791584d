<#
.SYNOPSIS
After import.ps1: creates (or updates) the steps of the plug-in package's types and points each custom API at its
plug-in type, from plugin-registrations/. Dataverse generates the package's type ids and export keys on import,
so these registrations cannot be written into solution/ by hand (README, "The plug-in package decision").
.PARAMETER Environment
https://<org>.crm.dynamics.com, where import.ps1 imported the solution. The access token comes from
$env:HITL_DATAVERSE_TOKEN, else from the Azure CLI ('az login' as a user or service principal with the
System Customizer or System Administrator role).
.PARAMETER Plan
Print the Web API requests bind would send (JSON) and stop; needs no environment.
.PARAMETER Out
Output folder for the helper's build (default $env:HITL_DEPLOY_OUT or artifacts/deploy).
#>
param(
    [string] $Environment,
    [switch] $Plan,
    [string] $Out
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'lib.ps1')
if ($Out) { $HitlOut = Set-HitlOut $Out }
if (-not $Plan -and -not $Environment) {
    Stop-Hitl "error: -Environment is required (or -Plan; see Get-Help .\bind.ps1)." 2
}
Assert-HitlDotnet
$declarations = @('--solution', (Join-Path $HitlRoot 'solution'), '--registrations', (Join-Path $HitlRoot 'plugin-registrations'))
if ($Plan) {
    Build-HitlTool
    Invoke-HitlTool (@('bind-plan') + $declarations)
    exit 0
}

if (-not $env:HITL_DATAVERSE_TOKEN) {
    Assert-HitlCommand 'az' "Install the Azure CLI and 'az login', or put an access token for $Environment in HITL_DATAVERSE_TOKEN."
    $env:HITL_DATAVERSE_TOKEN = (& az account get-access-token --resource $Environment.TrimEnd('/') --query accessToken -o tsv)
    if ($LASTEXITCODE -ne 0) { Stop-Hitl "error: 'az account get-access-token' failed for $Environment." 1 }
}
Build-HitlTool
Invoke-HitlTool (@('bind') + $declarations + @('--environment', $Environment))
