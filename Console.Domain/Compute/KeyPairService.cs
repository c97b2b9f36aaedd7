using System.Text;
using Amazon.EC2;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;
using Ec2 = Amazon.EC2.Model;

namespace EucaConsole.Domain.Compute;
/// <summary>Key pairs. Every call leaves as domain records or a <see cref="CloudException"/>.</summary>
internal sealed class KeyPairService(Ec2Calls calls) : IKeyPairService
{
    public Task<IReadOnlyList<KeyPair>> DescribeKeyPairsAsync(CancellationToken cancellationToken) =>
        calls.CallAsync("DescribeKeyPairs", async ec2 => (IReadOnlyList<KeyPair>)[.. ((await ec2.DescribeKeyPairsAsync(new Ec2.DescribeKeyPairsRequest(),
            cancellationToken).ConfigureAwait(false)).KeyPairs ?? []).Select(k => new KeyPair(k.KeyName, k.KeyFingerprint, k.KeyPairId))], cancellationToken);

    public Task<CreatedKeyPair> CreateKeyPairAsync(string name, CancellationToken cancellationToken) =>
        calls.CallAsync("CreateKeyPair", async ec2 =>
        {
            var reply = await ec2.CreateKeyPairAsync(new Ec2.CreateKeyPairRequest(name), cancellationToken).ConfigureAwait(false);
            return new CreatedKeyPair(new KeyPair(reply.KeyPair.KeyName, reply.KeyPair.KeyFingerprint, reply.KeyPair.KeyPairId), reply.KeyPair.KeyMaterial);
        }, cancellationToken);

    public Task<KeyPair> ImportKeyPairAsync(string name, string publicKey, CancellationToken cancellationToken) =>
        calls.CallAsync("ImportKeyPair", async ec2 =>
        {
            // The API takes the key base64-encoded (the CLI does this for you; the SDK does not).
            var material = Convert.ToBase64String(Encoding.UTF8.GetBytes(publicKey.Trim()));
            var reply = await ec2.ImportKeyPairAsync(new Ec2.ImportKeyPairRequest(name, material), cancellationToken).ConfigureAwait(false);
            return new KeyPair(reply.KeyName, reply.KeyFingerprint, reply.KeyPairId);
        }, cancellationToken);

    public Task DeleteKeyPairAsync(string name, CancellationToken cancellationToken) =>
        calls.CallAsync("DeleteKeyPair", ec2 => ec2.DeleteKeyPairAsync(new Ec2.DeleteKeyPairRequest(name), cancellationToken), cancellationToken);
}
