namespace Hitl.Deploy;

/// <summary>
/// Compares a solution version (always four parts) with a NuGet version, which NuGet normalises by
/// dropping a zero fourth part (1.0.0.0 is written 1.0.0).
/// </summary>
internal static class PackageVersion
{
    public static bool AreEquivalent(string left, string right) =>
        System.Version.TryParse(Pad(left), out var a) && System.Version.TryParse(Pad(right), out var b) && a == b;

    private static string Pad(string version)
    {
        var parts = version.Trim().Split('.').ToList();
        while (parts.Count < 4)
        {
            parts.Add("0");
        }

        return string.Join('.', parts);
    }
}
