using System.Security.Cryptography;
using System.Text;

namespace EucaConsole.Domain.Caching;

/// <summary>
/// The one key generator: namespace + scope + arguments, hashed. The namespace stays readable (for
/// operators); scope and arguments are hashed to a fixed length that reveals neither. The same call
/// with the same arguments gives the same key, which is how a mutation invalidates what it changed.
/// </summary>
public readonly record struct CacheKey(string Namespace, string Value)
{
    public static CacheKey For(string @namespace, CacheScope scope, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        ArgumentNullException.ThrowIfNull(arguments);
        var text = new StringBuilder(scope.Value);
        foreach (var argument in arguments)
        {
            // Length-prefixed so ("a,b") and ("a","b") can never collide.
            var part = argument switch
            {
                null => "\0",
                IEnumerable<string> list => string.Join('\u001f', list),
                IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => argument.ToString() ?? string.Empty,
            };
            text.Append('\u001e').Append(part.Length).Append(':').Append(part);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new(@namespace, $"euca:{@namespace}:{hash}");
    }

    public override string ToString() => Value;
}
