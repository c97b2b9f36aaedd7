using EucaConsole.Domain.Launching;
using FluentValidation;

namespace EucaConsole.Tests.Domain.Launching;

/// <summary>The wizards' rules, step by step (each step is a rule set).</summary>
public sealed class LaunchRulesTests
{
    private static readonly LaunchFormValidator Launch = new();

    private static LaunchForm Valid() => new() { ImageId = "ami-12345678", InstanceType = "t3.micro", Count = 1 };

    private static List<string> Messages<T>(IValidator<T> validator, T form, string step) =>
        [.. validator.Validate(form, o => o.IncludeRuleSets(step)).Errors.Select(e => e.ErrorMessage)];

    [Fact]
    public void A_complete_form_passes_every_step()
    {
        var result = Launch.Validate(Valid(), o => o.IncludeAllRuleSets());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void The_image_step_needs_an_image() =>
        Assert.Equal(["Choose an image."], Messages(Launch, new LaunchForm(), WizardStep.Image));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(LaunchForm.MaxCount + 1)]
    public void The_count_is_between_one_and_the_maximum(int count) =>
        Assert.Equal(["Launch between 1 and 20 instances."], Messages(Launch, new LaunchForm { InstanceType = "t3.micro", Count = count }, WizardStep.Type));

    [Fact]
    public void The_type_step_needs_a_type() =>
        Assert.Equal(["Choose an instance type."], Messages(Launch, new LaunchForm(), WizardStep.Type));

    [Fact]
    public void A_step_checks_only_its_own_rules()
    {
        var form = Valid();
        form.Count = 0;
        form.Tags.Add(new TagRow { Key = "aws:x", Value = "1" });

        Assert.Empty(Messages(Launch, form, WizardStep.Image));
        Assert.Single(Messages(Launch, form, WizardStep.Type));
        Assert.Single(Messages(Launch, form, WizardStep.Tags));
    }

    [Fact]
    public void User_data_may_be_16_KB_and_not_a_byte_more()
    {
        var form = Valid();
        form.UserData = new string('x', 16 * 1024);
        Assert.Empty(Messages(Launch, form, WizardStep.Details));

        form.UserData += "é";
        Assert.Equal(["User data is 16,386 bytes; the limit is 16 KB (16,384 bytes)."], Messages(Launch, form, WizardStep.Details));
    }

