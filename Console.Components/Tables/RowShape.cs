using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Tables;

/// <summary>
/// What a table's rows look like for one set of shown columns in one language: runs of plain and
/// copyable cells, written as HTML once per item for the whole process and shared by every circuit
/// showing that item (<see cref="RunsFor"/>), with template cells between them rendered as usual.
/// A row's cells were two render frames each, and new strings per render, kept twice (the current
/// and the previous render tree) in every circuit.
/// </summary>
/// <remarks>
/// Every cell's text is HTML-encoded: a cell shows what the cloud sent, never markup. The copy button
/// is plain markup too; resource-table.js copies its <c>data-copy</c> and keeps the click from the row.
/// The cache lives as long as the items do (a reloaded list brings new items and new entries).
/// </remarks>
internal sealed class RowShape<T>
{
    private const int ShapesPerItem = 6;

    /// <summary>Enough for every table in every language with a few column choices each; past it, shapes are made per use.</summary>
    internal const int MaxShapes = 256;

    // Keyed by value (the table's name, not its column list's reference: a page may build its columns anew
    // on every visit), and bounded, so no visit pattern grows it for the life of the process.
    private static readonly ConcurrentDictionary<(string Table, string Columns, string Hidden, string Culture, bool Selectable), RowShape<T>> Shapes = new();

    private static readonly ConditionalWeakTable<object, ItemRuns> Made = new();

    private static readonly string CopyIcon =
        $"<svg class=\"rt-copy-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\">{MudBlazor.Icons.Material.Outlined.ContentCopy}</svg>";

    private readonly string _copyTitle;
    private readonly string _copyLabel;
    private readonly string? _selectLabel;
    private readonly CultureInfo _culture;

    private RowShape(IReadOnlyList<TableColumn<T>> shown, CultureInfo culture, string copyTitle, string copyLabel, string? selectLabel)
    {
        Shown = shown;
        _culture = culture;
        _copyTitle = HtmlEncoder.Default.Encode(copyTitle);
        _copyLabel = copyLabel;
        _selectLabel = selectLabel;
        var segments = new List<RowSegment<T>>();
        var runs = 0;
        var inRun = false;
        if (selectLabel is not null)
        {
            // The selection checkbox leads the first run, even when a template column comes first.
            segments.Add(new RowSegment<T>(runs++, null));
            inRun = true;
        }

        foreach (var column in shown)
        {
            if (column.Template is not null)
            {
                segments.Add(new RowSegment<T>(-1, column));
                inRun = false;
            }
            else if (!inRun)
            {
                segments.Add(new RowSegment<T>(runs++, null));
                inRun = true;
            }
        }

        Segments = segments;
        RunCount = runs;
    }

    public IReadOnlyList<TableColumn<T>> Shown { get; }

    /// <summary>In order: a run of markup cells (its number), or one template column.</summary>
    public IReadOnlyList<RowSegment<T>> Segments { get; }

    public int RunCount { get; }

    /// <summary>
    /// The shape for these columns with these hidden, in the current culture; one per process for
    /// each, so every circuit looking alike finds the same cached cells.
    /// </summary>
    /// <param name="table">The table's name (its list's source); with the columns' titles and kinds, it names the shape.</param>
    /// <param name="selectLabel">For a table with selection: the checkbox's label ("Select {0}"); it leads each row's markup.</param>
    public static RowShape<T> For(string table, IReadOnlyList<TableColumn<T>> columns, IReadOnlySet<string> hidden, string copyTitle, string copyLabel, string? selectLabel)
    {
        var culture = CultureInfo.CurrentCulture;
        var key = (table, Signature(columns), string.Join('\u001f', hidden.Order(StringComparer.Ordinal)),
            culture.Name + "|" + CultureInfo.CurrentUICulture.Name, selectLabel is not null);
        if (Shapes.TryGetValue(key, out var shape))
        {
            return shape;
        }

        shape = new RowShape<T>([.. columns.Where(c => !hidden.Contains(c.Title))], culture, copyTitle, copyLabel, selectLabel);
        return Shapes.Count < MaxShapes ? Shapes.GetOrAdd(key, shape) : shape;
    }

