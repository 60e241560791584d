<#
.SYNOPSIS
Pushes a rebuilt plug-in package to an existing registration (development inner loop): replaces the
assemblies of plug-in package <id> without importing the solution. New plug-in types, steps or custom
APIs still need a solution import and bind.ps1 (see README).
.PARAMETER PackageId
pluginpackageid of hitl_HitlSales in the target environment (README: how to find it).
.PARAMETER Environment
Target environment URL or id; default: the one of the active 'pac auth' profile.
.PARAMETER Out
Output folder holding the nupkg from pack.ps1 (default $env:HITL_DEPLOY_OUT or artifacts/deploy).
#>
param(
    [Parameter(Mandatory)] [guid] $PackageId,
    [string] $Environment,
    [string] $Out
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'lib.ps1')
if ($Out) { $HitlOut = Set-HitlOut $Out }
Assert-HitlPac
$packages = @(Get-ChildItem $HitlOut -Filter 'hitl_HitlSales.*.nupkg' -ErrorAction SilentlyContinue)
if ($packages.Count -ne 1) {
    Stop-Hitl "error: expected one hitl_HitlSales.*.nupkg in $HitlOut, found $($packages.Count): run build.ps1 and pack.ps1 first." 3
}

$arguments = @('plugin', 'push', '--pluginId', $PackageId.ToString(), '--pluginFile', $packages[0].FullName, '--type', 'Nuget')
if ($Environment) { $arguments += @('--environment', $Environment) }
Invoke-HitlNative 'pac' $arguments
