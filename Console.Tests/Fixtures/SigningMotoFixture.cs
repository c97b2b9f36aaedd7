namespace EucaConsole.Tests.Fixtures;

/// <summary>Class fixture: a signature-checking moto_server with an admin IAM user and its key.</summary>
public sealed class SigningMotoFixture : IAsyncLifetime
{
    public SigningMotoServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        await Server.CreateAdminUserAsync();
    }

    public Task DisposeAsync() => Server.DisposeAsync();
}
