<#
.SYNOPSIS
Writes the deployment settings file (pac solution create-settings format) from solution/, without pac:
every environment variable and connection reference, with empty values for an admin to fill per environment.
Values already filled in an existing file are kept.
.PARAMETER File
Settings file to create or update (default <out>/deploymentSettings.json).
.PARAMETER Out
Output folder (default $env:HITL_DEPLOY_OUT or artifacts/deploy).
#>
param(
    [string] $File,
    [string] $Out
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'lib.ps1')
if ($Out) { $HitlOut = Set-HitlOut $Out }
Assert-HitlDotnet
Build-HitlTool
if (-not $File) { $File = Join-Path $HitlOut 'deploymentSettings.json' }
Invoke-HitlTool @('settings', '--solution', (Join-Path $HitlRoot 'solution'), '--out', $File)
