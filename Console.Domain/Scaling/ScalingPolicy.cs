namespace EucaConsole.Domain.Scaling;

/// <param name="AdjustmentType">ChangeInCapacity, ExactCapacity or PercentChangeInCapacity.</param>
public sealed record ScalingPolicy(string Name, string? Arn, string GroupName, string? AdjustmentType, int? ScalingAdjustment, int? Cooldown,
    string PolicyType = "SimpleScaling", IReadOnlyList<StepAdjustment>? Steps = null);
