namespace EucaConsole.Domain.Compute;

/// <summary>EC2 instances: launch, state changes, console output and user data.</summary>
public interface IInstanceService
{
    Task<IReadOnlyList<Instance>> DescribeInstancesAsync(CancellationToken cancellationToken, params string[] instanceIds);

    Task<IReadOnlyList<Instance>> RunInstancesAsync(RunInstancesSpec spec, CancellationToken cancellationToken);

    Task StartInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    Task StopInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    Task RebootInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    Task TerminateInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken);

    /// <summary>The console output, decoded; null when the instance has produced none yet.</summary>
    Task<string?> GetConsoleOutputAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>The instance's user data, decoded as UTF-8 text; null when it has none.</summary>
    Task<string?> GetUserDataAsync(string instanceId, CancellationToken cancellationToken);

    Task<InstanceSettings> DescribeInstanceSettingsAsync(string instanceId, CancellationToken cancellationToken);

    Task SetTerminationProtectionAsync(string instanceId, bool enabled, CancellationToken cancellationToken);

    /// <summary>"stop" or "terminate".</summary>
    Task SetShutdownBehaviorAsync(string instanceId, string behavior, CancellationToken cancellationToken);

    /// <summary>A Windows instance's administrator password, encrypted with its key pair's public key (base64); null until Windows has made it.</summary>
    Task<string?> GetPasswordDataAsync(string instanceId, CancellationToken cancellationToken);
}
