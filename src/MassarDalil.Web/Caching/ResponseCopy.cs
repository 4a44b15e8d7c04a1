namespace MassarDalil.Web.Caching;

/// <summary>
/// A response body passed on unchanged, and copied as it goes up to a limit (see <see cref="PageHitMiddleware"/>),
/// when <paramref name="wanted"/>, asked at the first write (routing has chosen the endpoint by then), says so: static
/// files and media pass through without a copy.
/// </summary>
internal sealed class ResponseCopy(Stream inner, int limit, Func<bool> wanted) : Stream
{
    private readonly MemoryStream _copy = new();
    private bool? _copying;

    /// <summary>The copy is not the whole body: more than the limit was written, or it was not wanted.</summary>
    public bool Incomplete => Overflowed || _copying == false;

    private bool Overflowed { get; set; }

    /// <summary>How many bytes were copied.</summary>
    public long Copied => _copy.Length;

    public byte[] ToArray() => _copy.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _copy.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        _copying ??= wanted();
        if (_copying == false || Overflowed)
        {
            return;
        }
        if (_copy.Length + bytes.Length > limit)
        {
            Overflowed = true;
            return;
        }
        _copy.Write(bytes);
    }
}
