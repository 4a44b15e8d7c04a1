using System.Buffers;

namespace MassarDalil.Web.Caching;

/// <summary>
/// A response body passed on unchanged, and copied as it goes up to a limit (see <see cref="PageHitMiddleware"/>),
/// when <paramref name="wanted"/>, asked at the first write (routing has chosen the endpoint by then), says so: static
/// files and media pass through without a copy.
/// </summary>
/// <remarks>
/// The copy is made in pooled buffers: after a publish every request for a page copies it until one copy is kept, and
/// a MemoryStream doubling from 256 bytes left about ten arrays behind for an FAQ page, the last on the large object
/// heap (a fifth of that heap's allocations while an editor published every second; tests/load/README.md).
/// </remarks>
internal sealed class ResponseCopy(Stream inner, int limit, Func<bool> wanted) : Stream
{
    private const int FirstBufferBytes = 16 * 1024;

    private byte[] _copy = [];
    private int _length;
    private bool? _copying;

    /// <summary>The copy is not the whole body: more than the limit was written, or it was not wanted.</summary>
    public bool Incomplete => Overflowed || _copying == false;

    private bool Overflowed { get; set; }

    /// <summary>How many bytes were copied.</summary>
    public long Copied => _length;

    public byte[] ToArray() => _copy.AsSpan(0, _length).ToArray();

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
        if (disposing && _copy.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_copy);
            _copy = [];
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
        if (_length + bytes.Length > limit)
        {
            Overflowed = true;
            return;
        }
        if (_length + bytes.Length > _copy.Length)
        {
            Grow(_length + bytes.Length);
        }
        bytes.CopyTo(_copy.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(FirstBufferBytes, _copy.Length * 2)));
        _copy.AsSpan(0, _length).CopyTo(larger);
        if (_copy.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_copy);
        }
        _copy = larger;
    }
}
