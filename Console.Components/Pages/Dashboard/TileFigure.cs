namespace EucaConsole.Components.Pages.Dashboard;

/// <summary>One number on a dashboard tile, e.g. "running 3".</summary>
public sealed record TileFigure(string Label, int Count);
