using System.Globalization;

namespace EucaConsole.LoadTest.StandIn;

/// <summary>
/// Instances for a run on /instances: launched in moto itself (RunInstances, a hundred at a time, named so
/// the users' searches find some), which lists a thousand of them in about a second.
/// </summary>
internal static class InstanceSeed
{
    private const int Batch = 100;

    private static readonly string[] Names =
        ["ubuntu-server", "debian-gpu", "rocky-arm64", "ubuntu-gpu", "debian-server", "rocky-server", "ubuntu-arm64", "debian-arm64", "rocky-gpu", "ubuntu-web"];

    public static async Task SeedAsync(Uri moto, int count, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = moto, Timeout = TimeSpan.FromMinutes(2) };
        for (var launched = 0; launched < count; launched += Batch)
        {
            var size = Math.Min(Batch, count - launched);
            var name = Names[launched / Batch % Names.Length] + "-" + (launched / Batch).ToString("00", CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Action"] = "RunInstances",
                    ["Version"] = "2016-11-15",
                    // One of the images moto always has.
                    ["ImageId"] = "ami-12c6146b",
                    ["InstanceType"] = "t3.micro",
                    ["MinCount"] = size.ToString(CultureInfo.InvariantCulture),
                    ["MaxCount"] = size.ToString(CultureInfo.InvariantCulture),
                    ["TagSpecification.1.ResourceType"] = "instance",
                    ["TagSpecification.1.Tag.1.Key"] = "Name",
                    ["TagSpecification.1.Tag.1.Value"] = name,
                }),
            };
            // moto reads the account's region from the credential scope; the signature itself is not checked.
            request.Headers.TryAddWithoutValidation("Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDLOADTESTEXAMPLE/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0");
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
