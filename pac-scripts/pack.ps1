<#
.SYNOPSIS
Packs the plug-in package (hitl_HitlSales nupkg) from <out>/bin/net462, stages the solution with the
package in <out>/solution, then packs <out>/HitlSales.zip with pac if it is installed. The package is the only
carrier of the plug-in assemblies; steps and custom API bindings are created after import by bind.ps1.
.PARAMETER StandIn
Accept a build made with build.ps1 -StandIn (local rehearsal; Dataverse cannot load it).
.PARAMETER Managed
Also pack HitlSales_managed.zip (pac --packagetype Both).
.PARAMETER StageOnly
Stop after staging, without pac.
.PARAMETER Out
Output folder (default $env:HITL_DEPLOY_OUT or artifacts/deploy).
#>
param(
    [switch] $StandIn,
    [switch] $Managed,
    [switch] $StageOnly,
    [string] $Out
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'lib.ps1')
if ($Out) { $HitlOut = Set-HitlOut $Out }
Assert-HitlDotnet
Build-HitlTool
$bin = Join-Path $HitlOut 'bin/net462'
Assert-HitlFile $bin 'build.ps1'

$solution = Join-Path $HitlRoot 'solution'
$staged = Join-Path $HitlOut 'solution'
$check = @('check-build', '--bin', $bin, '--registrations', (Join-Path $HitlRoot 'plugin-registrations'))
if ($StandIn) { $check += '--standin' }
Invoke-HitlTool $check
$version = Invoke-HitlTool @('version', '--solution', $solution)

# 1. The plug-in package: NuGet writes it (normalising 1.0.0.0 to 1.0.0 in the file name).
Get-ChildItem $HitlOut -Filter 'hitl_HitlSales.*.nupkg' | Remove-Item -Force
Invoke-HitlQuiet 'dotnet' @('pack', (Join-Path $HitlRoot 'pac-scripts/tools/PluginPackage/PluginPackage.csproj'), '-nologo',
    "-p:HitlPackageVersion=$version", "-p:HitlBinFolder=$bin", '--artifacts-path', (Join-Path $HitlOut 'tools'), '-o', $HitlOut)
$nupkg = (Get-ChildItem $HitlOut -Filter 'hitl_HitlSales.*.nupkg' | Select-Object -First 1).FullName
Write-Output "Plug-in package: $nupkg"

# 2. The folder pac packs: solution/ plus the package; the source folder is not touched.
$stage = @('stage', '--solution', $solution, '--nupkg', $nupkg, '--out', $staged)
if ($Managed) { $stage += '--both' }
Invoke-HitlTool $stage

# 3. The solution zip, which needs pac.
$zip = Join-Path $HitlOut "$HitlSolution.zip"
$packageType = if ($Managed) { 'Both' } else { 'Unmanaged' }
if ($StageOnly) {
    Write-Output "Staged $staged (-StageOnly: pac solution pack not run)."
    exit 0
}
if (-not (Get-Command 'pac' -CommandType Application -ErrorAction SilentlyContinue)) {
    Stop-Hitl (@(
        "pac was not found on PATH: staged $staged (solution, plug-in package) and built $nupkg,",
        "but $zip was not packed. Install the Power Platform CLI ('dotnet tool install --global Microsoft.PowerApps.CLI.Tool')",
        "and run pack.ps1 again, or run: pac solution pack --zipfile `"$zip`" --folder `"$staged`" --packagetype $packageType"
    ) -join [Environment]::NewLine) 3
}
$arguments = @('solution', 'pack', '--zipfile', $zip, '--folder', $staged, '--packagetype', $packageType)
if ($Managed) { $arguments += '--useUnmanagedFileForMissingManaged' }
Invoke-HitlNative 'pac' $arguments
Write-Output "Packed $zip"
