<#
.SYNOPSIS
Imports the packed solution into the environment pac is signed in to, applying the deployment settings
(environment variable values, connection references), publishing and turning plug-in steps and flows on.
Sign in first: pac auth create --environment <url>
.PARAMETER Managed
Import <out>/HitlSales_managed.zip instead of <out>/HitlSales.zip.
.PARAMETER Settings
Deployment settings file (default <out>/deploymentSettings.json).
.PARAMETER Environment
Target environment URL or id; default: the one of the active 'pac auth' profile.
.PARAMETER Out
Output folder (default $env:HITL_DEPLOY_OUT or artifacts/deploy).
#>
param(
    [switch] $Managed,
    [string] $Settings,
    [string] $Environment,
    [string] $Out
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'lib.ps1')
if ($Out) { $HitlOut = Set-HitlOut $Out }
Assert-HitlPac
$zip = Join-Path $HitlOut $(if ($Managed) { "${HitlSolution}_managed.zip" } else { "$HitlSolution.zip" })
if (-not $Settings) { $Settings = Join-Path $HitlOut 'deploymentSettings.json' }
Assert-HitlFile $zip 'pack.ps1'
Assert-HitlFile $Settings 'deployment-settings.ps1 (then fill in the values for this environment)'

# --async avoids the synchronous import's request timeout on a solution with plug-ins and flows.
$arguments = @('solution', 'import', '--path', $zip, '--settings-file', $Settings, '--publish-changes', '--activate-plugins', '--async')
if ($Environment) { $arguments += @('--environment', $Environment) }
Invoke-HitlNative 'pac' $arguments
