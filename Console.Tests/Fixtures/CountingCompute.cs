using System.Reflection;
using EucaConsole.Domain.Compute;

namespace EucaConsole.Tests.Fixtures;

/// <summary>Wraps the real compute service and counts the cloud calls that reach it, per method.</summary>
public class CountingCompute : DispatchProxy
{
    private IAllCompute _inner = default!;
    private readonly Dictionary<string, int> _calls = [];

    public static (IAllCompute Service, CountingCompute Counter) Wrap(IAllCompute inner)
    {
        var proxy = Create<IAllCompute, CountingCompute>();
        var counter = (CountingCompute)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    public int Calls(string method)
    {
        lock (_calls)
        {
            return _calls.GetValueOrDefault(method);
        }
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        lock (_calls)
        {
            _calls[targetMethod.Name] = _calls.GetValueOrDefault(targetMethod.Name) + 1;
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw error.InnerException;
        }
    }
}
