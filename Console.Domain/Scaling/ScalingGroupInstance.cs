namespace EucaConsole.Domain.Scaling;

public sealed record ScalingGroupInstance(string InstanceId, string AvailabilityZone, string LifecycleState, string HealthStatus, string? LaunchConfigurationName);
