using System.Runtime.CompilerServices;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Components.Pages.Compute;

/// <summary>
/// Image names by id, made once per image list (the list comes from the shared cache, the same object
/// for every circuit of the account): a dictionary of 15,000 names per circuit on /instances was most
/// of what a circuit there kept.
/// </summary>
internal static class ImageNames
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Image>, IReadOnlyDictionary<string, string>> Made = [];

    public static IReadOnlyDictionary<string, string> For(IReadOnlyList<Image> images) =>
        Made.GetValue(images, list => list.Where(i => !string.IsNullOrEmpty(i.Name))
            .GroupBy(i => i.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name!, StringComparer.Ordinal));
}
