namespace EucaConsole.Domain.Monitoring;

/// <summary>A CloudWatch alarm as the scaling pages show it: what it watches, its state, and what it runs.</summary>
public sealed record Alarm(string Name, string? MetricName, string? ComparisonOperator, double? Threshold, string State, string? StateReason,
    IReadOnlyList<string> AlarmActions);
