namespace EucaConsole.LoadTest.Client;

/// <summary>Frame kinds as Blazor numbers them in a render batch (RenderTreeFrameType).</summary>
internal enum FrameType
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
}

/// <summary>Edit kinds as Blazor numbers them (RenderTreeEditType).</summary>
internal enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>One frame of the batch's reference frames; which fields mean something depends on <see cref="Type"/>.</summary>
/// <param name="SubtreeLength">Element, component, region: this frame and its descendants.</param>
/// <param name="Text">Element: its name; attribute: its name; text and markup: the content.</param>
/// <param name="Value">Attribute: its value (null for an event handler or a valueless attribute).</param>
internal readonly record struct Frame(FrameType Type, int SubtreeLength, string? Text, string? Value, ulong EventHandlerId, int ComponentId);

/// <param name="Other">Reference frame index, or for a permutation entry the index moved to.</param>
internal readonly record struct Edit(EditType Type, int SiblingIndex, int Other, string? RemovedAttributeName);

internal sealed record ComponentDiff(int ComponentId, IReadOnlyList<Edit> Edits);

internal sealed record RenderBatch(IReadOnlyList<ComponentDiff> Diffs, Frame[] Frames, IReadOnlyList<int> DisposedComponentIds);
