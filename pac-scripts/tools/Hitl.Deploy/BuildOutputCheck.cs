using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Hitl.Deploy;

/// <summary>Which Microsoft.Xrm.Sdk the shipped assemblies were compiled against.</summary>
internal enum SdkFlavour
{
    /// <summary>Microsoft.CrmSdk.CoreAssemblies: the build that ships.</summary>
    Package,

    /// <summary>The in-repo stand-in under sdk/: loads nowhere but on this machine.</summary>
    StandIn,
}

/// <summary>
/// Checks the collected net462 output before it is packed: the plug-in assemblies and their
/// dependencies are there, the SDK is not (the sandbox provides it), and it is the shipping build.
/// </summary>
internal static class BuildOutputCheck
{
    public static readonly string[] Required = ["Hitl.Plugins.dll", "Hitl.CustomApis.dll", "Hitl.Dataverse.dll", "Hitl.Core.dll", "Newtonsoft.Json.dll"];

    /// <summary>Provided by the Dataverse sandbox; a second copy in a plug-in package is rejected or shadows the platform's.</summary>
    public static readonly string[] Forbidden = ["Microsoft.Xrm.Sdk.dll", "Microsoft.Crm.Sdk.Proxy.dll"];

    private const string PluginAssembliesWithSdkReferences = "Hitl.Plugins.dll,Hitl.CustomApis.dll,Hitl.Dataverse.dll";

    // Microsoft's token on the real Microsoft.Xrm.Sdk; the stand-in is signed with HitlSales.snk instead.
    private const string MicrosoftPublicKeyToken = "31bf3856ad364e35";

    public static SdkFlavour Verify(string binFolder, bool standInAllowed)
    {
        if (!Directory.Exists(binFolder))
        {
            throw new DeployException($"{binFolder} does not exist: run build.sh (or build.ps1) first.");
        }

        var missing = Required.Where(name => !File.Exists(Path.Combine(binFolder, name))).ToList();
        if (missing.Count > 0)
        {
            throw new DeployException($"{binFolder} lacks {string.Join(", ", missing)}: run build.sh (or build.ps1) again.");
        }

        var shipped = Forbidden.Where(name => File.Exists(Path.Combine(binFolder, name))).ToList();
        if (shipped.Count > 0)
        {
            throw new DeployException($"{binFolder} contains {string.Join(", ", shipped)}, which the Dataverse sandbox provides and a plug-in package must not carry.");
        }

        var flavour = Flavour(binFolder);
        if (flavour == SdkFlavour.StandIn && !standInAllowed)
        {
            throw new DeployException(
                $"the assemblies in {binFolder} were compiled against the SDK stand-in (sdk/), which Dataverse cannot load. " +
                "Build the shipping flavour with build.sh (no --standin), or pass --standin to pack for a local rehearsal.");
        }

        return flavour;
    }

    private static SdkFlavour Flavour(string binFolder)
    {
        var tokens = PluginAssembliesWithSdkReferences.Split(',')
            .Select(name => SdkReferenceToken(Path.Combine(binFolder, name)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (tokens.Count != 1)
        {
            throw new DeployException($"the plug-in assemblies in {binFolder} reference different Microsoft.Xrm.Sdk builds ({string.Join(", ", tokens)}): rebuild them together.");
        }

        return tokens[0] == MicrosoftPublicKeyToken ? SdkFlavour.Package : SdkFlavour.StandIn;
    }

    private static string SdkReferenceToken(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.GetString(reference.Name) == "Microsoft.Xrm.Sdk")
            {
                return Convert.ToHexString(metadata.GetBlobBytes(reference.PublicKeyOrToken)).ToLowerInvariant();
            }
        }

        throw new DeployException($"{assemblyPath} does not reference Microsoft.Xrm.Sdk: is it a plug-in assembly?");
    }
}
