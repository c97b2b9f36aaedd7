namespace EucaConsole.Components.Resources;

/// <summary>What a <see cref="ResourceList{T}"/> change touched: paging and sorting concern the table alone.</summary>
public enum ListChange
{
    /// <summary>The sort or the page of rows: only the table shows it.</summary>
    Rows,

    /// <summary>The selection: the table's boxes and the page's bulk actions.</summary>
    Selection,

    /// <summary>The query: the table's rows and the search bar's counts.</summary>
    Query,

    /// <summary>A load started, ended or failed.</summary>
    Load,
}
