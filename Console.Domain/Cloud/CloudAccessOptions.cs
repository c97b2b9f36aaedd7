namespace EucaConsole.Domain.Cloud;

/// <summary>The <c>CloudAccess</c> section: how the domain talks to clouds.</summary>
public sealed class CloudAccessOptions
{
    public const string Section = "CloudAccess";

    /// <summary>Items asked for per page of a listing (null: the service's default, usually everything).</summary>
    public int? PageSize { get; set; }

    /// <summary>Retries of throttled and 5xx calls (the SDK backs off between them).</summary>
    public int MaxErrorRetry { get; set; } = 4;

    public int RequestTimeoutSeconds { get; set; } = 60;

    /// <summary>No retry starts after this long since the call began (an answer that will not change is never retried).</summary>
    public int MaxRetrySeconds { get; set; } = 5;

    public TimeSpan RetryBudget => TimeSpan.FromSeconds(MaxRetrySeconds);
}
