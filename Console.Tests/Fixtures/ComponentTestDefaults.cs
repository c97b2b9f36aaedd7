using System.Runtime.CompilerServices;

namespace EucaConsole.Tests.Fixtures;

/// <summary>Settings every bUnit test shares, made once when the test assembly loads.</summary>
internal static class ComponentTestDefaults
{
    /// <summary>
    /// bUnit waits 1 s by default for a render to satisfy an assertion; with browser tests and servers
    /// sharing two cores that was not always enough. Only a ceiling: a passing wait returns as soon as it passes.
    /// </summary>
    [ModuleInitializer]
    internal static void Apply() => Bunit.BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
}
