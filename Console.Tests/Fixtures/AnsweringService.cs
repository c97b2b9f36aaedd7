using System.Collections.Concurrent;
using System.Reflection;

namespace EucaConsole.Tests.Fixtures;

/// <summary>
/// A service whose methods answer as a test says (by method name) and record every call; a method
/// the test did not answer throws, so an unexpected cloud call fails the test.
/// </summary>
public class AnsweringService<T> : DispatchProxy
    where T : class
{
    private readonly ConcurrentDictionary<string, Func<object?[], object?>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Method, object?[] Args)> _calls = new();

    public IReadOnlyList<(string Method, object?[] Args)> Calls => [.. _calls];

    public int CallsTo(string method) => _calls.Count(c => c.Method == method);

    /// <summary>Answers <paramref name="method"/> with a completed task of <paramref name="value"/> (give TResult as the interface declares it).</summary>
    public AnsweringService<T> Returns<TResult>(string method, TResult value) => On(method, _ => Task.FromResult(value));

    public AnsweringService<T> Completes(string method) => On(method, _ => Task.CompletedTask);

    public AnsweringService<T> Throws(string method, Exception error) => On(method, _ => throw error);

    public AnsweringService<T> On(string method, Func<object?[], object?> answer)
    {
        _answers[method] = answer;
        return this;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        _calls.Enqueue((targetMethod.Name, args ?? []));
        return _answers.TryGetValue(targetMethod.Name, out var answer)
            ? answer(args ?? [])
            : throw new NotSupportedException($"{typeof(T).Name}.{targetMethod.Name} was not expected");
    }
}

/// <summary>Makes <see cref="AnsweringService{T}"/> fakes.</summary>
public static class AnsweringService
{
    public static (T Service, AnsweringService<T> Fake) Create<T>()
        where T : class
    {
        var proxy = DispatchProxy.Create<T, AnsweringService<T>>();
        return (proxy, (AnsweringService<T>)(object)proxy);
    }
}
