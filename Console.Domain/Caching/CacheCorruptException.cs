namespace EucaConsole.Domain.Caching;

/// <summary>A stored value that cannot be read back (garbage, truncated chunks, an older shape).</summary>
public sealed class CacheCorruptException : Exception
{
    public CacheCorruptException()
    {
    }

    public CacheCorruptException(string message)
        : base(message)
    {
    }

    public CacheCorruptException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
