using System.Security.Cryptography;
using EucaConsole.Domain.Keys;
using EucaConsole.Tests.Fixtures;

namespace EucaConsole.Tests.Domain.Keys;

public sealed class PublicKeyTextTests(CloudFixture cloud) : IClassFixture<CloudFixture>
{
    // Made with ssh-keygen -t ed25519; a public key, nothing secret.
    private const string Ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIErrsSILICscPwNgOvsmiG9XSWz3UauV16i50Oj6SLml ops@example";

    private const string Rfc4716 = """
        ---- BEGIN SSH2 PUBLIC KEY ----
        Comment: "256-bit ED25519, converted by root@vm \
        from OpenSSH"
        AAAAC3NzaC1lZDI1NTE5AAAAIErrsSILICscPwNgOvsmiG9XSWz3UauV16i50Oj6SLml
        ---- END SSH2 PUBLIC KEY ----
        """;

    [Fact]
    public void An_openssh_key_is_kept_as_it_is()
    {
        Assert.Equal((Ed25519, null), PublicKeyText.Normalize($"  {Ed25519}\n"));
    }

    [Fact]
    public void An_rfc4716_key_becomes_its_openssh_line()
    {
        Assert.Equal(("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIErrsSILICscPwNgOvsmiG9XSWz3UauV16i50Oj6SLml", null), PublicKeyText.Normalize(Rfc4716));
    }

    [Fact]
    public async Task A_pem_rsa_key_becomes_an_openssh_key_the_cloud_imports()
    {
        using var rsa = RSA.Create(2048);
        var (openSsh, problem) = PublicKeyText.Normalize(rsa.ExportSubjectPublicKeyInfoPem());

        Assert.Null(problem);
        Assert.StartsWith("ssh-rsa AAAAB3NzaC1yc2E", openSsh, StringComparison.Ordinal);
        var imported = await cloud.Compute.ImportKeyPairAsync(CloudFixture.Unique("pem"), openSsh!, CancellationToken.None);
        Assert.False(string.IsNullOrEmpty(imported.Fingerprint));
        Assert.Equal(openSsh, PublicKeyText.Normalize(rsa.ExportRSAPublicKeyPem()).OpenSsh);
    }

    [Theory]
    [InlineData("", "Paste a public key")]
    [InlineData("ssh-rsa", "starts with its type")]
    [InlineData("ssh-dsa AAAAB3NzaC1kc3M=", "starts with its type")]
    [InlineData("ssh-rsa not-base64!", "does not decode")]
    [InlineData("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIErrsSILICscPwNgOvsmiG9XSWz3UauV16i50Oj6SLml", "holds a ssh-ed25519 key")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", "not an RSA public key")]
    [InlineData("---- BEGIN SSH2 PUBLIC KEY ----\nAAAA", "END SSH2")]
    public void Text_that_is_not_a_public_key_is_refused_with_the_reason(string text, string reason)
    {
        var (openSsh, problem) = PublicKeyText.Normalize(text);

        Assert.Null(openSsh);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_key_is_refused_and_not_echoed()
    {
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportRSAPrivateKeyPem();

        var (openSsh, problem) = PublicKeyText.Normalize(pem);

        Assert.Null(openSsh);
        Assert.Contains("That is a private key", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(pem[40..80], problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_rsa_key_is_refused()
    {
        using var rsa = RSA.Create(1024);
        Assert.Contains("2048 bits", PublicKeyText.Normalize(rsa.ExportSubjectPublicKeyInfoPem()).Problem, StringComparison.Ordinal);
    }
}
