<#
.SYNOPSIS
Builds the shipped plug-in assemblies (net462, Release) and collects them with their dependencies in
<out>/bin/net462, without the Dataverse SDK assemblies (the sandbox provides those).
.PARAMETER StandIn
Compile against the SDK stand-in in sdk/ (local rehearsal; not deployable) instead of
Microsoft.CrmSdk.CoreAssemblies (-p:DataverseSdk=Package, the default).
.PARAMETER Configuration
Release (default) or Debug.
.PARAMETER Out
Output folder (default $env:HITL_DEPLOY_OUT or artifacts/deploy).
#>
param(
    [switch] $StandIn,
    [ValidateSet('Release', 'Debug')] [string] $Configuration = 'Release',
    [string] $Out
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'lib.ps1')
if ($Out) { $HitlOut = Set-HitlOut $Out }
Assert-HitlDotnet

$sdk = if ($StandIn) { 'StandIn' } else { 'Package' }
# One build folder per SDK flavour, so switching never mixes stand-in and real outputs.
$build = Join-Path $HitlOut "build/$sdk"
$bin = Join-Path $HitlOut 'bin/net462'
foreach ($project in 'Plugins/Hitl.Plugins', 'CustomApis/Hitl.CustomApis') {
    # Class libraries do not copy NuGet dependencies by default; the plug-in package needs them.
    & dotnet build (Join-Path $HitlRoot "src/$project.csproj") -c $Configuration -f net462 `
        "-p:DataverseSdk=$sdk" '-p:CopyLocalLockFileAssemblies=true' --artifacts-path $build -nologo
    if ($LASTEXITCODE -ne 0) {
        if ($sdk -eq 'Package') {
            [Console]::Error.WriteLine('error: the shipping build needs Microsoft.CrmSdk.CoreAssemblies from a NuGet feed; for a local rehearsal use -StandIn.')
        }
        exit 1
    }
}

if (Test-Path $bin) { Remove-Item $bin -Recurse -Force }
New-Item -ItemType Directory -Force -Path $bin | Out-Null
$pivot = "$($Configuration.ToLowerInvariant())_net462"
foreach ($project in 'Hitl.Plugins', 'Hitl.CustomApis') {
    Get-ChildItem (Join-Path $build "bin/$project/$pivot") -Filter '*.dll' |
        Where-Object { $_.Name -notin 'Microsoft.Xrm.Sdk.dll', 'Microsoft.Crm.Sdk.Proxy.dll' } | # provided by the sandbox
        Copy-Item -Destination $bin -Force
}
Write-Output "Built ($sdk, $Configuration) into ${bin}:"
Get-ChildItem $bin -Name
