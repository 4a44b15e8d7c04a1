namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// A request body read through a count that stops at <paramref name="max"/> bytes: the media upload's limit for a
/// body sent without its length (<see cref="MediaUploadLimitAttribute"/>).
/// </summary>
internal sealed class CountedBody(Stream inner, long max) : Stream
{
    private long read;

    /// <summary>The body went past the limit; nothing after it was read.</summary>
    public sealed class TooLargeException() : IOException("The request body is larger than the upload limit.");

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Counted(int n)
    {
        read += n;
        return read > max ? throw new TooLargeException() : n;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
