namespace Hitl.Core.Configuration;

/// <summary>
/// environmentvariabledefinition.type option values. The product's settings use only String, Number, Boolean
/// and Json; DataSource and Secret are listed because the solution reader and the emulator share this enum and
/// must recognise every type a definition can carry.
/// </summary>
public enum SettingType
{
    String = 100000000,
    Number = 100000001,
    Boolean = 100000002,
    Json = 100000003,
    DataSource = 100000004,
    Secret = 100000005,
}
