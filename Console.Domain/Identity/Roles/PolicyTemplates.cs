namespace EucaConsole.Domain.Identity.Roles;

/// <summary>The inline policies a new role can start with.</summary>
public static class PolicyTemplates
{
    public static IReadOnlyList<PolicyTemplate> All { get; } =
    [
        new("ec2-read-only", "EC2 read-only", "ec2-read-only", """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": ["ec2:Describe*"],
                  "Resource": "*"
                }
              ]
            }
            """),
        new("s3-read", "S3 read", "s3-read", """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": ["s3:Get*", "s3:List*"],
                  "Resource": "*"
                }
              ]
            }
            """),
        new("cloudwatch-put-metrics", "CloudWatch: put metric data", "cloudwatch-put-metrics", """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": ["cloudwatch:PutMetricData"],
                  "Resource": "*"
                }
              ]
            }
            """),
    ];

    public static PolicyTemplate? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
