using System.Text;
using Newtonsoft.Json.Linq;

namespace Hitl.Core.Decisions;

/// <summary>
/// The decision log keeps the features a model used, never direct identifiers (data minimisation,
/// GDPR Art. 5(1)(c)): a contest reviewer needs the features, not the person's e-mail. A key is refused
/// when its name contains an identifier fragment (e.g. emailaddress1, telephone1, address1_city,
/// firstname, birthdate) or one of its words is a short identifier word (e.g. "name" in "companyName").
/// The list is deliberately conservative: a refused feature can be renamed to what it really is
/// (e.g. "hasEmail" is fine, "email" is not) — hence "has" flags are allowed.
/// </summary>
public static class PersonalDataPolicy
{
    /// <summary>Matched anywhere in the lower-cased key with separators removed.</summary>
    public static IReadOnlyList<string> Fragments { get; } = new[]
    {
        "email", "phone", "address", "firstname", "lastname", "middlename", "fullname", "nickname",
        "birthdate", "dateofbirth", "postalcode", "postcode", "zipcode", "passport", "socialsecurity", "nationalid", "taxid",
    };

    /// <summary>Matched as whole words (camelCase, snake_case, kebab-case or spaced words).</summary>
    public static IReadOnlyList<string> Words { get; } = new[] { "name", "mobile", "fax", "street", "zip", "ssn", "iban", "dob" };

    /// <summary>The paths (a.b for nested objects) of keys that look like personal data, in document order.</summary>
    public static IReadOnlyList<string> FindPersonalDataKeys(JToken inputs)
    {
        if (inputs == null) throw new ArgumentNullException(nameof(inputs));
        var found = new List<string>();
        Walk(inputs, string.Empty, found);
        return found;
    }

    public static bool IsPersonalDataKey(string key)
    {
        if (key == null) throw new ArgumentNullException(nameof(key));
        var words = SplitWords(key);
        // Flags such as hasEmail or hasPhone say whether a channel exists, not what it is.
        if (words.Count > 1 && (words[0] == "has" || words[0] == "is")) return false;
        var squashed = string.Concat(words);
        return Fragments.Any(f => squashed.Contains(f)) || words.Any(w => Words.Contains(w));
    }

    private static void Walk(JToken token, string path, List<string> found)
    {
        if (token is JObject obj)
        {
            foreach (var property in obj.Properties())
            {
                var childPath = path.Length == 0 ? property.Name : path + "." + property.Name;
                if (IsPersonalDataKey(property.Name)) found.Add(childPath);
                else Walk(property.Value, childPath, found);
            }
        }
        else if (token is JArray array)
        {
            foreach (var item in array) Walk(item, path, found);
        }
    }

    private static List<string> SplitWords(string key)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (!char.IsLetter(c))
            {
                Flush(words, current);
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0 && !char.IsUpper(key[i - 1])) Flush(words, current);
            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0) words.Add(current.ToString());
        current.Clear();
    }
}
