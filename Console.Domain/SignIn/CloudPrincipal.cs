namespace EucaConsole.Domain.SignIn;

/// <summary>Who is signed in, as the cloud named them at sign-in.</summary>
/// <param name="Account">Account id (AWS) or account name (Eucalyptus).</param>
/// <param name="UserName">User name where known (Eucalyptus form, or the last part of an IAM user ARN).</param>
/// <param name="Arn">The caller's ARN from STS GetCallerIdentity, when the cloud told us.</param>
/// <param name="AccessKeyId">The long-term access key the user typed (AWS mode); shown, never the secret.</param>
public sealed record CloudPrincipal(string Account, string? UserName, string? Arn, string? AccessKeyId)
{
    public static CloudPrincipal FromArn(string account, string? arn, string? accessKeyId)
    {
        string? user = null;
        if (arn is not null)
        {
            var resource = arn.Split(':', 6) is { Length: 6 } parts ? parts[5] : arn;
            user = resource.Contains('/', StringComparison.Ordinal) ? resource[(resource.LastIndexOf('/') + 1)..] : resource;
        }

        return new CloudPrincipal(account, user, arn, accessKeyId);
    }

    /// <summary>"account/user" when the user is known, else the access key id, else the account.</summary>
    public string DisplayName => UserName is not null ? $"{Account}/{UserName}" : AccessKeyId ?? Account;
}
