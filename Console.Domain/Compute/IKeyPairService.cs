namespace EucaConsole.Domain.Compute;

/// <summary>Key pairs: created (the private key handed out once), imported, deleted.</summary>
public interface IKeyPairService
{
    Task<IReadOnlyList<KeyPair>> DescribeKeyPairsAsync(CancellationToken cancellationToken);

    Task<CreatedKeyPair> CreateKeyPairAsync(string name, CancellationToken cancellationToken);

    /// <summary>Imports an OpenSSH public key (the text of an id_*.pub file).</summary>
    Task<KeyPair> ImportKeyPairAsync(string name, string publicKey, CancellationToken cancellationToken);

    Task DeleteKeyPairAsync(string name, CancellationToken cancellationToken);
}
