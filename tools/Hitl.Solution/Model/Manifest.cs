namespace Hitl.Solution;

/// <summary>Other/Solution.xml: identity, publisher and root components.</summary>
public sealed record SolutionManifest(
    string UniqueName,
    string DisplayName,
    Version Version,
    SolutionPackageType Managed,
    Publisher Publisher,
    IReadOnlyList<RootComponent> RootComponents);

/// <summary>The Managed element: 0 unmanaged, 1 managed, 2 unpacked as both.</summary>
public enum SolutionPackageType
{
    Unmanaged = 0,
    Managed = 1,
    Both = 2,
}

/// <param name="OptionValuePrefix">CustomizationOptionValuePrefix: option values are this prefix followed by four digits.</param>
public sealed record Publisher(string UniqueName, string DisplayName, string CustomizationPrefix, int OptionValuePrefix)
{
    /// <summary>Lowest option value the publisher may use (prefix × 10 000).</summary>
    public int FirstOptionValue => OptionValuePrefix * 10_000;

    /// <summary>True when <paramref name="value"/> is the prefix followed by four digits.</summary>
    public bool OwnsOptionValue(int value) => value >= FirstOptionValue && value < FirstOptionValue + 10_000;
}

/// <summary>A RootComponent element. Types marked by id in the format (roles, views, forms, flows, steps) carry <see cref="Id"/>; the rest <see cref="SchemaName"/>; plug-in assemblies carry both.</summary>
public sealed record RootComponent(ComponentType Type, string? SchemaName, Guid? Id, RootComponentBehavior Behavior);

/// <summary>behavior attribute: 0 include subcomponents, 1 exclude them, 2 shell only (adds columns to a system table).</summary>
public enum RootComponentBehavior
{
    IncludeSubcomponents = 0,
    DoNotIncludeSubcomponents = 1,
    IncludeAsShellOnly = 2,
}

/// <summary>Solution component type codes used in RootComponent/@type and AppModuleComponent/@type.</summary>
public enum ComponentType
{
    Entity = 1,
    Attribute = 2,
    OptionSet = 9,
    EntityRelationship = 10,
    Role = 20,
    SavedQuery = 26,
    Workflow = 29,
    SavedQueryVisualization = 59,
    SystemForm = 60,
    WebResource = 61,
    SiteMap = 62,
    CustomControl = 66,
    FieldSecurityProfile = 70,
    AppModule = 80,
    PluginType = 90,
    PluginAssembly = 91,
    SdkMessageProcessingStep = 92,
    SdkMessageProcessingStepImage = 93,
    CanvasApp = 300,
    EnvironmentVariableDefinition = 380,
    EnvironmentVariableValue = 381,
}
