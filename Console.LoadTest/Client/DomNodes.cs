namespace EucaConsole.LoadTest.Client;

/// <summary>A node of the page as the client keeps it: enough of the DOM to find elements and their event handlers.</summary>
internal abstract class DomNode
{
    public DomContainer? Parent { get; set; }
}

internal abstract class DomContainer : DomNode
{
    public List<DomNode> Children { get; } = [];

    public void Insert(int index, DomNode node)
    {
        node.Parent = this;
        Children.Insert(Math.Clamp(index, 0, Children.Count), node);
    }
}

/// <summary>A component's place in its parent; its children are what the component renders.</summary>
internal sealed class DomComponent(int componentId) : DomContainer
{
    public int ComponentId { get; } = componentId;
}

internal sealed class DomElement(string name) : DomContainer
{
    public string Name { get; } = name;

    public Dictionary<string, string?> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name ("click", "input") → the handler id the server assigned in its latest render.</summary>
    public Dictionary<string, ulong> Handlers { get; } = new(StringComparer.Ordinal);

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);

    public void Apply(in Frame attribute)
    {
        var name = attribute.Text ?? string.Empty;
        if (attribute.EventHandlerId != 0)
        {
            Handlers[name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name] = attribute.EventHandlerId;
        }
        else
        {
            Attributes[name] = attribute.Value;
        }
    }

    public void Remove(string name)
    {
        Attributes.Remove(name);
        if (name.StartsWith("on", StringComparison.Ordinal))
        {
            Handlers.Remove(name[2..]);
        }
    }

    /// <summary>The element's text, as a person reads it (components' content included).</summary>
    public string InnerText => string.Concat(Texts(this));

    private static IEnumerable<string> Texts(DomContainer container)
    {
        foreach (var child in container.Children)
        {
            if (child is DomText text)
            {
                yield return text.Text;
            }
            else if (child is DomContainer inner)
            {
                foreach (var part in Texts(inner))
                {
                    yield return part;
                }
            }
        }
    }
}

/// <summary>Text or markup.</summary>
internal sealed class DomText(string text) : DomNode
{
    public string Text { get; set; } = text;
}
