using System.Reflection;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// A compute service whose DescribeInstances answers from a script (the last answer repeats) and whose
/// DescribeImages answers <see cref="Images"/>; anything else is unexpected.
/// </summary>
public class ScriptedCompute : DispatchProxy
{
    private readonly Queue<IReadOnlyList<Instance>> _answers = new();
    private IReadOnlyList<Instance> _last = [];

    public int DescribeCalls { get; private set; }

    /// <summary>What DescribeImages answers (the instances page names images with it).</summary>
    public IReadOnlyList<Image> Images { get; set; } = [];

    /// <summary>What GetUserData answers (the instance detail shows it).</summary>
    public string? UserData { get; set; }

    /// <summary>What DescribeInstanceSettings answers (the instance detail shows them); a setting changed is answered changed, as a cloud does.</summary>
    public InstanceSettings Settings { get; set; } = new(false, "stop");

    /// <summary>The setting changes asked for, in order ("SetShutdownBehaviorAsync(i-…, terminate)").</summary>
    public List<string> SettingChanges { get; } = [];

    public static (IAllCompute Service, ScriptedCompute Script) Create(params IReadOnlyList<Instance>[] answers)
    {
        var proxy = Create<IAllCompute, ScriptedCompute>();
        var script = (ScriptedCompute)(object)proxy;
        foreach (var answer in answers)
        {
            script._answers.Enqueue(answer);
        }

        return (proxy, script);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod?.Name == nameof(IAllCompute.DescribeImagesAsync))
        {
            return Task.FromResult(Images);
        }

        if (targetMethod?.Name == nameof(IAllCompute.DescribeInstanceSettingsAsync))
        {
            return Task.FromResult(Settings);
        }

        if (targetMethod?.Name is nameof(IAllCompute.SetTerminationProtectionAsync) or nameof(IAllCompute.SetShutdownBehaviorAsync))
        {
            SettingChanges.Add($"{targetMethod.Name}({string.Join(", ", args!.Take(2))})");
            Settings = targetMethod.Name == nameof(IAllCompute.SetTerminationProtectionAsync)
                ? Settings with { TerminationProtection = (bool)args![1]! }
                : Settings with { ShutdownBehavior = (string)args![1]! };
            return Task.CompletedTask;
        }

        if (targetMethod?.Name == nameof(IAllCompute.GetUserDataAsync))
        {
            return Task.FromResult(UserData);
        }

        if (targetMethod?.Name != nameof(IAllCompute.DescribeInstancesAsync))
        {
            throw new NotSupportedException($"{targetMethod?.Name} is not scripted");
        }

        DescribeCalls++;
        _last = _answers.Count > 0 ? _answers.Dequeue() : _last;
        return Task.FromResult(_last);
    }
}
