using EucaConsole.Domain.Cloud;

namespace EucaConsole.Components.Resources;

/// <summary>
/// A read a detail makes for itself (user data, permissions, policies): loading, its value, or the cloud's
/// error to show with a Retry. It belongs to the panel: a new read (another item) cancels the last one, and
/// so does closing the panel (<see cref="Dispose"/>).
/// </summary>
public sealed class PanelRead<T> : IDisposable
{
    private CancellationTokenSource? _reading;
    private Func<CancellationToken, Task<T>>? _last;

    public bool Loading { get; private set; }

    public T? Value { get; private set; }

    /// <summary>The read finished with a value (which may itself be null: no user data).</summary>
    public bool HasValue { get; private set; }

    public CloudException? Error { get; private set; }

    /// <summary>What was read last is for this key (an item's id): no need to read again.</summary>
    public string? Key { get; private set; }

    /// <summary>Reads for <paramref name="key"/> unless that is what is shown already.</summary>
    public Task ForAsync(string key, Func<CancellationToken, Task<T>> read) =>
        key == Key ? Task.CompletedTask : ReadAsync(key, read);

    /// <summary>Reads again what was read last (the Retry button).</summary>
    public Task RetryAsync() => _last is null || Key is null ? Task.CompletedTask : ReadAsync(Key, _last);

    private async Task ReadAsync(string key, Func<CancellationToken, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _reading?.Cancel();
        _reading?.Dispose();
        var reading = _reading = new CancellationTokenSource();
        Key = key;
        _last = read;
        Loading = true;
        Value = default;
        HasValue = false;
        Error = null;
        try
        {
            var value = await read(reading.Token).ConfigureAwait(true);
            if (!reading.IsCancellationRequested)
            {
                Value = value;
                HasValue = true;
            }
        }
        catch (CloudException error) when (!reading.IsCancellationRequested)
        {
            Error = error;
        }
        catch (OperationCanceledException) when (reading.IsCancellationRequested)
        {
            // Another item, or the panel closed: nobody waits for this answer.
        }
        finally
        {
            if (ReferenceEquals(_reading, reading))
            {
                Loading = false;
            }
        }
    }

    public void Dispose()
    {
        _reading?.Cancel();
        _reading?.Dispose();
        _reading = null;
    }
}
