using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Scaling;

/// <summary>One step of a step scaling policy: while the metric is this far above (or below) the alarm's threshold, adjust by this much.</summary>
/// <param name="LowerBound">Null: no lower bound (−∞).</param>
/// <param name="UpperBound">Null: no upper bound (+∞).</param>
public sealed record StepAdjustment(double? LowerBound, double? UpperBound, int Adjustment)
{
    public string Describe() =>
        $"[{(LowerBound is { } low ? low.ToString(System.Globalization.CultureInfo.InvariantCulture) : "−∞")}, " +
        $"{(UpperBound is { } high ? high.ToString(System.Globalization.CultureInfo.InvariantCulture) : "∞")}) {Adjustment:+#;-#;0}";

    /// <summary>What Auto Scaling refuses in a list of steps: an empty list, a step whose bounds are out of order, overlaps or gaps, more than one open end of a kind.</summary>
    public static string? Problem(IReadOnlyList<StepAdjustment> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
        {
            return Say.T("A step policy has at least one step.");
        }

        if (steps.Any(s => s.LowerBound is { } low && s.UpperBound is { } high && low >= high))
        {
            return Say.T("Each step's lower bound is below its upper bound.");
        }

        if (steps.Count(s => s.LowerBound is null) > 1 || steps.Count(s => s.UpperBound is null) > 1)
        {
            return Say.T("Only one step may be open below and one open above.");
        }

        var ordered = steps.OrderBy(s => s.LowerBound ?? double.NegativeInfinity).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i - 1].UpperBound != ordered[i].LowerBound)
            {
                return Say.T("Steps meet without gaps or overlaps: one ends at {0}", ordered[i - 1].UpperBound?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞") +
                    $" but the next starts at {ordered[i].LowerBound?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "−∞"}.";
            }
        }

        return null;
    }
}
