namespace EucaConsole.LoadTest.Client;

/// <summary>
/// Applies render batches the way the browser's renderer does (logical children: a region's frames sit
/// directly in its parent, a component is one child holding what it renders), keeping the page's
/// elements and event handler ids. Not thread-safe: one circuit applies its batches in order.
/// </summary>
internal sealed class Dom
{
    private readonly Dictionary<int, DomComponent> _components = [];

    public int ComponentCount => _components.Count;

    public void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.Diffs)
        {
            ApplyDiff(diff, batch.Frames);
        }

        foreach (var id in batch.DisposedComponentIds)
        {
            _components.Remove(id);
        }
    }

    /// <summary>Every element on the page (each component's own content once).</summary>
    public IEnumerable<DomElement> Elements() => _components.Values.SelectMany(c => Walk(c));

    public DomElement? Find(Func<DomElement, bool> match) => Elements().FirstOrDefault(match);

    public DomElement? ByTestId(string testId) => Find(e => e.Attribute("data-testid") == testId);

    /// <summary>A list's first row: the bare page marks its rows with a test id, the console names each by its data-key.</summary>
    public DomElement? FirstRow() => Find(e => e.Name == "tr" && (e.Attribute("data-testid") == "rt-row" || e.Attribute("data-key") is not null));

    private static IEnumerable<DomElement> Walk(DomContainer container)
    {
        foreach (var child in container.Children)
        {
            if (child is DomElement element)
            {
                yield return element;
                foreach (var inner in Walk(element))
                {
                    yield return inner;
                }
            }
        }
    }

    private DomComponent Component(int id)
    {
        if (!_components.TryGetValue(id, out var component))
        {
            component = new DomComponent(id);
            _components[id] = component;
        }

        return component;
    }

    private void ApplyDiff(ComponentDiff diff, Frame[] frames)
    {
        DomContainer parent = Component(diff.ComponentId);
        var moves = new List<(int From, int To)>();
        foreach (var edit in diff.Edits)
        {
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    InsertFrame(parent, edit.SiblingIndex, frames, edit.Other);
                    break;
                case EditType.RemoveFrame:
                    if (edit.SiblingIndex < parent.Children.Count)
                    {
                        parent.Children.RemoveAt(edit.SiblingIndex);
                    }

                    break;
                case EditType.SetAttribute:
                    (Child(parent, edit.SiblingIndex) as DomElement)?.Apply(frames[edit.Other]);
                    break;
                case EditType.RemoveAttribute:
                    (Child(parent, edit.SiblingIndex) as DomElement)?.Remove(edit.RemovedAttributeName ?? string.Empty);
                    break;
                case EditType.UpdateText:
                case EditType.UpdateMarkup:
                    if (Child(parent, edit.SiblingIndex) is DomText text)
                    {
                        text.Text = frames[edit.Other].Text ?? string.Empty;
                    }

                    break;
                case EditType.StepIn:
                    parent = Child(parent, edit.SiblingIndex) as DomContainer
                        ?? throw new InvalidDataException($"Step into sibling {edit.SiblingIndex}, which is not an element.");
                    break;
                case EditType.StepOut:
                    parent = parent.Parent ?? throw new InvalidDataException("Step out of the component's root.");
                    break;
                case EditType.PermutationListEntry:
                    moves.Add((edit.SiblingIndex, edit.Other));
                    break;
                case EditType.PermutationListEnd:
                    var before = parent.Children.ToArray();
                    foreach (var (from, to) in moves)
                    {
                        parent.Children[to] = before[from];
                    }

                    moves.Clear();
                    break;
                default:
                    throw new InvalidDataException($"Unknown edit type {edit.Type}.");
            }
        }
    }

    private static DomNode? Child(DomContainer parent, int index) => index < parent.Children.Count ? parent.Children[index] : null;

    private int InsertFrame(DomContainer parent, int index, Frame[] frames, int frameIndex)
    {
        var frame = frames[frameIndex];
        switch (frame.Type)
        {
            case FrameType.Element:
                var element = new DomElement(frame.Text ?? string.Empty);
                parent.Insert(index, element);
                var end = frameIndex + frame.SubtreeLength;
                for (var d = frameIndex + 1; d < end; d++)
                {
                    if (frames[d].Type == FrameType.Attribute)
                    {
                        element.Apply(frames[d]);
                    }
                    else
                    {
                        InsertRange(element, 0, frames, d, end);
                        break;
                    }
                }

                return 1;
            case FrameType.Text:
            case FrameType.Markup:
                parent.Insert(index, new DomText(frame.Text ?? string.Empty));
                return 1;
            case FrameType.Component:
                var component = Component(frame.ComponentId);
                component.Parent?.Children.Remove(component);
                parent.Insert(index, component);
                return 1;
            case FrameType.Region:
                return InsertRange(parent, index, frames, frameIndex + 1, frameIndex + frame.SubtreeLength);
            default:
                return 0;
        }
    }

    private int InsertRange(DomContainer parent, int index, Frame[] frames, int start, int endExclusive)
    {
        var first = index;
        for (var i = start; i < endExclusive; i++)
        {
            index += InsertFrame(parent, index, frames, i);
            if (frames[i].Type is FrameType.Element or FrameType.Component or FrameType.Region)
            {
                i += frames[i].SubtreeLength - 1;
            }
        }

        return index - first;
    }
}
