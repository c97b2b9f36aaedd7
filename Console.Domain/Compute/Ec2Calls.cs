using System.Text;
using Amazon.EC2;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;
/// <summary>One EC2 call (or every page of one) with its failure translated to a <see cref="CloudException"/> naming the operation and endpoint.</summary>
internal sealed class Ec2Calls(CloudConnection connection)
{
    public int? PageSize => connection.Options.PageSize;

    /// <summary>Whose answers these are (endpoint, region, principal): see <see cref="Caching.CacheScope.For"/>.</summary>
    public async Task<Caching.CacheScope> ScopeAsync(CancellationToken cancellationToken) =>
        Caching.CacheScope.For(await connection.SessionAsync(cancellationToken).ConfigureAwait(false));

    public async Task<T> CallAsync<T>(string operation, Func<AmazonEC2Client, Task<T>> call, CancellationToken cancellationToken)
    {
        var ec2 = await connection.ComputeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await call(ec2).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var session = await connection.SessionAsync(cancellationToken).ConfigureAwait(false);
            throw SdkErrors.Translate(error, CloudService.Compute, operation, ServiceEndpoints.Resolve(session.Profile, CloudService.Compute));
        }
    }

    public async Task<IReadOnlyList<T>> PagedAsync<TReply, T>(string operation, Func<AmazonEC2Client, string?, Task<TReply>> call,
        Func<TReply, IEnumerable<T>> items, Func<TReply, string?> next, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        string? token = null;
        do
        {
            var reply = await CallAsync(operation, ec2 => call(ec2, token), cancellationToken).ConfigureAwait(false);
            all.AddRange(items(reply));
            token = next(reply);
        }
        while (!string.IsNullOrEmpty(token));

        return all;
    }
}
