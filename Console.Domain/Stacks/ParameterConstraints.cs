using System.Globalization;
using System.Text.RegularExpressions;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Stacks;

/// <summary>Checks a value against what its template declares, as CloudFormation would, before an update is sent.</summary>
public static class ParameterConstraints
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    /// <returns>Why the value is refused, or null when it is fine.</returns>
    public static string? Check(TemplateParameter parameter, string value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(value);
        var why = Problem(parameter, value);
        return why is null ? null : parameter.ConstraintDescription is { Length: > 0 } described ? Say.T("{0} (must be {1})", why, described) : why;
    }

    /// <summary>A plain decimal number: an optional minus, digits, an optional fraction (no exponent, no plus, no spaces).</summary>
    private static readonly Regex PlainNumber = new(@"^-?\d{1,28}(\.\d{1,28})?$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private static string? Problem(TemplateParameter parameter, string value)
    {
        if (value.Any(char.IsControl))
        {
            return Say.T("{0} contains control characters (tabs, line breaks or others); type it without them.", parameter.Key);
        }

        if (parameter.IsNumber)
        {
            if (!PlainNumber.IsMatch(value) || !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out var number))
            {
                return Say.T("{0} must be a plain number such as 3 or 2.5.", parameter.Key);
            }

            if (parameter.MinValue is { } min && number < min)
            {
                return Say.T("{0} must be at least {1}.", parameter.Key, min.ToString(CultureInfo.InvariantCulture));
            }

            if (parameter.MaxValue is { } max && number > max)
            {
                return Say.T("{0} must be at most {1}.", parameter.Key, max.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (parameter.AllowedValues.Count > 0 && !parameter.AllowedValues.Contains(value, StringComparer.Ordinal))
        {
            return Say.T("{0} must be one of {1}.", parameter.Key, string.Join(", ", parameter.AllowedValues));
        }

        if (parameter.MinLength is { } minLength && value.Length < minLength)
        {
            return Say.T("{0} must have at least {1} characters.", parameter.Key, minLength);
        }

        if (parameter.MaxLength is { } maxLength && value.Length > maxLength)
        {
            return Say.T("{0} must have at most {1} characters.", parameter.Key, maxLength);
        }

        if (parameter.AllowedPattern is { Length: > 0 } pattern)
        {
            try
            {
                // CloudFormation matches the whole value.
                if (!Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.CultureInvariant, PatternTimeout))
                {
                    return Say.T("{0} does not match the pattern {1}.", parameter.Key, pattern);
                }
            }
            catch (ArgumentException)
            {
                return null; // A pattern .NET cannot read is left to the cloud to apply.
            }
            catch (RegexMatchTimeoutException)
            {
                return Say.T("{0} could not be checked against {1}.", parameter.Key, pattern);
            }
        }

        return null;
    }
}
