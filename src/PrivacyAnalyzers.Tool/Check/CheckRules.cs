using System.Collections.Generic;

namespace PrivacyAnalyzers.Tool.Check;

/// <summary>The rules of the policy check (privacy.json against the code) and their documentation.</summary>
public static class CheckRules
{
    /// <summary>A recipient of the policy that the code sends none of its approved categories or members.</summary>
    public const string UnusedRecipient = "PRIV300";

    /// <summary>A category or member approved for a recipient that the code never sends to it.</summary>
    public const string StaleApproval = "PRIV301";

    /// <summary>A flow to a recipient or HTTP host that the policy does not approve.</summary>
    public const string UndeclaredSharing = "PRIV302";

    /// <summary>A retention rule of the policy that no [RetainFor] in the code enforces.</summary>
    public const string UnenforcedRetention = "PRIV303";

    /// <summary>A [RetainFor] shorter than the policy's minimum for the member's category.</summary>
    public const string RetentionTooShort = "PRIV304";

    /// <summary>A [RetainFor] for a category no retention rule of the policy covers.</summary>
    public const string UndeclaredRetention = "PRIV305";

    /// <summary>A [RetainFor] whose expiry action differs from the policy's.</summary>
    public const string ExpiryActionMismatch = "PRIV306";

    /// <summary>No privacy.json: there is nothing to compare the code with.</summary>
    public const string NoPolicy = "PRIV307";

    private const string HelpRoot = "https://github.com/privacy-analyzers/PrivacyAnalyzers/blob/main/docs/rules/";

    /// <summary>The one-line description of a check rule, or null when <paramref name="ruleId"/> is not one.</summary>
    public static string? Title(string ruleId) => ruleId switch
    {
        UnusedRecipient => "A recipient in privacy.json receives nothing from the code",
        StaleApproval => "A category or member approved for a recipient is never sent to it",
        UndeclaredSharing => "The code shares personal information the policy does not declare",
        UnenforcedRetention => "A retention rule of the policy is not enforced by any [RetainFor]",
        RetentionTooShort => "The code keeps personal information for less than the policy's minimum",
        UndeclaredRetention => "The code retains a category the policy's retention rules do not cover",
        ExpiryActionMismatch => "The code's action at expiry differs from the policy's",
        NoPolicy => "No privacy.json to check the code against",
        _ => null,
    };

    /// <summary>Every check rule, in order.</summary>
    public static readonly IReadOnlyList<string> All =
        [UnusedRecipient, StaleApproval, UndeclaredSharing, UnenforcedRetention, RetentionTooShort, UndeclaredRetention, ExpiryActionMismatch, NoPolicy];

    /// <summary>Where a check rule is documented: docs/rules/PRIVnnn.md, next to the analyzers' rules.</summary>
    public static string HelpUri(string ruleId) => HelpRoot + ruleId + ".md";
}
