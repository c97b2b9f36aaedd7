using System.Security.Cryptography;

namespace EucaConsole.Domain.Identity.Access;

/// <summary>A random console password that meets IAM's strictest default policy (upper, lower, digit, symbol), from a cryptographic source.</summary>
public static class PasswordGenerator
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!@#$%^&*()-_=+[]{}";

    public static string Next(int length = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 8);
        var all = Upper + Lower + Digits + Symbols;
        var chars = new[] { Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols) }
            .Concat(Enumerable.Range(0, length - 4).Select(_ => Pick(all))).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
