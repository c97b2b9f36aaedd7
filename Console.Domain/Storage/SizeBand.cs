using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Storage;

/// <summary>Volume sizes grouped for the search bar's facet.</summary>
public static class SizeBand
{
    public static IReadOnlyList<(string Key, string Label)> Bands { get; } =
    [
        ("small", Say.T("Up to 10 GiB")), ("medium", "11 to 100 GiB"), ("large", "101 to 1,000 GiB"), ("huge", Say.T("Over 1,000 GiB")),
    ];

    public static string Of(int sizeGiB) => sizeGiB switch
    {
        <= 10 => "small",
        <= 100 => "medium",
        <= 1000 => "large",
        _ => "huge",
    };
}
