namespace EucaConsole.Components.Pages.Identity;

/// <summary>A secret the cloud gave once (a generated password, an access key's secret), shown in its user's detail until the detail closes.</summary>
public sealed record ShownSecret(string UserName, string Title, string Value, string TestId, string? AccessKeyId = null);