    private static string Signature(IReadOnlyList<TableColumn<T>> columns) =>
        string.Join('\u001f', columns.Select(c => $"{c.Title}\u001e{(c.Template is null ? "" : "t")}{(c.Html is null ? "" : "h")}{(c.Copyable ? "c" : "")}"));

    /// <summary>How many shapes the process keeps (for the test that it stays bounded).</summary>
    internal static int Count => Shapes.Count;

    /// <summary>
    /// The item's runs of cells in this shape (with its checkbox ticked or not, in a table with
    /// selection), made on first use and shared from then on.
    /// </summary>
    public MarkupString[] RunsFor(T item, string key, bool selected)
    {
        selected &= _selectLabel is not null;
        if (item is null)
        {
            return Make(item, key, selected);
        }

        var made = Made.GetValue(item, _ => new ItemRuns());
        lock (made)
        {
            for (var i = 0; i < made.Count; i++)
            {
                if (ReferenceEquals(made.Shapes[i], this) && made.Selected[i] == selected)
                {
                    return made.Runs[i];
                }
            }

            var runs = Make(item, key, selected);
            var slot = made.Count < ShapesPerItem ? made.Count++ : made.Next++ % ShapesPerItem;
            made.Shapes[slot] = this;
            made.Selected[slot] = selected;
            made.Runs[slot] = runs;
            return runs;
        }
    }

    /// <summary>A copy button's markup for a template column that is also copyable (rare: made per render).</summary>
    public MarkupString CopyButton(string text) => new(CopyButtonHtml(text));

    private MarkupString[] Make(T item, string key, bool selected)
    {
        var runs = new MarkupString[RunCount];
        var html = new StringBuilder();
        var run = 0;
        if (_selectLabel is not null)
        {
            // Ticked or not is per circuit: each item has both versions. The browser reports a change as
            // a rowselect on the table's body (Console.Components.lib.module.js).
            var label = HtmlEncoder.Default.Encode(string.Format(_culture, _selectLabel, key));
            html.Append("<td class=\"rt-check\"><input type=\"checkbox\" tabindex=\"-1\" aria-label=\"").Append(label)
                .Append(selected ? "\" data-select=\"true\" data-testid=\"rt-select\" checked></td>" : "\" data-select=\"true\" data-testid=\"rt-select\"></td>");
        }

        foreach (var column in Shown)
        {
            if (column.Template is not null)
            {
                if (html.Length > 0)
                {
                    runs[run++] = new MarkupString(html.ToString());
                    html.Clear();
                }

                continue;
            }

            AppendCell(html, column, item);
        }

        if (html.Length > 0)
        {
            runs[run] = new MarkupString(html.ToString());
        }

        return runs;
    }

    private void AppendCell(StringBuilder html, TableColumn<T> column, T item)
    {
        if (column.Html is { } cell)
        {
            html.Append("<td>").Append(cell(item)).Append("</td>");
            return;
        }

        var text = column.Text(item);
        if (!column.Copyable)
        {
            html.Append("<td>").Append(string.IsNullOrEmpty(text) ? string.Empty : HtmlEncoder.Default.Encode(text)).Append("</td>");
            return;
        }

        html.Append("<td class=\"rt-id\">");
        if (!string.IsNullOrEmpty(text))
        {
            html.Append(HtmlEncoder.Default.Encode(text)).Append(CopyButtonHtml(text));
        }

        html.Append("</td>");
    }

    private string CopyButtonHtml(string text)
    {
        var encoded = HtmlEncoder.Default.Encode(text);
        var label = HtmlEncoder.Default.Encode(string.Format(_culture, _copyLabel, text));
        return $"<button type=\"button\" class=\"rt-copy\" tabindex=\"-1\" title=\"{_copyTitle}\" aria-label=\"{label}\" data-copy=\"{encoded}\">{CopyIcon}</button>";
    }

    private sealed class ItemRuns
    {
        public readonly object?[] Shapes = new object?[ShapesPerItem];
        public readonly bool[] Selected = new bool[ShapesPerItem];
        public readonly MarkupString[][] Runs = new MarkupString[ShapesPerItem][];
        public int Count;
        public int Next;
    }
}

/// <summary>A piece of a row: run number <see cref="Run"/> of markup cells, or the template <see cref="Template"/>.</summary>
internal readonly record struct RowSegment<T>(int Run, TableColumn<T>? Template);
