using System.Text.Json;

namespace EucaConsole.Tests.Fixtures;

/// <summary>Records holding lists compare those lists by reference; this compares whole values by content.</summary>
public static class StructuralAssert
{
    public static void Equal<T>(T expected, T actual) => Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
