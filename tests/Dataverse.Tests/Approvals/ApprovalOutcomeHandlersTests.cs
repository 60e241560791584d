using System.Reflection;
using System.Reflection.Emit;
using Hitl.Core.Approvals;
using Hitl.Dataverse.Approvals;
using Hitl.Dataverse.Pipeline;

namespace Hitl.Dataverse.Tests.Approvals;

/// <summary>A handler as a capability would add it: a public class with a parameterless constructor.</summary>
public sealed class BiasReviewOutcome : IApprovalOutcomeHandler
{
    public ApprovalType Type => ApprovalType.BiasReview;

    public void Apply(ApprovalSnapshot approval, ILocalPluginContext context)
    {
    }
}

/// <summary>A capability adds an outcome handler by adding a class; the registry finds it by approval type.</summary>
public class ApprovalOutcomeHandlersTests
{
    [Fact]
    public void Every_handler_class_in_an_assembly_is_found_by_its_type()
    {
        var handlers = ApprovalOutcomeHandlers.Discover(typeof(ApprovalOutcomeHandlersTests).Assembly);

        Assert.IsType<BiasReviewOutcome>(Assert.Single(handlers).Value);
        Assert.Equal(ApprovalType.BiasReview, handlers.Single().Key);
    }

    [Fact]
    public void Two_handlers_for_one_type_are_refused_naming_both()
    {
        var assembly = AssemblyWithTwoHandlers();

        var problem = Assert.Throws<InvalidOperationException>(() => ApprovalOutcomeHandlers.Discover(assembly));

        Assert.Contains("Approval type BiasReview has two outcome handlers", problem.Message);
    }

    [Fact]
    public void The_shipped_handlers_are_found_for_lead_reviews_and_model_changes_only()
    {
        var handled = ApprovalType.All.Where(t => ApprovalOutcomeHandlers.For(t) != null).ToArray();

        Assert.Equal(new[] { ApprovalType.LeadReview, ApprovalType.ModelChange }, handled);
        Assert.Null(ApprovalOutcomeHandlers.For(ApprovalType.Of(741200099)));
    }

    /// <summary>An in-memory assembly with two handler classes for BiasReview (each delegates to <see cref="BiasReviewOutcome"/>).</summary>
    private static Assembly AssemblyWithTwoHandlers()
    {
        var module = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("TwoHandlers"), AssemblyBuilderAccess.Run).DefineDynamicModule("TwoHandlers");
        foreach (var name in new[] { "First", "Second" })
        {
            var type = module.DefineType(name, TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed, typeof(object), new[] { typeof(IApprovalOutcomeHandler) });
            type.DefineDefaultConstructor(MethodAttributes.Public);
            var getType = type.DefineMethod("get_Type", MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.NewSlot | MethodAttributes.Final, typeof(ApprovalType), Type.EmptyTypes);
            var il = getType.GetILGenerator();
            il.Emit(OpCodes.Ldsfld, typeof(ApprovalType).GetField(nameof(ApprovalType.BiasReview))!);
            il.Emit(OpCodes.Ret);
            type.DefineMethodOverride(getType, typeof(IApprovalOutcomeHandler).GetProperty(nameof(IApprovalOutcomeHandler.Type))!.GetMethod!);
            var apply = type.DefineMethod("Apply", MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.NewSlot | MethodAttributes.Final, typeof(void), new[] { typeof(ApprovalSnapshot), typeof(ILocalPluginContext) });
            apply.GetILGenerator().Emit(OpCodes.Ret);
            type.DefineMethodOverride(apply, typeof(IApprovalOutcomeHandler).GetMethod(nameof(IApprovalOutcomeHandler.Apply))!);
            type.CreateType();
        }

        return module.Assembly;
    }
}
