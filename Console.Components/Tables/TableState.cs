namespace EucaConsole.Components.Tables;

public enum TableState
{
    Loading,
    Loaded,
    Failed,
}
