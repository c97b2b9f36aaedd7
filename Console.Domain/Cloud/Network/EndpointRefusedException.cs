namespace EucaConsole.Domain.Cloud.Network;

/// <summary>The console declined to connect: <see cref="EndpointPolicy"/> refused every address of the host.</summary>
public sealed class EndpointRefusedException : Exception
{
    public EndpointRefusedException()
    {
    }

    public EndpointRefusedException(string message)
        : base(message)
    {
    }

    public EndpointRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
