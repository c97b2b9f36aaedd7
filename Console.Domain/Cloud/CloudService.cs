namespace EucaConsole.Domain.Cloud;

/// <summary>The cloud APIs the console talks to.</summary>
public enum CloudService
{
    Compute,
    AutoScaling,
    LoadBalancing,
    Identity,
    Tokens,
    CloudFormation,
    CloudWatch,
}
