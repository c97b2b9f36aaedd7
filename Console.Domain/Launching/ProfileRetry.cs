using EucaConsole.Domain.Cloud;

namespace EucaConsole.Domain.Launching;

/// <summary>
/// IAM is eventually consistent: an instance profile made a moment ago may not be visible to EC2 or
/// Auto Scaling yet, which they report as an invalid profile. Such a launch is retried a few times.
/// </summary>
public static class ProfileRetry
{
    public static readonly IReadOnlyList<TimeSpan> Delays =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];

    public static async Task<T> RunAsync<T>(Func<Task<T>> launch, bool profileIsNew, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await launch().ConfigureAwait(false);
            }
            catch (CloudException error) when (profileIsNew && attempt < Delays.Count && IsProfileNotYetVisible(error))
            {
                await Task.Delay(Delays[attempt], time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static bool IsProfileNotYetVisible(CloudException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code is "InvalidParameterValue" or "ValidationError" or "InvalidParameterCombination"
            && error.Message.Contains("profile", StringComparison.OrdinalIgnoreCase);
    }
}
