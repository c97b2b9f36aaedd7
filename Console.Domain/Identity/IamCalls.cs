using System.Xml.Linq;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Identity;

/// <summary>One IAM Query call, or every page of a list (Marker/IsTruncated), for the identity services.</summary>
internal sealed class IamCalls(CloudConnection connection)
{
    private Task<QueryServiceClient> ClientAsync(CancellationToken cancellationToken) => connection.QueryAsync(QueryApi.Identity, cancellationToken);

    public async Task<IReadOnlyList<T>> ListAsync<T>(string action, QueryParameters parameters, Func<XElement, IEnumerable<T>> read,
        CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false))
            .ListAllAsync(action, parameters.Add("MaxItems", connection.Options.PageSize), "Marker", "Marker", read, cancellationToken).ConfigureAwait(false);

    public async Task CallAsync(string action, QueryParameters parameters, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync(action, parameters, cancellationToken).ConfigureAwait(false);

    public async Task<T> CallAsync<T>(string action, QueryParameters parameters, Func<XElement, T> read, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken).ConfigureAwait(false)).CallAsync(action, parameters, read, cancellationToken).ConfigureAwait(false);
}
