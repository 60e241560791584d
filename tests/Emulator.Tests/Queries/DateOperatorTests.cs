using Microsoft.Xrm.Sdk.Query;
using static Hitl.Emulator.Tests.Queries.QueryTestExtensions;

namespace Hitl.Emulator.Tests.Queries;

/// <summary>Relative date operators against a fixed clock: Wednesday 15 May 2024, 10:30 UTC.</summary>
public class DateOperatorTests
{
    private readonly FakeSource source = FakeSource.Sales();

    public DateOperatorTests()
    {
        void At(string name, int year, int month, int day, int hour) =>
            source.Add("account", ("name", name), ("createdon", new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Utc)));
        At("Ancient", 2020, 1, 1, 12);
        At("LastYear", 2023, 7, 1, 12);
        At("LastMonth", 2024, 4, 20, 12);
        At("LastWeek", 2024, 5, 8, 12);
        At("Yesterday", 2024, 5, 14, 23);
        At("Today", 2024, 5, 15, 1);
        At("LaterToday", 2024, 5, 15, 20);
        At("Tomorrow", 2024, 5, 16, 8);
        At("NextMonth", 2024, 6, 3, 12);
        At("NextYear", 2025, 2, 1, 12);
        source.Add("account", ("name", "NoDate"));
    }

    [Theory]
    [InlineData(ConditionOperator.Yesterday, null, "Yesterday")]
    [InlineData(ConditionOperator.Today, null, "LaterToday,Today")]
    [InlineData(ConditionOperator.Tomorrow, null, "Tomorrow")]
    [InlineData(ConditionOperator.ThisWeek, null, "LaterToday,Today,Tomorrow,Yesterday")]
    [InlineData(ConditionOperator.LastWeek, null, "LastWeek")]
    [InlineData(ConditionOperator.NextWeek, null, "")]
    [InlineData(ConditionOperator.ThisMonth, null, "LastWeek,LaterToday,Today,Tomorrow,Yesterday")]
    [InlineData(ConditionOperator.LastMonth, null, "LastMonth")]
    [InlineData(ConditionOperator.NextMonth, null, "NextMonth")]
    [InlineData(ConditionOperator.ThisYear, null, "LastMonth,LastWeek,LaterToday,NextMonth,Today,Tomorrow,Yesterday")]
    [InlineData(ConditionOperator.LastYear, null, "LastYear")]
    [InlineData(ConditionOperator.NextYear, null, "NextYear")]
    [InlineData(ConditionOperator.Last7Days, null, "LastWeek,Today,Yesterday")]
    [InlineData(ConditionOperator.Next7Days, null, "LaterToday,Tomorrow")]
    [InlineData(ConditionOperator.LastXHours, 12, "Today,Yesterday")]
    [InlineData(ConditionOperator.NextXHours, 12, "LaterToday")]
    [InlineData(ConditionOperator.LastXDays, 1, "Today,Yesterday")]
    [InlineData(ConditionOperator.NextXDays, 1, "LaterToday,Tomorrow")]
    [InlineData(ConditionOperator.LastXWeeks, 1, "LastWeek,Today,Yesterday")]
    [InlineData(ConditionOperator.NextXWeeks, 1, "LaterToday,Tomorrow")]
    [InlineData(ConditionOperator.LastXMonths, 1, "LastMonth,LastWeek,Today,Yesterday")]
    [InlineData(ConditionOperator.NextXMonths, 1, "LaterToday,NextMonth,Tomorrow")]
    [InlineData(ConditionOperator.LastXYears, 1, "LastMonth,LastWeek,LastYear,Today,Yesterday")]
    [InlineData(ConditionOperator.NextXYears, 1, "LaterToday,NextMonth,NextYear,Tomorrow")]
    [InlineData(ConditionOperator.OlderThanXMinutes, 600, "Ancient,LastMonth,LastWeek,LastYear,Yesterday")]
    [InlineData(ConditionOperator.OlderThanXHours, 1, "Ancient,LastMonth,LastWeek,LastYear,Today,Yesterday")]
    [InlineData(ConditionOperator.OlderThanXDays, 1, "Ancient,LastMonth,LastWeek,LastYear")]
    [InlineData(ConditionOperator.OlderThanXWeeks, 1, "Ancient,LastMonth,LastYear")]
    [InlineData(ConditionOperator.OlderThanXMonths, 1, "Ancient,LastYear")]
    [InlineData(ConditionOperator.OlderThanXYears, 2, "Ancient")]
    [InlineData(ConditionOperator.On, "2024-05-15", "LaterToday,Today")]
    [InlineData(ConditionOperator.OnOrBefore, "2024-05-14", "Ancient,LastMonth,LastWeek,LastYear,Yesterday")]
    [InlineData(ConditionOperator.OnOrAfter, "2024-05-16", "NextMonth,NextYear,Tomorrow")]
    [InlineData(ConditionOperator.NotOn, "2024-05-15", "Ancient,LastMonth,LastWeek,LastYear,NextMonth,NextYear,Tomorrow,Yesterday")]
    public void Date_operator_selects_the_expected_rows(ConditionOperator op, object? value, string expected)
    {
        var query = value is null ? Where("account", "createdon", op) : Where("account", "createdon", op, value);
        var names = source.Run(query).Names().OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public void On_accepts_a_DateTime_value()
    {
        var names = source.Run(Where("account", "createdon", ConditionOperator.On, new DateTime(2024, 5, 16, 0, 0, 0, DateTimeKind.Utc))).Names();
        Assert.Equal(new[] { "Tomorrow" }, names);
    }

    [Fact]
    public void A_date_operator_on_a_text_column_faults()
    {
        var fault = source.Fault(Where("account", "name", ConditionOperator.Today));
        Assert.Contains("date and time column", fault.Detail.Message);
    }

    [Fact]
    public void LastXDays_without_a_whole_number_faults()
    {
        var fault = source.Fault(Where("account", "createdon", ConditionOperator.LastXDays, "three"));
        Assert.Contains("whole number", fault.Detail.Message);
    }
}
