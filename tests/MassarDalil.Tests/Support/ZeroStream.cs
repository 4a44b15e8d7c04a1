namespace MassarDalil.Tests.Support;

/// <summary>A body of <paramref name="length"/> zero bytes produced as it is sent, so a test can post 30 MB without holding them.</summary>
/// <param name="announced">
/// Whether HttpClient can know the length and send Content-Length, as browsers do; without it the body goes out
/// chunked, as a script's upload may.
/// </param>
public sealed class ZeroStream(long length, bool announced = true) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => announced;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get; set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - Position);
        Array.Clear(buffer, offset, n);
        Position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => Position + offset,
        _ => length + offset,
    };

    public override void Flush() { }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
