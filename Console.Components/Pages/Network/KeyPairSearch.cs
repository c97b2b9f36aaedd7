using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Compute;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Network;

/// <summary>The key pairs page: the key type as a facet (from the fingerprint's form); free text over name and fingerprint.</summary>
public static class KeyPairSearch
{
    public static IReadOnlyList<Facet> Facets { get; } = [new("fingerprint_kind", "Fingerprint", [new("md5", "MD5"), new("sha1", "SHA-1"), new("sha256", "SHA-256")])];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "fingerprint"];

    public static SearchFields<KeyPair> Fields { get; } = new SearchFields<KeyPair>()
        .Facet("fingerprint_kind", k => FingerprintKind(k.Fingerprint))
        .Text("name", k => k.Name)
        .Text("fingerprint", k => k.Fingerprint);

    public static IReadOnlyList<TableColumn<KeyPair>> Columns { get; } =
    [
        new("Name", k => k.Name),
        new("Fingerprint", k => k.Fingerprint) { Copyable = true },
        new("ID", k => k.Id) { HiddenByDefault = true },
    ];

    public static ResourceDefinition<KeyPair> Definition { get; } = new(ResourceCatalog.KeyPairs, k => k.Name, Facets, FilterKeys, Fields, [], Columns);

    /// <summary>EC2 fingerprints: 16 hex pairs are MD5, 20 are SHA-1; base64 is SHA-256.</summary>
    public static string? FingerprintKind(string? fingerprint) => fingerprint switch
    {
        null or "" => null,
        _ when fingerprint.Count(c => c == ':') == 15 => "md5",
        _ when fingerprint.Count(c => c == ':') == 19 => "sha1",
        _ => "sha256",
    };
}
