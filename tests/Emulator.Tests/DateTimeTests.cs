using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests;

/// <summary>Dataverse stores date-times in UTC to the second; the emulator's rows and clock must agree with that.</summary>
public class DateTimeTests
{
    [Fact]
    public void An_unspecified_date_time_is_taken_as_UTC_and_stored_to_the_second()
    {
        var emulator = FixtureSolution.NewEmulator();
        var id = emulator.CreateService().Create(new Entity("hitl_widget")
        {
            ["hitl_name"] = "Alpha",
            ["hitl_dueon"] = new DateTime(2026, 3, 1, 10, 0, 0, 789, DateTimeKind.Unspecified),
        });

        var stored = (DateTime)emulator.Find("hitl_widget", id)!["hitl_dueon"];

        Assert.Equal(new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc), stored);
        Assert.Equal(DateTimeKind.Utc, stored.Kind);
    }

    [Fact]
    public void A_local_date_time_is_converted_to_UTC_on_update()
    {
        var emulator = FixtureSolution.NewEmulator();
        var service = emulator.CreateService();
        var id = service.CreateWidget("Alpha");
        var local = new DateTime(2026, 3, 1, 10, 0, 0, 500, DateTimeKind.Local);

        service.Update(new Entity("hitl_widget", id) { ["hitl_dueon"] = local });

        var expected = local.ToUniversalTime();
        var stored = (DateTime)emulator.Find("hitl_widget", id)!["hitl_dueon"];
        Assert.Equal(expected.AddTicks(-(expected.Ticks % TimeSpan.TicksPerSecond)), stored);
        Assert.Equal(DateTimeKind.Utc, stored.Kind);
    }

    [Fact]
    public void The_clock_reads_whole_seconds_and_createdon_equals_it()
    {
        var emulator = FixtureSolution.NewEmulator();
        emulator.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 2, 8, 30, 15, 750, TimeSpan.Zero));

        var id = emulator.CreateService().CreateWidget("Alpha");
        emulator.Clock.Advance(TimeSpan.FromMilliseconds(250));

        Assert.Equal(new DateTime(2026, 2, 2, 8, 30, 15, DateTimeKind.Utc), emulator.Find("hitl_widget", id)!["createdon"]);
        Assert.Equal(new DateTime(2026, 2, 2, 8, 30, 16, DateTimeKind.Utc), emulator.Clock.UtcNow);
        Assert.Equal(0, emulator.Clock.GetUtcNow().Millisecond);
    }
}
