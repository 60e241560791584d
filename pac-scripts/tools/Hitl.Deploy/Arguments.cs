namespace Hitl.Deploy;

/// <summary>A command followed by <c>--name value</c> options and <c>--flag</c> switches.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> options;

    private Arguments(string command, Dictionary<string, string?> options)
    {
        Command = command;
        this.options = options;
    }

    public string Command { get; }

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("a command is required: version, check-build, stage, settings, bind-plan or bind.");
        }

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unexpected argument '{args[i]}'.");
            }

            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i][2..]] = hasValue ? args[++i] : null;
        }

        return new Arguments(args[0], options);
    }

    public string Required(string name) =>
        options.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value)
            ? Path.GetFullPath(value)
            : throw new UsageException($"{Command} needs --{name} <path>.");

    /// <summary>An option's text as given (not a path), or null when absent.</summary>
    public string? Value(string name) => options.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    public bool Flag(string name) => options.ContainsKey(name);
}
