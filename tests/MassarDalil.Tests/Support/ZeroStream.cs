namespace MassarDalil.Tests.Support;

/// <summary>A body of <paramref name="length"/> zero bytes produced as it is sent, so a test can post 30 MB without holding them.</summary>
public sealed class ZeroStream(long length) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => true; // so HttpClient knows the length and sends Content-Length, as browsers do
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
