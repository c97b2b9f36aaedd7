using System.Text;
using System.Text.Json;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Identity.Roles;

/// <summary>
/// Checks an IAM policy document before it is sent: JSON syntax (with the line where it breaks) and the
/// shape IAM insists on (an object with a Statement of objects, each with Effect Allow or Deny).
/// </summary>
public static class PolicyDocumentCheck
{
    private static readonly JsonDocumentOptions Strict = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    public static PolicyProblem? Find(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new PolicyProblem(1, 1, Say.T("The policy is empty."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Strict);
        }
        catch (JsonException error)
        {
            return new PolicyProblem((int)(error.LineNumber ?? 0) + 1, (int)(error.BytePositionInLine ?? 0) + 1, SyntaxMessage(error));
        }

        using (document)
        {
            return FindShapeProblem(json, document.RootElement);
        }
    }

    private static PolicyProblem? FindShapeProblem(string json, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new PolicyProblem(1, 1, Say.T("A policy is a JSON object ({ ... })."));
        }

        if (!root.TryGetProperty("Statement", out var statement))
        {
            return new PolicyProblem(1, 1, Say.T("A policy needs a \"Statement\"."));
        }

        var statements = statement.ValueKind == JsonValueKind.Array ? [.. statement.EnumerateArray()] : new[] { statement };
        var starts = StatementStarts(json);
        for (var i = 0; i < statements.Length; i++)
        {
            var (line, column) = i < starts.Count ? starts[i] : (1, 1);
            if (statements[i].ValueKind != JsonValueKind.Object)
            {
                return new PolicyProblem(line, column, Say.T("Statement {0} is not an object.", i + 1));
            }

            if (!statements[i].TryGetProperty("Effect", out var effect) || effect.ValueKind != JsonValueKind.String
                || effect.GetString() is not ("Allow" or "Deny"))
            {
                return new PolicyProblem(line, column, Say.T("Statement {0} needs \"Effect\": \"Allow\" or \"Deny\".", i + 1));
            }
        }

        return null;
    }

    /// <summary>Line and column of each statement (its opening brace), found by reading the tokens.</summary>
    private static List<(int Line, int Column)> StatementStarts(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        var starts = new List<(int, int)>();
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            var isStatement = reader.ValueTextEquals("Statement");
            reader.Read();
            if (!isStatement)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                starts.Add(Position(bytes, (int)reader.TokenStartIndex));
                break;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                starts.Add(Position(bytes, (int)reader.TokenStartIndex));
                reader.Skip();
            }

            break;
        }

        return starts;
    }

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static string SyntaxMessage(JsonException error)
    {
        // System.Text.Json appends "Path: $ | LineNumber: 2 | BytePositionInLine: 4." (or just the last two); the position is shown separately.
        var message = error.Message;
        var cuts = new[] { message.IndexOf(" Path:", StringComparison.Ordinal), message.IndexOf(" LineNumber:", StringComparison.Ordinal) }.Where(i => i > 0);
        return Say.T("Not valid JSON: ") + (cuts.Any() ? message[..cuts.Min()] : message);
    }
}
