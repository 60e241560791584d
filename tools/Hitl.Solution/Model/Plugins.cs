using Hitl.Dataverse.Pipeline;

namespace Hitl.Solution;

/// <summary>PluginAssemblies/&lt;Asm&gt;-&lt;GUID&gt;/&lt;Asm&gt;.dll.data.xml.</summary>
public sealed record PluginAssemblyDefinition
{
    public required Guid Id { get; init; }

    /// <summary>FullName attribute: "Name, Version=…, Culture=…, PublicKeyToken=…".</summary>
    public required string FullName { get; init; }

    /// <summary>The simple assembly name (first part of <see cref="FullName"/>).</summary>
    public required string Name { get; init; }
    public required Version Version { get; init; }
    public required string Culture { get; init; }

    /// <summary>Lower-case hex token, or "null" for an unsigned assembly (Dataverse rejects those).</summary>
    public required string PublicKeyToken { get; init; }
    public required IsolationMode IsolationMode { get; init; }
    public int SourceType { get; init; }
    public string? FileName { get; init; }
    public required IReadOnlyList<PluginTypeDefinition> PluginTypes { get; init; }
    public required string SourceFile { get; init; }
}

public enum IsolationMode
{
    None = 1,
    Sandbox = 2,
}

/// <param name="Name">Full type name (namespace + class), as the registration tool writes it.</param>
/// <param name="AssemblyQualifiedName">Type name plus the assembly's full name: what the runtime loads.</param>
public sealed record PluginTypeDefinition(Guid Id, string Name, string AssemblyQualifiedName, string FriendlyName, string AssemblyName);

/// <summary>
/// A plug-in package (dependent assemblies): solution/pluginpackages/&lt;uniquename&gt;/pluginpackage.xml, with the
/// plug-in assemblies inside it as declared in the plug-in registrations folder (PluginRegistrations.xml).
/// Importing the package registers those assemblies and their types; the solution carries no PluginAssemblies entry for them.
/// </summary>
public sealed record PluginPackageDefinition
{
    public required string UniqueName { get; init; }
    public required string Version { get; init; }

    /// <summary>Simple names of the assemblies in the package that hold plug-in types.</summary>
    public required IReadOnlyList<string> AssemblyNames { get; init; }
    public required string SourceFile { get; init; }
}

/// <summary>
/// SdkMessageProcessingSteps/{guid}.xml: in the solution (a classic assembly's step, bound by <see cref="PluginTypeId"/>)
/// or in the plug-in registrations folder (a package's step, which names its type and is bound after import).
/// </summary>
public sealed record StepDefinition
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required Guid MessageId { get; init; }

    /// <summary>SDK message name resolved from <see cref="MessageId"/> through <see cref="SdkMessageCatalog"/>.</summary>
    public required string MessageName { get; init; }

    /// <summary>"Namespace.Type, Assembly[, Version=…]": the type the step runs.</summary>
    public required string PluginTypeName { get; init; }

    /// <summary>The classic binding to a PluginAssemblies type; null for a step of a plug-in package's type.</summary>
    public Guid? PluginTypeId { get; init; }

    /// <summary>Full type name (namespace + class) from <see cref="PluginTypeName"/>.</summary>
    public string PluginTypeFullName => PluginTypeNames.TypeName(PluginTypeName);

    /// <summary>Simple assembly name from <see cref="PluginTypeName"/>.</summary>
    public string PluginAssemblyName => PluginTypeNames.AssemblyName(PluginTypeName);

    /// <summary>Primary table logical name; null for "any entity" steps (PrimaryEntity "none").</summary>
    public string? PrimaryEntity { get; init; }
    public required PipelineStage Stage { get; init; }
    public required StepMode Mode { get; init; }
    public int Rank { get; init; } = 1;

    /// <summary>Filtering attributes (Update only); empty = every update.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();
    public InvocationSource InvocationSource { get; init; }
    public bool AsyncAutoDelete { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Configuration element: the unsecure string passed to the plug-in constructor.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>SecureConfiguration element: the secure string passed to the plug-in constructor.</summary>
    public string? SecureConfiguration { get; init; }
    public IReadOnlyList<StepImageDefinition> Images { get; init; } = Array.Empty<StepImageDefinition>();
    public required string SourceFile { get; init; }
}

public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}

public enum InvocationSource
{
    Parent = 0,
    Child = 1,
}

/// <param name="Attributes">Columns captured; empty = all columns.</param>
public sealed record StepImageDefinition(
    Guid Id,
    string Name,
    string EntityAlias,
    ImageType ImageType,
    IReadOnlyList<string> Attributes,
    string MessagePropertyName)
{
    public bool IsPreImage => ImageType is ImageType.PreImage or ImageType.Both;
    public bool IsPostImage => ImageType is ImageType.PostImage or ImageType.Both;
}

public enum ImageType
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}

/// <summary>Splits "Namespace.Type, Assembly[, Version=…]" the way a plug-in type is named in step files and registrations.</summary>
public static class PluginTypeNames
{
    public static string TypeName(string typeReference) => typeReference.Split(',')[0].Trim();

    public static string AssemblyName(string typeReference)
    {
        var parts = typeReference.Split(',');
        return parts.Length > 1 ? parts[1].Trim() : "";
    }
}
