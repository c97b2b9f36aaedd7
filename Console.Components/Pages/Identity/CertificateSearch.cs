using EucaConsole.Components.Catalog;
using EucaConsole.Components.Resources;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Identity;
using EucaConsole.Domain.Search;

namespace EucaConsole.Components.Pages.Identity;

/// <summary>The server certificates page: expiry and path as facets; free text over name and ARN.</summary>
public static class CertificateSearch
{
    /// <summary>Soon enough to warn about.</summary>
    public static readonly TimeSpan Soon = TimeSpan.FromDays(30);

    public static IReadOnlyList<Facet> Facets { get; } =
    [
        new("expiry", "Expiry", [new("expired", "Expired"), new("soon", "Expires within 30 days"), new("valid", "Valid")]),
        new("path", "Path", []),
    ];

    public static IReadOnlyList<string> FilterKeys { get; } = ["name", "arn"];

    public static ResourceDefinition<ServerCertificate> For(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var fields = new SearchFields<ServerCertificate>()
            .Facet("expiry", c => Expiry(c, time.GetUtcNow()))
            .Facet("path", c => c.Path)
            .Text("name", c => c.Name)
            .Text("arn", c => c.Arn);
        IReadOnlyList<TableColumn<ServerCertificate>> columns =
        [
            new("Name", c => c.Name),
            new("Expires", c => c.Expiration?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                + Expiry(c, time.GetUtcNow()) switch { "expired" => " (expired)", "soon" => " (soon)", _ => string.Empty }) { SortKey = c => c.Expiration },
            new("Uploaded", c => c.Uploaded?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) { SortKey = c => c.Uploaded },
            new("Path", c => c.Path),
            new("ARN", c => c.Arn) { HiddenByDefault = true, Copyable = true },
        ];
        return new(ResourceCatalog.ServerCertificates, c => c.Name, Facets, FilterKeys, fields, ["path"], columns);
    }

    public static string Expiry(ServerCertificate certificate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Expiration is not { } expires ? "valid"
            : expires < now ? "expired"
            : expires - now < Soon ? "soon"
            : "valid";
    }
}
