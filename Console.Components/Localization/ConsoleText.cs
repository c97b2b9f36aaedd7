namespace EucaConsole.Components.Localization;

/// <summary>
/// The console's user-visible text, one table for all components (translators see every string in one
/// place). The English text is the key and the default: a string missing from a language's
/// ConsoleText.{culture}.resx shows in English.
/// </summary>
public sealed class ConsoleText;
