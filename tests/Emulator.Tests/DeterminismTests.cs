using Hitl.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Tests;

public class DeterminismTests
{
    [Fact]
    public void Clones_are_isolated_from_each_other_and_from_their_source()
    {
        var source = FixtureSolution.NewEmulator();
        var kept = source.CreateService().CreateWidget("Before clone");
        var clone = source.Clone();

        var onlyInClone = clone.CreateService().CreateWidget("Clone only");
        source.CreateService().Update(new Entity("hitl_widget", kept) { ["hitl_name"] = "Changed in source" });
        clone.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Null(source.Find("hitl_widget", onlyInClone));
        Assert.Equal("Before clone", clone.Find("hitl_widget", kept)!["hitl_name"]);
        Assert.NotEqual(source.Clock.UtcNow, clone.Clock.UtcNow);
        Assert.DoesNotContain(clone.ExecutionLog, e => e.Message == "Update");
    }

    [Fact]
    public void A_seeded_emulator_hands_out_the_same_ids_every_run()
    {
        var first = FixtureSolution.NewEmulator().CreateService().CreateWidget("A");
        var second = FixtureSolution.NewEmulator().CreateService().CreateWidget("A");

        Assert.Equal(first, second);
    }

    [Fact]
    public void Cloning_copies_no_rows_so_a_thousand_clones_of_a_seeded_store_stay_cheap()
    {
        var source = FixtureSolution.NewEmulator();
        var service = source.CreateService();
        for (var i = 0; i < 200; i++) service.CreateWidget("W" + i);

        var clones = Enumerable.Range(0, 1000).Select(_ => source.Clone()).ToList();

        // Structural sharing: every clone sees the rows without copying them, and writes stay private.
        clones[0].CreateService().CreateWidget("private");
        Assert.Equal(200, clones[1].Rows("hitl_widget").Count);
        Assert.Equal(201, clones[0].Rows("hitl_widget").Count);
    }

    [Fact]
    public void Time_moves_only_when_the_test_moves_it()
    {
        var emulator = FixtureSolution.NewEmulator();
        var start = emulator.Clock.UtcNow;
        var first = emulator.CreateService().CreateWidget("A");
        var second = emulator.CreateService().CreateWidget("B");
        emulator.Clock.Advance(TimeSpan.FromDays(2));
        var third = emulator.CreateService().CreateWidget("C");

        Assert.Equal(start, emulator.Find("hitl_widget", first)!["createdon"]);
        Assert.Equal(start, emulator.Find("hitl_widget", second)!["createdon"]);
        Assert.Equal(start.AddDays(2), emulator.Find("hitl_widget", third)!["createdon"]);
    }

    [Fact]
    public void Clone_refuses_while_async_jobs_are_pending_because_they_belong_to_the_source_organization()
    {
        var source = FixtureSolution.NewEmulator();
        var service = source.CreateService();
        var id = service.CreateWidget("Alpha");
        service.Update(new Entity("hitl_widget", id) { ["hitl_quantity"] = 3 });

        var refused = Assert.Throws<InvalidOperationException>(() => source.Clone());
        source.DrainAsyncJobs();
        var clone = source.Clone();

        Assert.Contains("1 async job", refused.Message);
        Assert.Contains("DrainAsyncJobs", refused.Message);
        Assert.Equal(0, clone.PendingAsyncJobs);
        Assert.Single(clone.Rows("hitl_part")); // the drained job's work is part of the copied rows
    }
}
