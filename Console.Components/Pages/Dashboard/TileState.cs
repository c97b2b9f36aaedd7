namespace EucaConsole.Components.Pages.Dashboard;

public enum TileState
{
    Loading,
    Loaded,
    Failed,
}
