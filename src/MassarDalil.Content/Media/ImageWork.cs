namespace MassarDalil.Content.Media;

/// <summary>
/// One upload's image decoded at a time in this process. An image at the pixel limit (30 megapixels by default) is
/// 120 MB once decoded and twice that while it is turned upright, so editors uploading at the same moment each wait
/// a second or two for their turn rather than the server holding all of their pictures decoded at once.
/// </summary>
public sealed class ImageWork : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _waiting;

    /// <summary>How many uploads are waiting for their turn.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Runs <paramref name="work"/> when no other image work runs.</summary>
    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _turn.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        try
        {
            return work();
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();
}