    [Fact]
    public void A_role_name_follows_iam_rules()
    {
        var form = Valid();
        form.RoleName = "no spaces allowed";

        Assert.Contains("A role name has 1 to 64", Messages(Launch, form, WizardStep.Details).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_five_security_groups()
    {
        var form = Valid();
        form.SecurityGroupIds = ["sg-1", "sg-2", "sg-3", "sg-4", "sg-5", "sg-6"];

        Assert.Equal(["Choose at most 5 security groups."], Messages(Launch, form, WizardStep.Details));
    }

    [Theory]
    [InlineData("aws:owner", "x", "Tag keys starting with aws: are reserved.")]
    [InlineData("", "orphan", "A tag with a value needs a key.")]
    public void Tag_rows_follow_the_tag_rules(string key, string value, string message)
    {
        var form = Valid();
        form.Tags.Add(new TagRow { Key = key, Value = value });

        Assert.Equal([message], Messages(Launch, form, WizardStep.Tags));
    }

    [Fact]
    public void Tag_keys_and_values_have_length_limits_and_keys_are_unique()
    {
        var form = Valid();
        form.Tags.Add(new TagRow { Key = new string('k', 129), Value = "v" });
        form.Tags.Add(new TagRow { Key = "team", Value = new string('v', 257) });
        form.Tags.Add(new TagRow { Key = "team", Value = "other" });

        var messages = Messages(Launch, form, WizardStep.Tags);

        Assert.Contains("A tag key has at most 128 characters.", messages);
        Assert.Contains("A tag value has at most 256 characters.", messages);
        Assert.Contains("Each tag key may appear once.", messages);
    }

    [Fact]
    public void Only_filled_tags_are_sent_and_an_empty_name_is_left_out()
    {
        var form = Valid();
        form.Tags.Add(new TagRow { Key = " team ", Value = "web" });
        form.Tags.Add(new TagRow());

        Assert.Equal([new("team", "web")], form.FilledTags());
        form.Tags[0].Value = "web-1";
        Assert.Equal(["Name", "team"], form.FilledTags().Select(t => t.Key));
    }

    [Theory]
    [InlineData("", "Name the launch configuration.")]
    [InlineData(" padded", "A launch configuration name has no control characters or leading/trailing spaces.")]
    public void A_launch_configuration_needs_a_proper_name(string name, string message)
    {
        var form = new LaunchConfigurationForm { ImageId = "ami-12345678", InstanceType = "t3.micro", Name = name };

        Assert.Equal([message], Messages(new LaunchConfigurationFormValidator(), form, WizardStep.Name));
    }

    [Fact]
    public void A_scaling_group_keeps_desired_between_min_and_max_and_names_a_zone()
    {
        var form = new ScalingGroupForm { Name = "g", LaunchConfigurationName = "lc", MinSize = 2, DesiredCapacity = 5, MaxSize = 1 };

        var messages = new ScalingGroupFormValidator().Validate(form).Errors.Select(e => e.ErrorMessage).ToList();

        Assert.Equal(["The maximum is at least the minimum.", "The desired capacity lies between the minimum and the maximum.",
            "Choose at least one availability zone."], messages);
    }

    [Theory]
    [InlineData("203.0.113.0/24", true)]
    [InlineData("0.0.0.0/0", true)]
    [InlineData("10.0.0.1/33", false)]
    [InlineData("10.0.0/8", false)]
    [InlineData("::/0", false)]
    [InlineData("anywhere", false)]
    [InlineData("010.0.0.0/8", false)]
    [InlineData("10.0.0.0/08", false)]
    [InlineData("0x0A.0.0.0/8", false)]
    [InlineData("10.0.0.256/8", false)]
    [InlineData("10.0.0.0/+8", false)]
    [InlineData(" 10.0.0.0/8", false)]
    [InlineData("10.0.0.0/8", true)]
    public void Ssh_access_is_given_as_an_ipv4_cidr(string cidr, bool valid) =>
        Assert.Equal(valid, NewSecurityGroupFormValidator.IsIpv4Cidr(cidr));

    [Fact]
    public void A_new_security_group_needs_a_name_not_starting_sg_and_a_description()
    {
        var result = new NewSecurityGroupFormValidator().Validate(new NewSecurityGroupForm { Name = "sg-web", SshFrom = "x" });

        Assert.Equal(["A security group name cannot start with sg-.", "Describe the security group.",
            "Give a network as an IPv4 CIDR, e.g. 203.0.113.0/24 (0.0.0.0/0 is anywhere)."], result.Errors.Select(e => e.ErrorMessage));
    }

    [Theory]
    [InlineData(" ami-12345678 ", "ami-12345678")]
    [InlineData("ami-doesnotexist", "ami-doesnotexist")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_link_names_a_candidate_image_only_and_never_the_forms_image(string? link, string? candidate)
    {
        var form = new LaunchForm();

        form.UseImageFromLink(link);

        Assert.Equal(string.Empty, form.ImageId);
        Assert.Equal(candidate, form.LinkedImageId);
    }

    [Theory]
    [InlineData("t3.micro", null, true)]
    [InlineData("c5d.18xlarge", null, true)]
    [InlineData("u-6tb1.metal", null, true)]
    [InlineData("PRB' OR 1=1; DROP", null, false)]
    [InlineData("-1", null, false)]
    [InlineData("m1 small", null, false)]
    [InlineData("m1/small", null, false)]
    [InlineData("m9.enormous", "t3.micro,m1.small", false)]
    [InlineData("m1.small", "t3.micro,m1.small", true)]
    public void Only_a_listed_type_or_where_none_is_listed_a_name_of_the_apis_form_passes(string type, string? offered, bool valid)
    {
        var form = Valid();
        form.InstanceType = type;
        form.OfferedInstanceTypes = offered?.Split(',').ToHashSet();

        var result = new LaunchFormValidator().Validate(form, o => o.IncludeRuleSets(WizardStep.Type));

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("app-role", true)]
    [InlineData("rôle", false)]
    [InlineData("роль", false)]
    [InlineData("角色", false)]
    public void Role_names_are_ascii(string name, bool valid) =>
        Assert.Equal(valid, System.Text.RegularExpressions.Regex.IsMatch(name, EucaConsole.Domain.Identity.IamNames.RolePattern)
            && System.Text.RegularExpressions.Regex.IsMatch(name, EucaConsole.Domain.Identity.IamNames.PolicyPattern));
}
