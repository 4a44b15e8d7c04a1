namespace MassarDalil.Web.Caching;

/// <summary>A response body passed on unchanged, and copied as it goes up to a limit (see <see cref="PageHitMiddleware"/>).</summary>
internal sealed class ResponseCopy(Stream inner, int limit) : Stream
{
    private readonly MemoryStream _copy = new();

    /// <summary>More than the limit was written: the copy is incomplete.</summary>
    public bool Overflowed { get; private set; }

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
        if (Overflowed || _copy.Length + bytes.Length > limit)
        {
            Overflowed = true;
            return;
        }
        _copy.Write(bytes);
    }
}
