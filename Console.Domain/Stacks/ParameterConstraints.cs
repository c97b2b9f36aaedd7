using System.Globalization;
using System.Text.RegularExpressions;

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
        return why is null ? null : parameter.ConstraintDescription is { Length: > 0 } described ? $"{why} (must be {described})" : why;
    }

    /// <summary>A plain decimal number: an optional minus, digits, an optional fraction (no exponent, no plus, no spaces).</summary>
    private static readonly Regex PlainNumber = new(@"^-?\d{1,28}(\.\d{1,28})?$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private static string? Problem(TemplateParameter parameter, string value)
    {
        if (value.Any(char.IsControl))
        {
            return $"{parameter.Key} contains control characters (tabs, line breaks or others); type it without them.";
        }

        if (parameter.IsNumber)
        {
            if (!PlainNumber.IsMatch(value) || !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out var number))
            {
                return $"{parameter.Key} must be a plain number such as 3 or 2.5.";
            }

            if (parameter.MinValue is { } min && number < min)
            {
                return $"{parameter.Key} must be at least {min.ToString(CultureInfo.InvariantCulture)}.";
            }

            if (parameter.MaxValue is { } max && number > max)
            {
                return $"{parameter.Key} must be at most {max.ToString(CultureInfo.InvariantCulture)}.";
            }
        }

        if (parameter.AllowedValues.Count > 0 && !parameter.AllowedValues.Contains(value, StringComparer.Ordinal))
        {
            return $"{parameter.Key} must be one of {string.Join(", ", parameter.AllowedValues)}.";
        }

        if (parameter.MinLength is { } minLength && value.Length < minLength)
        {
            return $"{parameter.Key} must have at least {minLength} characters.";
        }

        if (parameter.MaxLength is { } maxLength && value.Length > maxLength)
        {
            return $"{parameter.Key} must have at most {maxLength} characters.";
        }

        if (parameter.AllowedPattern is { Length: > 0 } pattern)
        {
            try
            {
                // CloudFormation matches the whole value.
                if (!Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.CultureInvariant, PatternTimeout))
                {
                    return $"{parameter.Key} does not match the pattern {pattern}.";
                }
            }
            catch (ArgumentException)
            {
                return null; // A pattern .NET cannot read is left to the cloud to apply.
            }
            catch (RegexMatchTimeoutException)
            {
                return $"{parameter.Key} could not be checked against {pattern}.";
            }
        }

        return null;
    }
}
