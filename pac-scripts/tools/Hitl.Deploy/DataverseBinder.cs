using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Hitl.Deploy;

/// <summary>
/// Runs a <see cref="BindPlan"/> against the Dataverse Web API (v9.2) of one environment: finds the imported package's
/// plug-in types by name, the message filters and the custom APIs, then sends each request. Every request is an
/// upsert (PATCH to a known id, or to the custom API found by unique name), so running bind again changes nothing,
/// and each carries MSCRM.SolutionUniqueName so the steps join the solution (a later export carries them with the
/// PluginTypeExportKey Dataverse generated).
/// </summary>
internal sealed partial class DataverseBinder(HttpClient http, Action<string> report)
{
    public static HttpClient Client(string environmentUrl, string token, HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler);
        client.BaseAddress = new Uri(environmentUrl.TrimEnd('/') + "/api/data/v9.2/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        client.DefaultRequestHeaders.Add("OData-Version", "4.0");
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async Task Run(BindPlan plan)
    {
        var packageId = await Single($"pluginpackages?$select=pluginpackageid&$filter=uniquename eq '{plan.Package}'", "pluginpackageid",
            $"plug-in package '{plan.Package}' is not in the environment: import the solution first (import.sh).");
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in await Rows($"pluginassemblies?$select=pluginassemblyid,name&$filter=_packageid_value eq {packageId}"))
        {
            foreach (var type in await Rows($"plugintypes?$select=plugintypeid,typename&$filter=_pluginassemblyid_value eq {assembly["pluginassemblyid"]}"))
            {
                types[(string)type["typename"]!] = (string)type["plugintypeid"]!;
            }
        }

        foreach (var request in plan.Requests)
        {
            var body = await Resolve(request.Body.ToJsonString(), types);
            var path = await Resolve(request.Path, types);
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), path)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            message.Headers.Add("MSCRM.SolutionUniqueName", plan.SolutionUniqueName);
            using var response = await http.SendAsync(message);
            if (!response.IsSuccessStatusCode)
            {
                throw new DeployException($"{request.Method} {path} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            report($"{request.Method} {path}: {(int)response.StatusCode}");
        }
    }

    private async Task<string> Resolve(string text, IReadOnlyDictionary<string, string> types)
    {
        var result = new StringBuilder();
        var last = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            result.Append(text, last, match.Index - last).Append(await Lookup(match.Groups["kind"].Value, match.Groups["key"].Value, types));
            last = match.Index + match.Length;
        }

        return result.Append(text, last, text.Length - last).ToString();
    }

    private async Task<string> Lookup(string kind, string key, IReadOnlyDictionary<string, string> types)
    {
        switch (kind)
        {
            case "plugintype":
                return types.TryGetValue(key, out var id)
                    ? id
                    : throw new DeployException($"plug-in type '{key}' is not in the imported package: push the current package (register.sh) or import again.");
            case "customapi":
                return await Single($"customapis?$select=customapiid&$filter=uniquename eq '{key}'", "customapiid",
                    $"custom API '{key}' is not in the environment: import the solution first.");
            case "sdkmessagefilter":
                var parts = key.Split('/');
                return await Single(
                    $"sdkmessagefilters?$select=sdkmessagefilterid&$filter=_sdkmessageid_value eq {parts[0]} and primaryobjecttypecode eq '{parts[1]}'",
                    "sdkmessagefilterid", $"message {parts[0]} cannot be registered on table '{parts[1]}' in this environment.");
            default:
                throw new DeployException($"unknown placeholder kind '{kind}'.");
        }
    }

    private async Task<string> Single(string query, string column, string whenMissing)
    {
        var rows = await Rows(query);
        return rows.Count == 1 ? (string)rows[0][column]! : throw new DeployException(rows.Count == 0 ? whenMissing : $"{query} matched {rows.Count} rows.");
    }

    private async Task<List<JsonNode>> Rows(string query)
    {
        using var response = await http.GetAsync(query);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new DeployException($"GET {query} failed: {(int)response.StatusCode} {text}");
        }

        return JsonNode.Parse(text)!["value"]!.AsArray().Select(row => row!).ToList();
    }

    [GeneratedRegex(@"\{(?<kind>plugintype|customapi|sdkmessagefilter):(?<key>[^{}]+)\}")]
    private static partial Regex Placeholder();
}
