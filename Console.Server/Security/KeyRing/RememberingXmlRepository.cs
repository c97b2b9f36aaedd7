using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using StackExchange.Redis;

namespace EucaConsole.Server.Security.KeyRing;

/// <summary>
/// The Data Protection key ring in Redis, remembered by this process: when Redis cannot be reached the
/// keys this process has seen still answer, and when Redis comes back without them (restarted empty)
/// they are written back, so every process keeps agreeing on one ring instead of each making its own
/// and rejecting the others' cookies. A key made while Redis was down is stored once it answers.
/// </summary>
public sealed partial class RememberingXmlRepository(IXmlRepository redis, ILogger logger) : IXmlRepository
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, XElement> _known = new(StringComparer.Ordinal);

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        IReadOnlyCollection<XElement> stored;
        try
        {
            stored = redis.GetAllElements();
        }
        catch (Exception error) when (IsOutage(error))
        {
            LogOutage(logger, error.Message);
            lock (_gate)
            {
                return [.. _known.Values];
            }
        }

        List<XElement> missing;
        lock (_gate)
        {
            var storedIds = stored.Select(Identity).ToHashSet(StringComparer.Ordinal);
            foreach (var element in stored)
            {
                _known[Identity(element)] = element;
            }

            missing = [.. _known.Where(k => !storedIds.Contains(k.Key)).Select(k => k.Value)];
        }

        foreach (var element in missing)
        {
            try
            {
                redis.StoreElement(element, FriendlyName(element));
            }
            catch (Exception error) when (IsOutage(error))
            {
                LogOutage(logger, error.Message);
                break;
            }
        }

        if (missing.Count > 0)
        {
            LogRestored(logger, missing.Count);
        }

        return [.. stored, .. missing];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        lock (_gate)
        {
            _known[Identity(element)] = element;
        }

        try
        {
            redis.StoreElement(element, friendlyName);
        }
        catch (Exception error) when (IsOutage(error))
        {
            // Kept here; written on the next read that reaches Redis.
            LogOutage(logger, error.Message);
        }
    }

    /// <summary>A key by its id; anything else (a revocation) by its whole text.</summary>
    private static string Identity(XElement element) =>
        (string?)element.Attribute("id") ?? element.ToString(SaveOptions.DisableFormatting);

    private static string FriendlyName(XElement element) =>
        (string?)element.Attribute("id") is { } id ? "key-" + id : "element-" + Guid.NewGuid().ToString("N");

    private static bool IsOutage(Exception error) => error is RedisException or TimeoutException or ObjectDisposedException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Data Protection key ring in Redis cannot be reached ({Reason}); the keys this process holds are used")]
    private static partial void LogOutage(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis had lost {Count} Data Protection key ring element(s); written back from this process's copy")]
    private static partial void LogRestored(ILogger logger, int count);
}
