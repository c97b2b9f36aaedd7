using EucaConsole.LoadTest.StandIn;

namespace EucaConsole.LoadTest.Reference;

/// <summary>The reference page's records: the generated catalogue, built once per process and shared by every circuit (as the console shares its cached list).</summary>
internal static class ReferenceCatalogue
{
    public static int Count { get; set; } = 15_000;

    public static IReadOnlyList<GeneratedImage> Images => Lazy.Value;

    private static readonly Lazy<IReadOnlyList<GeneratedImage>> Lazy = new(() => GeneratedImages.Create(Count));
}
