namespace EucaConsole.Domain.Scaling;

/// <summary>A group's sizes as typed, checked together: min ≤ desired ≤ max.</summary>
public sealed record CapacityForm(int MinSize, int DesiredCapacity, int MaxSize)
{
    /// <summary>The largest group the console offers to make (AWS's default quota is higher; this catches slips).</summary>
    public const int Largest = 1000;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MinSize < 0 || MaxSize < 0 || DesiredCapacity < 0)
        {
            problems.Add("Sizes are zero or more.");
        }

        if (MaxSize > Largest)
        {
            problems.Add($"A group here has at most {Largest:N0} instances.");
        }

        if (MinSize > MaxSize)
        {
            problems.Add("The minimum is at most the maximum.");
        }
        else if (DesiredCapacity < MinSize || DesiredCapacity > MaxSize)
        {
            problems.Add($"The desired capacity is between the minimum ({MinSize}) and the maximum ({MaxSize}).");
        }

        return problems;
    }
}
