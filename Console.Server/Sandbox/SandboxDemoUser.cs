namespace EucaConsole.Server.Sandbox;

/// <summary>The seeded IAM user the one-click sandbox sign-in uses.</summary>
internal sealed record SandboxDemoUser(string AccessKeyId, string SecretAccessKey)
{
    public override string ToString() => $"SandboxDemoUser {{ AccessKeyId = {AccessKeyId} }}";
}
