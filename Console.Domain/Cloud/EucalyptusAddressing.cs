namespace EucaConsole.Domain.Cloud;

/// <summary>How a Eucalyptus cloud exposes its services on the cloud host.</summary>
public enum EucalyptusAddressing
{
    /// <summary><c>compute.HOST:8773</c>, <c>tokens.HOST:8773</c>, ...</summary>
    DnsStyle,

    /// <summary><c>HOST:8773/services/compute</c>, <c>HOST:8773/services/Tokens</c>, ...</summary>
    PathStyle,
}
