using Microsoft.Xrm.Sdk;

namespace Hitl.Emulator.Pipeline;

/// <summary>
/// The platform's own part of one SDK message: validation, security check and the main operation. One class per
/// message; the emulator's built-in handlers implement it, and <see cref="EmulatorOptions.MessageHandlers"/> adds more.
/// The pipeline runs: Validate → PreValidation steps → Authorize → PreOperation steps → Execute → PostOperation steps → Respond.
/// </summary>
public interface IMessageHandler
{
    /// <summary>Request shape checks that fail before any step runs.</summary>
    void Validate(OperationContext op) { }

    /// <summary>The platform's privilege check (after PreValidation, before PreOperation).</summary>
    void Authorize(OperationContext op);

    /// <summary>Stage 30: the data operation itself, inside the transaction; fills OutputParameters.</summary>
    void Execute(OperationContext op);

    /// <summary>The typed response built from <see cref="OperationContext.Output"/>.</summary>
    OrganizationResponse Respond(OperationContext op);

    /// <summary>Whether the message's row exists before (pre images) and after (post images) the operation.</summary>
    bool HasPreImage => false;

    bool HasPostImage => false;

    /// <summary>Reads only: a top-level call with no PreOperation/PostOperation steps needs no transaction (no write lock).</summary>
    bool IsReadOnly => false;
}
