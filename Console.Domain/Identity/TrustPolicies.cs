namespace EucaConsole.Domain.Identity;

/// <summary>Assume-role (trust) policy documents the console offers.</summary>
public static class TrustPolicies
{
    /// <summary>Lets EC2 instances take the role: what a role for an instance profile needs.</summary>
    public const string Ec2 = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    /// <summary>The same, laid out for editing as a custom policy.</summary>
    public const string Ec2Indented = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Principal": { "Service": "ec2.amazonaws.com" },
              "Action": "sts:AssumeRole"
            }
          ]
        }
        """;
}
