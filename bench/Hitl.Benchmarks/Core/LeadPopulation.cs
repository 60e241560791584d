namespace Hitl.Benchmarks.Core;

/// <summary>
/// Reproducible leads (seeded) as the scoring steps hand them to Core: plain values keyed by logical name, Money as
/// decimal, choices as int. A hidden buying intent drives budget, status, time frame, rating and authority together,
/// so the grades spread over A–D as in a real pipeline instead of clustering; columns are often empty (missing key,
/// a cleared null or blank text), so the missing-value paths run too.
/// </summary>
internal static class LeadPopulation
{
    private static readonly string[] Subjects = { "Pricing request", "Demo request", "Trade show contact", "Website enquiry", "Partner referral", "Renewal question" };
    private static readonly string[] JobTitles = { "Purchasing Manager", "IT Director", "CIO", "Office Manager", "Head of Sales", "Analyst", "CEO" };
    private static readonly (string Country, int Weight)[] Countries =
    {
        ("United States", 30), ("Germany", 15), ("United Kingdom", 12), ("France", 8), ("Netherlands", 5),
        ("Canada", 5), ("India", 5), ("Spain", 4), ("Brazil", 4), ("Japan", 4), ("Australia", 4), ("Sweden", 4),
    };

    private static readonly int[] CountryWeights = Countries.Select(c => c.Weight).ToArray();

    // Advertisement, employee and external referral, partner, public relations, seminar, trade show, web, word of mouth, other.
    private static readonly int[] SourceWeights = { 10, 6, 8, 8, 3, 6, 9, 35, 5, 10 };

    // Boxed once: choices repeat a few small values, and a million leads would otherwise hold a million copies.
    private static readonly object[] SmallIntegers = Enumerable.Range(0, 64).Select(i => (object)i).ToArray();
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>
    /// Text a model reads only for presence comes from small pools: only presence counts, and a million distinct
    /// e-mail addresses would only add memory.
    /// </summary>
    public static Dictionary<string, object?>[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var companies = Enumerable.Range(1, 500).Select(i => $"Company {i:000} Ltd").ToArray();
        var emails = Enumerable.Range(1, 1000).Select(i => $"contact{i}@example.com").ToArray();
        var phones = Enumerable.Range(1, 1000).Select(i => $"+1 555 01{i:0000}").ToArray();
        var leads = new Dictionary<string, object?>[count];
        for (var i = 0; i < count; i++)
        {
            leads[i] = Lead(random, companies, emails, phones);
        }

        return leads;
    }

    private static Dictionary<string, object?> Lead(Random random, string[] companies, string[] emails, string[] phones)
    {
        var intent = random.NextDouble();
        var lead = new Dictionary<string, object?>(16) { ["subject"] = Subjects[random.Next(Subjects.Length)] };
        SetText(lead, random, "companyname", 0.95, companies[random.Next(companies.Length)]);
        SetText(lead, random, "jobtitle", 0.7, JobTitles[random.Next(JobTitles.Length)]);
        SetText(lead, random, "emailaddress1", 0.88, emails[random.Next(emails.Length)]);
        SetText(lead, random, "telephone1", 0.72, phones[random.Next(phones.Length)]);
        SetText(lead, random, "address1_country", 0.8, Country(random));

        if (Has(random, 0.45 + 0.3 * intent)) lead["budgetamount"] = Amount(random, 40_000 * Math.Exp(1.2 * intent), 1.0, 100);
        if (Has(random, 0.7)) lead["numberofemployees"] = (int)Math.Min(100_000, Math.Round(LogNormal(random, 200, 1.3)));
        if (Has(random, 0.5)) lead["revenue"] = Amount(random, 15_000_000, 1.2, 1000);
        if (Has(random, 0.6)) lead["budgetstatus"] = Choice(Noisy(random, intent * 4, 0.8), 0, 3);
        if (Has(random, 0.65)) lead["purchasetimeframe"] = Choice(Noisy(random, (1 - intent) * 5, 1.0), 0, 4);
        if (Has(random, 0.9)) lead["leadqualitycode"] = Choice(Noisy(random, (1 - intent) * 3 + 0.5, 0.5), 1, 3);
        if (Has(random, 0.85)) lead["leadsourcecode"] = SmallIntegers[1 + Weighted(random, SourceWeights)];
        if (Has(random, 0.55)) lead["industrycode"] = SmallIntegers[random.Next(1, 34)];
        if (Has(random, 0.45)) lead["need"] = Choice(Noisy(random, (1 - intent) * 4, 1.0), 0, 3);
        if (Has(random, 0.75)) lead["decisionmaker"] = random.NextDouble() < 0.2 + 0.4 * intent ? True : False;

        // A column someone cleared on the form arrives as null rather than missing.
        if (random.Next(100) < 3) lead["budgetamount"] = null;
        return lead;
    }

    private static bool Has(Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Present with the given probability; one empty value in fifty is blank text, which scoring treats as none.</summary>
    private static void SetText(Dictionary<string, object?> lead, Random random, string column, double probability, string value)
    {
        if (Has(random, probability)) lead[column] = value;
        else if (random.Next(50) == 0) lead[column] = " ";
    }

    /// <summary>One country in twenty in capitals, as typed by hand: text categories ignore case.</summary>
    private static string Country(Random random)
    {
        var country = Countries[Weighted(random, CountryWeights)].Country;
        return random.Next(20) == 0 ? country.ToUpperInvariant() : country;
    }

    private static object Choice(double value, int min, int max) => SmallIntegers[(int)Math.Max(min, Math.Min(max, Math.Round(value)))];

    private static decimal Amount(Random random, double median, double sigma, int roundTo) =>
        Math.Round((decimal)LogNormal(random, median, sigma) / roundTo) * roundTo;

    private static double Noisy(Random random, double value, double sigma) => value + sigma * Normal(random);

    private static double LogNormal(Random random, double median, double sigma) => median * Math.Exp(sigma * Normal(random));

    /// <summary>Box–Muller: one standard normal value.</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static int Weighted(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0) return i;
        }

        return weights.Length - 1;
    }
}
