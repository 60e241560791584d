using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace Hitl.Solution.Loading;

/// <summary>PluginAssemblies/*/*.dll.data.xml and SdkMessageProcessingSteps/{guid}.xml.</summary>
internal static class PluginReader
{
    public static IReadOnlyList<PluginAssemblyDefinition> ReadAssemblies(SolutionFolder folder) =>
        folder.Files("PluginAssemblies", "*.dll.data.xml", recursive: true).Select(path => ReadAssembly(folder, path)).ToArray();

    private static PluginAssemblyDefinition ReadAssembly(SolutionFolder folder, string path)
    {
        var file = folder.Relative(path);
        var root = folder.LoadXml(path, "PluginAssembly");
        var fullName = root.RequiredAttribute("FullName", file);
        AssemblyName name;
        try
        {
            name = new AssemblyName(fullName);
        }
        catch (Exception ex) when (ex is ArgumentException or System.IO.FileLoadException)
        {
            throw new SolutionLoadException(file, $"FullName '{fullName}' is not an assembly name: {ex.Message}", ex);
        }

        var isolation = root.RequiredInt("IsolationMode", file);
        if (!Enum.IsDefined(typeof(IsolationMode), isolation))
        {
            throw new SolutionLoadException(file, $"<IsolationMode> {isolation} is not 1 (none) or 2 (sandbox).");
        }

        var token = name.GetPublicKeyToken();
        var types = (root.Element("PluginTypes")?.Elements("PluginType") ?? Enumerable.Empty<XElement>())
            .Select(t => new PluginTypeDefinition(
                t.RequiredGuidAttribute("PluginTypeId", file),
                t.RequiredAttribute("Name", file),
                t.RequiredAttribute("AssemblyQualifiedName", file),
                t.Text("FriendlyName") ?? "",
                name.Name!))
            .ToArray();

        return new PluginAssemblyDefinition
        {
            Id = root.RequiredGuidAttribute("PluginAssemblyId", file),
            FullName = fullName,
            Name = name.Name ?? throw new SolutionLoadException(file, "FullName has no assembly name."),
            Version = name.Version ?? throw new SolutionLoadException(file, $"FullName '{fullName}' has no Version."),
            Culture = string.IsNullOrEmpty(name.CultureName) ? "neutral" : name.CultureName,
            PublicKeyToken = token is null || token.Length == 0 ? "null" : Convert.ToHexString(token).ToLowerInvariant(),
            IsolationMode = (IsolationMode)isolation,
            SourceType = root.Int("SourceType", file) ?? 0,
            FileName = root.Text("FileName"),
            PluginTypes = types,
            SourceFile = file,
        };
    }

    public static IReadOnlyList<StepDefinition> ReadSteps(SolutionFolder folder, SdkMessageCatalog messages) =>
        folder.Files("SdkMessageProcessingSteps", "*.xml").Select(path => ReadStep(folder, path, messages)).ToArray();

    private static StepDefinition ReadStep(SolutionFolder folder, string path, SdkMessageCatalog messages)
    {
        var file = folder.Relative(path);
        var root = folder.LoadXml(path, "SdkMessageProcessingStep");
        var messageId = root.RequiredGuid("SdkMessageId", file);
        if (!messages.TryGetById(messageId, out var message))
        {
            var known = string.Join(", ", messages.Messages.Where(m => m.Id.HasValue).Select(m => $"{m.Name} {m.Id}"));
            throw new SolutionLoadException(file, $"<SdkMessageId> {messageId} is not a known SDK message (known: {known}).");
        }

        var stage = root.RequiredInt("Stage", file);
        var mode = root.RequiredInt("Mode", file);
        var primaryEntity = root.Text("PrimaryEntity");
        var images = (root.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage") ?? Enumerable.Empty<XElement>())
            .Select(i => ReadImage(i, file))
            .ToArray();

        return new StepDefinition
        {
            Id = root.RequiredGuidAttribute("SdkMessageProcessingStepId", file),
            Name = root.RequiredAttribute("Name", file),
            MessageId = messageId,
            MessageName = message.Name,
            PluginTypeName = root.RequiredText("PluginTypeName", file),
            PluginTypeId = root.RequiredGuid("PluginTypeId", file),
            PrimaryEntity = string.IsNullOrEmpty(primaryEntity) || primaryEntity == "none" ? null : primaryEntity.ToLowerInvariant(),
            Stage = (PipelineStage)stage,
            Mode = (StepMode)mode,
            Rank = root.Int("Rank", file) ?? 1,
            FilteringAttributes = Xml.CommaList(root.Text("FilteringAttributes")),
            InvocationSource = (InvocationSource)(root.Int("InvocationSource", file) ?? 0),
            AsyncAutoDelete = root.Flag("AsyncAutoDelete", file),
            Description = root.Text("Description") ?? "",
            UnsecureConfiguration = root.Element("Configuration")?.Value,
            SecureConfiguration = root.Element("SecureConfiguration")?.Value,
            Images = images,
            SourceFile = file,
        };
    }

    private static StepImageDefinition ReadImage(XElement image, string file)
    {
        var name = image.RequiredAttribute("Name", file);
        var type = image.RequiredInt("ImageType", file);
        if (!Enum.IsDefined(typeof(ImageType), type))
        {
            throw new SolutionLoadException(file, $"image '{name}' has <ImageType> {type}; expected 0 pre, 1 post or 2 both.");
        }

        return new StepImageDefinition(
            image.RequiredGuid("SdkMessageProcessingStepImageId", file),
            name,
            image.Text("EntityAlias") ?? name,
            (ImageType)type,
            Xml.CommaList(image.Text("Attributes")),
            image.RequiredText("MessagePropertyName", file));
    }
}
