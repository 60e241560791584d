using Hitl.Core.Scoring;

namespace Hitl.Core.Tests.Scoring;

/// <summary>One test per kind of fault: each names the JSON path and what to fix, and no model comes out.</summary>
public class ScoringModelValidationTests
{
    [Fact]
    public void Unknown_column_is_named_by_its_path()
    {
        var json = ModelDocs.Points("""
            {"column":"budgetamount","range":{"min":1},"points":5},
            {"column":"leadsourcecode","equals":4,"points":5},
            {"column":"budgetamt","range":{"min":1},"points":5}
            """);

        var result = ModelDocs.Read(json);

        Assert.False(result.IsValid);
        Assert.Null(result.Model);
        Assert.Equal(new[] { "$.rules[2].column: 'budgetamt' is not a lead column." }, result.Faults.Select(f => f.ToString()));
        Assert.Equal("$.rules[2].column", result.Faults[0].Path);
    }

    [Theory]
    [InlineData("""{"column":"budgetamount","contains":"big","points":5}""", "$.rules[0].contains: 'budgetamount' is a Number column; contains applies to Text columns.")]
    [InlineData("""{"column":"jobtitle","range":{"min":1},"points":5}""", "$.rules[0].range: 'jobtitle' is a Text column; range applies to Number columns.")]
    [InlineData("""{"column":"leadsourcecode","range":{"min":1},"points":5}""", "$.rules[0].range: 'leadsourcecode' is a Choice column; range applies to Number columns.")]
    [InlineData("""{"column":"estimatedclosedate","equals":"2026-01-01","points":5}""", "$.rules[0].equals: 'estimatedclosedate' is a Date column; equals applies to Text, Number, Boolean and Choice columns.")]
    [InlineData("""{"column":"donotemail","in":[true],"points":5}""", "$.rules[0].in: 'donotemail' is a Boolean column; in applies to Text, Number and Choice columns.")]
    [InlineData("""{"column":"budgetamount","equals":"high","points":5}""", "$.rules[0].equals: 'budgetamount' is a Number column; give a number, not the text 'high'.")]
    [InlineData("""{"column":"leadsourcecode","in":[2,"web",4.5],"points":5}""", "$.rules[0].in[1]: 'leadsourcecode' is a Choice column; give an option value (a whole number), not the text 'web'.|$.rules[0].in[2]: must be a whole number, not 4.5.")]
    [InlineData("""{"column":"donotemail","equals":1,"points":5}""", "$.rules[0].equals: 'donotemail' is a Boolean column; give true or false, not 1.")]
    [InlineData("""{"column":"jobtitle","equals":5,"points":5}""", "$.rules[0].equals: 'jobtitle' is a Text column; give text, not 5.")]
    public void Condition_of_the_wrong_type_for_the_column_is_refused(string rule, string expected)
    {
        Assert.Equal(expected.Split('|'), ModelDocs.Faults(ModelDocs.Points(rule)));
    }

    [Theory]
    [InlineData("""{"column":"budgetamount","type":"category","coefficients":{"1":0.5}}""", "$.features[0].type: 'budgetamount' is a Number column; a category feature applies to Text, Choice and Boolean columns.")]
    [InlineData("""{"column":"jobtitle","type":"numeric","coefficient":1,"scaling":{"method":"zscore","mean":0,"scale":1}}""", "$.features[0].type: 'jobtitle' is a Text column; a numeric feature applies to Number columns.")]
    [InlineData("""{"column":"leadsourcecode","type":"category","coefficients":{"web":0.5}}""", "$.features[0].coefficients.web: 'leadsourcecode' is a Choice column; a category is an option value such as \"4\", not 'web'.")]
    [InlineData("""{"column":"donotemail","type":"category","coefficients":{"yes":0.5}}""", "$.features[0].coefficients.yes: 'donotemail' is a Boolean column; a category is \"true\" or \"false\", not 'yes'.")]
    public void Feature_of_the_wrong_type_for_the_column_is_refused(string feature, string expected)
    {
        Assert.Equal(new[] { expected }, ModelDocs.Faults(ModelDocs.Logistic(feature)));
    }

