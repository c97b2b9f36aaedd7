using EucaConsole.Domain.Scaling;

namespace EucaConsole.Components.Pages.Scaling;

/// <summary>A scaling policy as its detail's form wrote it, checked there: simple (one adjustment) or by steps.</summary>
public sealed record NewScalingPolicy(string Name, string AdjustmentType, int Adjustment, int? Cooldown, IReadOnlyList<StepAdjustment>? Steps);
