namespace EucaConsole.Server.Hosting;

/// <summary>The size of one message the browser may send over the circuit.</summary>
public static class HubLimits
{
    /// <summary>
    /// 1 MB: a 51,200-byte CloudFormation template (the largest text any form takes) arrives even when
    /// JSON escaping doubles it, with room to spare; text over a field's own limit still arrives, so the
    /// form can refuse it and name the limit instead of losing it.
    /// </summary>
    public const long MaximumReceiveMessageSize = 1024 * 1024;
}
