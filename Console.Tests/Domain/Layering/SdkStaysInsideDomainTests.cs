using System.Reflection;
using EucaConsole.Domain.Cloud;

namespace EucaConsole.Tests.Domain.Layering;

/// <summary>
/// Components and the host never see an AWS SDK type: no public type of Console.Domain is one, derives from
/// one, or names one in a visible member. The compiler then refuses any use of the SDK outside the domain.
/// </summary>
public sealed class SdkStaysInsideDomainTests
{
    [Fact]
    public void No_public_type_of_the_domain_exposes_an_aws_sdk_type()
    {
        var offenders = typeof(CloudException).Assembly.GetExportedTypes()
            .SelectMany(t => SdkTypesIn(t).Select(s => $"{t.FullName}: {s}"))
            .Distinct()
            .ToList();
        Assert.True(offenders.Count == 0, "Public domain types exposing the AWS SDK:\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("Console.Components")]
    [InlineData("Console.Server")]
    public void The_ui_and_the_host_do_not_reference_the_aws_sdk_directly(string project)
    {
        var assembly = Assembly.Load(project);
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("AWSSDK", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SdkTypesIn(Type type)
    {
        const BindingFlags visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        for (var b = type.BaseType; b is not null; b = b.BaseType)
        {
            if (IsSdk(b))
            {
                yield return "derives from " + b.Name;
            }
        }

        foreach (var i in type.GetInterfaces().Where(IsSdk))
        {
            yield return "implements " + i.Name;
        }

        foreach (var member in type.GetMembers(visible).Concat(type.GetMembers(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .Where(m => m is MethodBase { IsFamily: true } or MethodBase { IsFamilyOrAssembly: true })))
        {
            var types = member switch
            {
                MethodBase method => method.GetParameters().Select(p => p.ParameterType)
                    .Concat(method is MethodInfo m ? [m.ReturnType] : []),
                PropertyInfo property => [property.PropertyType],
                FieldInfo field => [field.FieldType],
                EventInfo e => [e.EventHandlerType!],
                _ => [],
            };
            foreach (var t in types.SelectMany(Flatten).Where(IsSdk))
            {
                yield return $"{member.Name} uses {t.Name}";
            }
        }
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }

    private static bool IsSdk(Type type) => type.Assembly.GetName().Name!.StartsWith("AWSSDK", StringComparison.Ordinal);
}
