using System.Globalization;
using System.Resources;

namespace EucaConsole.Domain.Text;

/// <summary>
/// The domain's user-visible text (validation messages, rules, reports) in the reader's language. As in the
/// components' table, the English text is the key and the default: a string missing from
/// DomainText.{culture}.resx shows in English. Looked up when the message is made (the circuit's
/// CurrentUICulture), never when a validator is built, since validators outlive one reader.
/// </summary>
public static class Say
{
    private static readonly ResourceManager Table = new("EucaConsole.Domain.Text.DomainText", typeof(Say).Assembly);

    public static string T(string english) =>
        Table.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    public static string T(string english, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, T(english), values);
}
