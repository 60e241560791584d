using Hitl.Core.Decisions;

namespace Hitl.Core.Tests.Decisions;

public class CanonicalJsonTests
{
    [Fact]
    public void Dates_are_utc_iso_numbers_invariant_and_lists_keep_their_order()
    {
        var value = new Dictionary<string, object?>
        {
            ["when"] = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc),
            ["precise"] = new DateTime(2026, 3, 1, 8, 0, 0, 250, DateTimeKind.Utc),
            ["ratio"] = 0.1,
            ["amount"] = 1234.5m,
            ["bands"] = new[] { "C", "A", "B" },
            ["id"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        };

        Assert.Equal(
            "{\"amount\":1234.5,\"bands\":[\"C\",\"A\",\"B\"],\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"," +
            "\"precise\":\"2026-03-01T08:00:00.25Z\",\"ratio\":0.1,\"when\":\"2026-03-01T08:00:00Z\"}",
            CanonicalJson.Serialize(value));
    }

    [Fact]
    public void Null_serializes_as_json_null()
    {
        Assert.Equal("null", CanonicalJson.Serialize(null));
    }
}
