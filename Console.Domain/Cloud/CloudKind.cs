namespace EucaConsole.Domain.Cloud;

/// <summary>Which kind of cloud a profile reaches; decides how service endpoints are derived.</summary>
public enum CloudKind
{
    Aws,
    Eucalyptus,
    Sandbox,
}
