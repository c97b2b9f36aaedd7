using System.Globalization;
using System.Text.RegularExpressions;
using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Launching;
using EucaConsole.Domain.Text;
using EucaConsole.Tests.Fixtures;
using FluentValidation;

namespace EucaConsole.Tests.Domain.Text;

/// <summary>The domain's messages come in the reader's language, chosen when the message is made (one validator serves every reader).</summary>
public sealed partial class DomainTextTests
{
    private static readonly LaunchFormValidator Launch = new();

    private static T In<T>(string culture, Func<T> read)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }
    }

    private static string FirstMessage(LaunchForm form, string step) =>
        Launch.Validate(form, o => o.IncludeRuleSets(step)).Errors.Select(e => e.ErrorMessage).First();

    [Fact]
    public void One_validator_answers_each_reader_in_their_language()
    {
        Assert.Equal("Elija una imagen.", In("es-ES", () => FirstMessage(new LaunchForm(), WizardStep.Image)));
        Assert.Equal("Choose an image.", In("en-US", () => FirstMessage(new LaunchForm(), WizardStep.Image)));
    }

    [Fact]
    public void Values_in_a_message_are_formatted_for_the_reader()
    {
        var form = new LaunchForm { ImageId = "ami-12345678", InstanceType = "t3.micro", Count = 1, UserData = new string('x', 20_000) };

        Assert.Equal("Los datos de usuario tienen 20.000 bytes; el límite es de 16 KB (16.384 bytes).", In("es-ES", () => FirstMessage(form, WizardStep.Details)));
        Assert.Equal("User data is 20,000 bytes; the limit is 16 KB (16,384 bytes).", In("en-US", () => FirstMessage(form, WizardStep.Details)));
    }

    [Fact]
    public void A_language_without_a_translation_falls_back_to_English() =>
        Assert.Equal("Choose an image.", In("ja-JP", () => FirstMessage(new LaunchForm(), WizardStep.Image)));

    [Fact]
    public void A_cloud_error_is_framed_in_the_readers_language_and_keeps_the_clouds_own_words()
    {
        var error = new CloudException(CloudErrorKind.Unreachable, CloudService.Compute, "DescribeImages", new Uri("http://127.0.0.1:9/"), "Connection refused");

        var spanish = In("es", error.Describe);

        Assert.StartsWith("No se pudo contactar con http://127.0.0.1:9/ (DescribeImages)", spanish, StringComparison.Ordinal);
        Assert.EndsWith("Connection refused", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_missing_from_every_table_is_shown_as_written() =>
        Assert.Equal("No such text {0}", In("es", () => Say.T("No such text {0}")));

    [GeneratedRegex(@"(Snackbar\.Add|WithMessage|ConfirmAsync|RunAsync|ChangeAsync)\(\$?""[A-Za-z]")]
    private static partial Regex UntranslatedMessage();

    [Fact]
    public void No_page_or_validator_hands_a_message_to_the_reader_without_the_translation_table()
    {
        var offenders = new[] { "Console.Components", "Console.Domain" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, project), "*.*", SearchOption.AllDirectories))
            .Where(path => (path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadAllLines(path).Select((line, index) => (path, line, index)))
            .Where(x => UntranslatedMessage().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Root, x.path)}:{x.index + 1}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }
}
