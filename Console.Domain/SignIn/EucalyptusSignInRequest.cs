namespace EucaConsole.Domain.SignIn;

public sealed record EucalyptusSignInRequest(string Host, int Port, bool UseHttps, string Account, string User, string Password)
{
    // Records print every property; the password must never reach a log line.
    public override string ToString() => $"EucalyptusSignInRequest {{ Host = {Host}, Port = {Port}, Account = {Account}, User = {User} }}";
}
