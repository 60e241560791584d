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
/// Checks the collected net462 output before it is packed: the plug-in assemblies the registrations name are there,
/// so is every assembly they need that the sandbox does not provide (found by walking references, so a new
/// dependency such as Hitl.Dataverse is checked without being listed here), the SDK is not, and it is the shipping build.
/// </summary>
internal static class BuildOutputCheck
{
    /// <summary>Provided by the Dataverse sandbox; a second copy in a plug-in package is rejected or shadows the platform's.</summary>
    public static readonly string[] Forbidden = ["Microsoft.Xrm.Sdk.dll", "Microsoft.Crm.Sdk.Proxy.dll"];

    // Microsoft's token on the real Microsoft.Xrm.Sdk; the stand-in is signed with HitlSales.snk instead.
    private const string MicrosoftPublicKeyToken = "31bf3856ad364e35";

    public static SdkFlavour Verify(string binFolder, string registrationsFolder, bool standInAllowed)
    {
        if (!Directory.Exists(binFolder))
        {
            throw new DeployException($"{binFolder} does not exist: run build.sh (or build.ps1) first.");
        }

        var pluginAssemblies = PackageAssemblies.Read(registrationsFolder).Select(name => name + ".dll").ToList();
        var missing = pluginAssemblies.Where(name => !File.Exists(Path.Combine(binFolder, name))).ToList();
        if (missing.Count > 0)
        {
            throw new DeployException($"{binFolder} lacks {string.Join(", ", missing)}: run build.sh (or build.ps1) again.");
        }

        var unresolved = UnshippedDependencies(binFolder).ToList();
        if (unresolved.Count > 0)
        {
            throw new DeployException($"{binFolder} lacks {string.Join(", ", unresolved)}, which the shipped assemblies reference and the sandbox does not provide: run build.sh (or build.ps1) again.");
        }

        var shipped = Forbidden.Where(name => File.Exists(Path.Combine(binFolder, name))).ToList();
        if (shipped.Count > 0)
        {
            throw new DeployException($"{binFolder} contains {string.Join(", ", shipped)}, which the Dataverse sandbox provides and a plug-in package must not carry.");
        }

        var flavour = Flavour(binFolder, pluginAssemblies);
        if (flavour == SdkFlavour.StandIn && !standInAllowed)
        {
            throw new DeployException(
                $"the assemblies in {binFolder} were compiled against the SDK stand-in (sdk/), which Dataverse cannot load. " +
                "Build the shipping flavour with build.sh (no --standin), or pass --standin to pack for a local rehearsal.");
        }

        return flavour;
    }

    /// <summary>References of the shipped dlls that are neither shipped nor part of .NET Framework or the Dataverse SDK.</summary>
    private static IEnumerable<string> UnshippedDependencies(string binFolder)
    {
        var shipped = Directory.GetFiles(binFolder, "*.dll").Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Directory.GetFiles(binFolder, "*.dll")
            .SelectMany(References)
            .Where(name => !shipped.Contains(name) && !ProvidedBySandbox(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .Select(name => name + ".dll");
    }

    private static bool ProvidedBySandbox(string name) =>
        name is "mscorlib" or "netstandard" or "System" or "Microsoft.Xrm.Sdk" or "Microsoft.Crm.Sdk.Proxy"
        || name.StartsWith("System.", StringComparison.Ordinal);

    private static IEnumerable<string> References(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }

    private static SdkFlavour Flavour(string binFolder, IEnumerable<string> pluginAssemblies)
    {
        var tokens = pluginAssemblies
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
