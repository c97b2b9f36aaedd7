using EucaConsole.Domain.Text;

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
            problems.Add(Say.T("Sizes are zero or more."));
        }

        if (MaxSize > Largest)
        {
            problems.Add(Say.T("A group here has at most {0:N0} instances.", Largest));
        }

        if (MinSize > MaxSize)
        {
            problems.Add(Say.T("The minimum is at most the maximum."));
        }
        else if (DesiredCapacity < MinSize || DesiredCapacity > MaxSize)
        {
            problems.Add(Say.T("The desired capacity is between the minimum ({0}) and the maximum ({1}).", MinSize, MaxSize));
        }

        return problems;
    }
}
