using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace EucaConsole.Domain.Caching;

/// <summary>
/// A value that decoded is not yet a value the pages can use: another version of the console, or a
/// tampered store, can leave records whose required fields are null. This walks a decoded value and
/// reports the first null where the domain's records do not allow one (per nullable annotations), so
/// the cache treats it like garbage: a miss, logged, counted, replaced.
/// </summary>
public static class DecodedValueCheck
{
    private static readonly ConcurrentDictionary<Type, RequiredField[]> Required = new();
    private static readonly NullabilityInfoContext Nullability = new();

    /// <returns>Null when whole; else where the first missing field is.</returns>
    public static string? Problem(object? value) => Problem(value, depth: 0);

    private static string? Problem(object? value, int depth)
    {
        if (value is null)
        {
            return "null value";
        }

        if (depth > 8 || value is string || value.GetType().IsPrimitive || value is DateTimeOffset or DateTime or decimal or Guid)
        {
            return null;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (Problem(item, depth + 1) is { } inner)
                {
                    return $"item {index}: {inner}";
                }

                index++;
            }

            return null;
        }

        foreach (var required in RequiredOf(value.GetType()))
        {
            var field = required.Get(value);
            if (field is null)
            {
                return $"{value.GetType().Name}.{required.Name} is missing";
            }

            if (required.LookInside && Problem(field, depth + 1) is { } inner)
            {
                return $"{value.GetType().Name}.{required.Name}: {inner}";
            }
        }

        return null;
    }

    /// <summary>
    /// The type's readable reference-typed properties that its annotations say are never null, with compiled
    /// getters: a store hit checks every field of 15,000 images, so reflection per read would cost tens of ms.
    /// </summary>
    private static RequiredField[] RequiredOf(Type type) => Required.GetOrAdd(type, static t =>
    {
        lock (Nullability)
        {
            return [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType
                    && Nullability.Create(p).ReadState == NullabilityState.NotNull)
                .Select(p => new RequiredField(p.Name, Getter(t, p), p.PropertyType != typeof(string)))];
        }
    });

    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var instance = System.Linq.Expressions.Expression.Parameter(typeof(object), "instance");
        var read = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(instance, type), property);
        return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(
            System.Linq.Expressions.Expression.Convert(read, typeof(object)), instance).Compile();
    }

    /// <param name="LookInside">False for strings: present is all they need to be.</param>
    private sealed record RequiredField(string Name, Func<object, object?> Get, bool LookInside);
}