    [Fact]
    public void Rule_or_feature_on_a_protected_attribute_is_refused_even_when_the_catalog_lists_it()
    {
        var catalog = new LeadColumnCatalog(new Dictionary<string, LeadColumnKind> { ["gendercode"] = LeadColumnKind.Choice, ["budgetamount"] = LeadColumnKind.Number });
        var protectedAttributes = ProtectedAttributes.Parse("""["GenderCode"]""");

        var points = ScoringModelReader.Read(ModelDocs.Points("""{"column":"gendercode","equals":1,"points":5}"""), catalog, protectedAttributes);
        var logistic = ScoringModelReader.Read(ModelDocs.Logistic("""{"column":"gendercode","type":"category","coefficients":{"1":0.5}}"""), catalog, protectedAttributes);

        Assert.Equal("$.rules[0].column: 'gendercode' is a protected attribute (hitl_ProtectedAttributes); a model may not score on it.", Assert.Single(points.Faults).ToString());
        Assert.Equal("$.features[0].column: 'gendercode' is a protected attribute (hitl_ProtectedAttributes); a model may not score on it.", Assert.Single(logistic.Faults).ToString());
    }

    [Fact]
    public void The_default_protected_attributes_include_salutation_a_lead_column()
    {
        Assert.Equal(
            new[] { "$.rules[0].column: 'salutation' is a protected attribute (hitl_ProtectedAttributes); a model may not score on it." },
            ModelDocs.Faults(ModelDocs.Points("""{"column":"salutation","equals":"Mrs","points":-5}""")));
    }

    [Theory]
    [InlineData("""{"A":50,"B":60,"C":25}""", "$.grades: cut-offs must descend, A > B > C; got A 50, B 60, C 25.")]
    [InlineData("""{"A":75,"B":75,"C":25}""", "$.grades: cut-offs must descend, A > B > C; got A 75, B 75, C 25.")]
    [InlineData("""{"A":120,"B":50,"C":25}""", "$.grades.A: 120 is outside 0–100.")]
    [InlineData("""{"A":75,"B":50,"C":-1}""", "$.grades.C: -1 is outside 0–100.")]
    [InlineData("""{"A":75,"B":50}""", "$.grades.C: missing.")]
    [InlineData("""{"A":75,"B":50,"C":25,"D":0}""", "$.grades.D: 'D' is not a cut-off; give A, B and C (D is every score below C).")]
    [InlineData("""{"A":75,"B":"50","C":25}""", "$.grades.B: must be a number, not the text '50'.")]
    [InlineData("""[75,50,25]""", "$.grades: must be an object, not an array.")]
    public void Bad_grade_cutoffs_are_refused(string grades, string expected)
    {
        Assert.Equal(new[] { expected }, ModelDocs.Faults(ModelDocs.Points("""{"column":"budgetamount","range":{"min":1},"points":5}""", grades: grades)));
    }

    [Fact]
    public void Unknown_kind_is_refused()
    {
        var json = """{"schemaVersion":1,"name":"n","version":"v","kind":"tree","grades":{"A":75,"B":50,"C":25},"reasons":3}""";

        Assert.Equal(new[] { "$.kind: 'tree' is not a model kind; use \"points\" or \"logistic\"." }, ModelDocs.Faults(json));
    }

    [Fact]
    public void Every_missing_field_is_named()
    {
        var points = """{"schemaVersion":1,"kind":"points","rules":[{"column":"budgetamount"}]}""";

        Assert.Equal(
            new[]
            {
                "$.name: missing.",
                "$.version: missing.",
                "$.grades: missing.",
                "$.reasons: missing.",
                "$.basePoints: missing.",
                "$.rules[0].points: missing.",
                "$.rules[0]: needs one condition: equals, in, range, present or contains.",
            },
            ModelDocs.Faults(points));
        Assert.Equal(
            new[] { "$.intercept: missing.", "$.features: missing." },
            ModelDocs.Faults("""{"schemaVersion":1,"name":"n","version":"v","kind":"logistic","grades":{"A":75,"B":50,"C":25},"reasons":3}"""));
        Assert.Equal(
            new[] { "$.features[0].scaling.scale: missing.", "$.features[1].coefficient: missing.", "$.features[1].scaling: missing." },
            ModelDocs.Faults(ModelDocs.Logistic("""
                {"column":"budgetamount","type":"numeric","coefficient":1,"scaling":{"method":"zscore","mean":0}},
                {"column":"revenue","type":"numeric"}
                """)));
    }

