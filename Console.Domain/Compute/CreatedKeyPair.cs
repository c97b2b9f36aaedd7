namespace EucaConsole.Domain.Compute;

/// <summary>A new key pair and its private key, which the cloud hands out exactly once.</summary>
public sealed record CreatedKeyPair(KeyPair KeyPair, string PrivateKey)
{
    public override string ToString() => $"CreatedKeyPair {{ KeyPair = {KeyPair} }}";
}
