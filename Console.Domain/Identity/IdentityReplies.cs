using System.Xml.Linq;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Identity;

/// <summary>Reply mapping of the IAM 2010-05-08 operations.</summary>
internal static class IdentityReplies
{
    public static IamUser User(XElement u) =>
        new(u.Required("UserName"), u.Required("UserId"), u.Required("Arn"), u.Text("Path") ?? "/", u.Date("CreateDate"));

    public static IamGroup Group(XElement g) =>
        new(g.Required("GroupName"), g.Required("GroupId"), g.Required("Arn"), g.Text("Path") ?? "/", g.Date("CreateDate"));

    public static IamRole Role(XElement r) =>
        new(r.Required("RoleName"), r.Required("RoleId"), r.Required("Arn"), r.Text("Path") ?? "/", r.Text("Description"),
            r.PolicyDocument("AssumeRolePolicyDocument"), r.Date("CreateDate"));

    public static InstanceProfile Profile(XElement p) =>
        new(p.Required("InstanceProfileName"), p.Required("InstanceProfileId"), p.Required("Arn"), p.Text("Path") ?? "/",
            [.. p.Members("Roles").Select(r => r.Required("RoleName"))], p.Date("CreateDate"));

    public static ServerCertificate Certificate(XElement c) =>
        new(c.Required("ServerCertificateName"), c.Required("ServerCertificateId"), c.Required("Arn"), c.Text("Path") ?? "/",
            c.Date("UploadDate"), c.Date("Expiration"));

    public static AttachedPolicy ManagedPolicy(XElement p) => new(p.Required("PolicyName"), p.Required("Arn"));

    public static XElement Single(XElement result, string name) =>
        result.Child(name) ?? throw new FormatException($"reply has no <{name}>");
}
