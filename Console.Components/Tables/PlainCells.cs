using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace EucaConsole.Components.Tables;

/// <summary>
/// Table cells of plain text written as HTML, so a run of them is one render frame instead of two per
/// cell (the text encoded: a cell shows what the cloud sent, never markup).
/// </summary>
internal static class PlainCells
{
    public static void Append(StringBuilder cells, string? text)
    {
        cells.Append("<td>");
        if (!string.IsNullOrEmpty(text))
        {
            cells.Append(HtmlEncoder.Default.Encode(text));
        }

        cells.Append("</td>");
    }

    /// <summary>The run so far as one markup frame; the builder starts the next run.</summary>
    public static MarkupString Take(StringBuilder cells)
    {
        var markup = new MarkupString(cells.ToString());
        cells.Clear();
        return markup;
    }
}
