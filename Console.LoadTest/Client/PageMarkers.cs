using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EucaConsole.LoadTest.Client;

/// <summary>The interactive server components a page's HTML asks the browser to start (its &lt;!--Blazor:{…}--&gt; markers).</summary>
internal static partial class PageMarkers
{
    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    public static IReadOnlyList<JsonObject> ServerComponents(string html) =>
        [.. Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value) as JsonObject)
            .OfType<JsonObject>()
            .Where(marker => (string?)marker["type"] == "server" && marker["descriptor"] is not null)];

    /// <summary>The UpdateRootComponents message blazor.web.js sends for these markers.</summary>
    public static string AddOperations(IReadOnlyList<JsonObject> markers)
    {
        var operations = new JsonArray();
        for (var i = 0; i < markers.Count; i++)
        {
            operations.Add(new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = markers[i].DeepClone(),
            });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }
}
