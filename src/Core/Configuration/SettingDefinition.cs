namespace Hitl.Core.Configuration;

/// <summary>
/// One environment variable the product reads: its schema name, type and the default that ships in the
/// solution. The same definition parses values, so the solution's default is checked by the same code.
/// </summary>
public abstract class SettingDefinition
{
    protected SettingDefinition(string schemaName, SettingType type, string defaultValue)
    {
        if (string.IsNullOrWhiteSpace(schemaName)) throw new ArgumentException("A setting needs a schema name.", nameof(schemaName));
        SchemaName = schemaName;
        Type = type;
        DefaultValue = defaultValue ?? throw new ArgumentNullException(nameof(defaultValue));
    }

    public string SchemaName { get; }

    public SettingType Type { get; }

    /// <summary>The default value as text, exactly as the solution's environmentvariabledefinition carries it.</summary>
    public string DefaultValue { get; }

    /// <summary>Parses a raw value; throws <see cref="ConfigurationException"/> when it is unusable.</summary>
    public abstract object ParseUntyped(string raw);

    public override string ToString() => SchemaName;
}

public sealed class Setting<T> : SettingDefinition
{
    private readonly Func<string, T> _parse;
    private readonly Lazy<T> _default;

    public Setting(string schemaName, SettingType type, string defaultValue, Func<string, T> parse)
        : base(schemaName, type, defaultValue)
    {
        _parse = parse ?? throw new ArgumentNullException(nameof(parse));
        _default = new Lazy<T>(() => Parse(DefaultValue));
    }

    /// <summary>The shipped default, parsed from <see cref="SettingDefinition.DefaultValue"/>: the one place it is written.</summary>
    public T Default => _default.Value;

    public T Parse(string raw)
    {
        try
        {
            return _parse(raw);
        }
        catch (ConfigurationException)
        {
            throw;
        }
        catch (Exception ex) when (ex is FormatException || ex is OverflowException || ex is ArgumentException || ex is InvalidCastException || ex is Newtonsoft.Json.JsonException)
        {
            // Whatever a parser raises on a value it cannot read is a configuration problem, not a fault of the save.
            throw new ConfigurationException(SchemaName, ex.Message);
        }
    }

    public override object ParseUntyped(string raw) => Parse(raw)!;
}
