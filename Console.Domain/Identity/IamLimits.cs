namespace EucaConsole.Domain.Identity;

/// <summary>IAM's size limits for policy documents, counted as IAM counts them: characters other than white space.</summary>
public static class IamLimits
{
    public const int UserInlinePolicies = 2_048;

    public const int GroupInlinePolicies = 5_120;

    public const int RoleInlinePolicies = 10_240;

    /// <summary>The default quota for a role's trust policy (an account may have it raised to 4,096).</summary>
    public const int TrustPolicy = 2_048;

    public static int Size(string? document) => document?.Count(c => !char.IsWhiteSpace(c)) ?? 0;

    /// <summary>The refusal for a document over <paramref name="limit"/>, or null.</summary>
    public static string? Problem(string? document, int limit, string what) =>
        Size(document) is var size && size > limit
            ? $"The {what} has {size:N0} characters (white space not counted); IAM allows {limit:N0}."
            : null;
}
