using System.Text;
using System.Xml.Linq;
using EucaConsole.Tests.Fixtures;
using Microsoft.Playwright;

namespace EucaConsole.Tests.Browser;

/// <summary>
/// Nothing typed is lost: each large field at its API limit reaches the cloud whole (checked on moto,
/// not through the console), and one character over is refused with the limit named.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LargeInputTests(BrowserFixture fixture)
{
    /// <summary>The sandbox's moto, as the dashboard names it.</summary>
    private static async Task<MotoQuery> SandboxMotoAsync(IPage page)
    {
        var cloud = await page.GetByTestId("dashboard-cloud").InnerTextAsync();
        return new MotoQuery(new Uri(cloud[(cloud.IndexOf("http", StringComparison.Ordinal))..].Trim()));
    }

    /// <summary>ASCII text of exactly <paramref name="bytes"/> bytes: a script with comment lines.</summary>
    private static string UserData(int bytes)
    {
        var text = new StringBuilder("#!/bin/sh\n");
        while (text.Length < bytes)
        {
            text.Append("# ").Append('x', Math.Min(70, Math.Max(0, bytes - text.Length - 3))).Append('\n');
        }

        return text.ToString()[..bytes];
    }

    [Fact]
    public async Task User_data_of_16_KB_reaches_the_instance_whole_and_one_byte_more_is_refused_with_the_limit_named()
    {
        var page = await fixture.SandboxPageAsync();
        var moto = await SandboxMotoAsync(page);
        var tag = "large-user-data-" + Guid.NewGuid().ToString("N")[..6];
        await page.GotoAsync("/images?text=web-server-al2023");
        await Ui.Row(page, "web-server-al2023").ClickAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("image-launch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chosen-image")).ToContainTextAsync("web-server-al2023", new() { Timeout = 30_000 });
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(Ui.Field(page, "instance-type")).Not.ToHaveValueAsync(string.Empty, new() { Timeout = 30_000 });
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-title")).ToHaveTextAsync("Details", new() { Timeout = 30_000 });

        await Ui.Field(page, "user-data").FillAsync(UserData((16 * 1024) + 1));
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-problems")).ToContainTextAsync("the limit is 16 KB (16,384 bytes)", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("wizard-title")).ToHaveTextAsync("Details");

        var exact = UserData(16 * 1024);
        await Ui.Field(page, "user-data").FillAsync(exact);
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-title")).ToHaveTextAsync("Tags", new() { Timeout = 30_000 });
        await Ui.Field(page, "tag-name").FillAsync(tag);
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-title")).ToHaveTextAsync("Review", new() { Timeout = 30_000 });
        await page.GetByTestId("wizard-finish").ClickAsync();
        await page.WaitForURLAsync("**/instances?launched=*", new() { Timeout = 30_000 });

        var instanceId = new Uri(page.Url).Query.Split('=')[1].Split(',', '&')[0];
        var attribute = await moto.CallAsync("ec2", "DescribeInstanceAttribute", new() { ["InstanceId"] = instanceId, ["Attribute"] = "userData" });
        var sent = Encoding.UTF8.GetString(Convert.FromBase64String(attribute.Descendants().First(e => e.Name.LocalName == "userData").Elements().First().Value));
        Assert.Equal(exact, sent);
    }

    [Fact]
    public async Task A_template_of_51200_bytes_reaches_CloudFormation_whole_and_one_byte_more_is_refused_with_the_limit_named()
    {
        var page = await fixture.SandboxPageAsync();
        var moto = await SandboxMotoAsync(page);
        var name = "large-template-" + Guid.NewGuid().ToString("N")[..6];
        const string Head = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: large template

            """;
        string Template(int bytes)
        {
            var text = new StringBuilder(Head);
            while (text.Length < bytes)
            {
                text.Append("# ").Append('y', Math.Min(70, Math.Max(0, bytes - text.Length - 3))).Append('\n');
            }

            return text.ToString()[..bytes];
        }

        await page.GotoAsync("/stacks/new");
        await Ui.Field(page, "stack-name").FillAsync(name);
        await Ui.Field(page, "template-body").FillAsync(Template(51_201));
        await page.GetByTestId("read-parameters").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-input-helper-text.mud-input-error, .mud-input-error").First)
            .ToContainTextAsync("limited to 51,200 bytes", new() { Timeout = 30_000 });

        var exact = Template(51_200);
        await Ui.Field(page, "template-body").FillAsync(exact);
        await page.GetByTestId("read-parameters").ClickAsync();
        await page.GetByTestId("stack-review-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stack-review")).ToContainTextAsync("51,200 bytes", new() { Timeout = 30_000 });
        await page.GetByTestId("create-stack").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stack-status")).ToHaveTextAsync("CREATE_COMPLETE", new() { Timeout = 30_000 });

        var template = await moto.CallAsync("cloudformation", "GetTemplate", new() { ["StackName"] = name });
        Assert.Equal(exact.ReplaceLineEndings("\n"), template.Value("TemplateBody").ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_role_policy_of_10240_characters_reaches_IAM_whole_and_one_more_is_refused_with_the_limit_named()
    {
        var page = await fixture.SandboxPageAsync();
        var moto = await SandboxMotoAsync(page);
        var role = "large-policy-" + Guid.NewGuid().ToString("N")[..6];

        // Non-white-space characters, as IAM counts them: the resource name is the padding.
        static string Policy(int characters)
        {
            const string Before = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::""";
            const string After = "\"}]}";
            return Before + new string('b', characters - Before.Length - After.Length) + After;
        }

        await page.GotoAsync("/roles/new");
        await Ui.Field(page, "role-name").FillAsync(role);
        await Ui.ChooseAsync(page, "policy-template", "S3 read");
        await Ui.Field(page, "inline-policy").FillAsync(Policy(10_241));
        await page.GetByTestId("role-create").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-input-error").First).ToContainTextAsync("IAM allows 10,240", new() { Timeout = 30_000 });

        var exact = Policy(10_240);
        await Ui.Field(page, "inline-policy").FillAsync(exact);
        await page.GetByTestId("role-create").ClickAsync();
        await Assertions.Expect(Ui.Row(page, role)).ToBeVisibleAsync(Ui.Slow);

        var policyName = (await moto.CallAsync("iam", "ListRolePolicies", new() { ["RoleName"] = role })).Value("member");
        var stored = await moto.CallAsync("iam", "GetRolePolicy", new() { ["RoleName"] = role, ["PolicyName"] = policyName });
        Assert.Equal(exact, Uri.UnescapeDataString(stored.Value("PolicyDocument")));
    }
}
