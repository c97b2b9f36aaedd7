using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity;

/// <summary>IAM's naming rules, shared by the role pages and the wizards.</summary>
public static class IamNames
{
    // ASCII only: \w would also take letters of other scripts, which IAM refuses.
    public const string RolePattern = @"^[A-Za-z0-9_+=,.@-]{1,64}$";

    public static string RoleRule => Say.T("A role name has 1 to 64 ASCII letters, digits or + = , . @ _ - characters.");

    public const string PolicyPattern = @"^[A-Za-z0-9_+=,.@-]{1,128}$";

    public static string PolicyRule => Say.T("A policy name has 1 to 128 ASCII letters, digits or + = , . @ _ - characters.");

    /// <summary>"/" or "/a/b/": starts and ends with a slash, printable ASCII between, at most 512.</summary>
    public const string PathPattern = @"^(/|/[\u0021-\u007E]{1,510}/)$";

    public static string PathRule => Say.T("A path is / or starts and ends with / (e.g. /division/app/), at most 512 characters.");
}