    [Fact]
    public void Bad_numbers_are_refused()
    {
        var faults = ModelDocs.Faults(ModelDocs.Logistic("""
            {"column":"budgetamount","type":"numeric","coefficient":NaN,"scaling":{"method":"zscore","mean":0,"scale":0}},
            {"column":"revenue","type":"numeric","coefficient":1,"scaling":{"method":"minmax","min":10,"max":10}},
            {"column":"numberofemployees","type":"numeric","coefficient":1,"scaling":{"method":"zscore","mean":Infinity,"scale":1},"clip":{"min":5,"max":1}},
            {"column":"estimatedamount","type":"numeric","coefficient":1,"scaling":{"method":"log","mean":0,"scale":1}}
            """));

        Assert.Equal(
            new[]
            {
                "$.features[0].coefficient: must be a finite number, not NaN.",
                "$.features[0].scaling.scale: must be greater than 0, not 0.",
                "$.features[1].scaling: max 10 must be greater than min 10.",
                "$.features[2].scaling.mean: must be a finite number, not Infinity.",
                "$.features[2].clip: min 5 must be less than max 1.",
                "$.features[3].scaling.method: 'log' is not a scaling method; use \"zscore\" or \"minmax\".",
            },
            faults);
    }

    [Fact]
    public void Bad_points_and_ranges_are_refused()
    {
        var faults = ModelDocs.Faults(ModelDocs.Points(
            """
            {"column":"budgetamount","range":{"min":100,"max":100},"points":5},
            {"column":"budgetamount","range":{},"points":5},
            {"column":"revenue","range":{"min":1},"points":0},
            {"column":"revenue","range":{"min":1},"points":150},
            {"column":"revenue","range":{"min":1},"equals":3,"points":5}
            """,
            basePoints: 101));

        Assert.Equal(
            new[]
            {
                "$.basePoints: 101 is outside 0–100.",
                "$.rules[0].range: min 100 must be less than max 100 (min is inclusive, max exclusive).",
                "$.rules[1].range: needs min (inclusive), max (exclusive) or both.",
                "$.rules[2].points: a rule of 0 points changes nothing; remove it or give it points.",
                "$.rules[3].points: 150 is outside -100–100.",
                "$.rules[4]: has 2 conditions (equals, range); give exactly one.",
            },
            faults);
    }

    [Fact]
    public void Duplicate_features_and_categories_are_refused()
    {
        var faults = ModelDocs.Faults(ModelDocs.Logistic("""
            {"column":"budgetamount","type":"numeric","coefficient":1,"scaling":{"method":"zscore","mean":0,"scale":1}},
            {"column":"leadsourcecode","type":"category","coefficients":{"4":0.5,"04":0.2}},
            {"column":"address1_country","type":"category","coefficients":{"Germany":0.5,"GERMANY":0.2}},
            {"column":"budgetamount","type":"present","coefficient":0.3}
            """));

        Assert.Equal(
            new[]
            {
                "$.features[1].coefficients['04']: the same category as '4'; give each category once.",
                "$.features[2].coefficients.GERMANY: the same category as 'Germany'; give each category once.",
                "$.features[3].column: 'budgetamount' already has a feature at $.features[0]; give each column one feature.",
            },
            faults);
    }

    [Fact]
    public void Unknown_properties_are_refused_as_likely_typos()
    {
        var json = ModelDocs.Points("""{"column":"budgetamount","range":{"min":1,"mx":5},"point":5}""");

        Assert.Equal(
            new[]
            {
                "$.rules[0].point: unknown property; use column, label, points, equals, in, range, present, contains.",
                "$.rules[0].points: missing.",
                "$.rules[0].range.mx: unknown property; use min, max.",
            },
            ModelDocs.Faults(json));
    }

    [Theory]
    [InlineData("", "$: the document is empty.")]
    [InlineData("[1]", "$: a scoring model is a JSON object, not an array.")]
    [InlineData("""{"schemaVersion":2}""", "$.schemaVersion: 2 is not supported; this version reads schemaVersion 1.")]
    [InlineData("""{"schemaVersion":1,"name":"n","name":"m"}""", "$.name: not valid JSON (line 1, position 37): Property with the name 'name' already exists in the current JSON object.")]
    [InlineData("""{"schemaVersion":1""", "$.schemaVersion: not valid JSON (line 1, position 18): Unexpected end of content while loading JObject.")]
    public void Unreadable_documents_are_refused(string json, string expected)
    {
        Assert.Equal(new[] { expected }, ModelDocs.Faults(json));
    }

    [Fact]
    public void The_exception_lists_every_fault()
    {
        var result = ModelDocs.Read(ModelDocs.Points("""{"column":"budgetamt","range":{"min":1},"points":5}""", reasons: 11));

        var ex = Assert.Throws<InvalidScoringModelException>(() => result.ModelOrThrow());

        Assert.Equal("The scoring model is invalid: $.reasons: 11 is outside 0–10.; $.rules[0].column: 'budgetamt' is not a lead column.", ex.Message);
        Assert.Equal(2, ex.Faults.Count);
    }
}
