namespace EucaConsole.Domain.Caching;

/// <summary>How long a cached value lives (the old console's dogpile regions); lifetimes come from configuration.</summary>
public enum CacheRegion
{
    ShortTerm,
    DefaultTerm,
    LongTerm,
    ExtraLongTerm,
}
