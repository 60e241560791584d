using Hitl.Solution;

namespace Hitl.Emulator.Metadata;

public sealed record ImageRegistration(string Alias, ImageType Type, IReadOnlyList<string> Attributes)
{
    public bool IsPre => Type is ImageType.PreImage or ImageType.Both;
    public bool IsPost => Type is ImageType.PostImage or ImageType.Both;
}

/// <summary>An SdkMessageProcessingStep from the solution.</summary>
public sealed record StepRegistration(Guid Id, string Name, string Message, string? PrimaryEntity, int Stage, int Mode, string PluginTypeName)
{
    public int Rank { get; init; } = 1;
    /// <summary>Empty = the step runs on every Update.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = [];
    public string? UnsecureConfiguration { get; init; }
    public string? SecureConfiguration { get; init; }
    public IReadOnlyList<ImageRegistration> Images { get; init; } = [];
    /// <summary>"Run in user's context"; null = the calling user.</summary>
    public Guid? ImpersonatingUserId { get; init; }

    public bool IsAsync => Mode == 1;
}
