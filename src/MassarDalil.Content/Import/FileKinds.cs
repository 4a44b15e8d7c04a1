using System.Buffers.Binary;
using System.Runtime.InteropServices;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>
/// What a path is, found without opening it: .NET reports a named pipe, a device and a socket as an ordinary file of
/// length 0, and opening one can block (a pipe) or never end (/dev/zero).
/// </summary>
internal static class FileKinds
{
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;

    /// <summary>What the file is when it is not an ordinary file (following links); null for an ordinary file.</summary>
    public static ProblemCode? NotRegular(string path)
    {
        if (OperatingSystem.IsLinux() && Mode(path) is { } mode)
        {
            return (mode & TypeMask) switch
            {
                0x8000 => null,
                0x4000 => ProblemCode.FileIsFolder,
                0x1000 => ProblemCode.FileIsPipe,
                0x2000 => ProblemCode.FileIsCharacterDevice,
                0x6000 => ProblemCode.FileIsBlockDevice,
                0xC000 => ProblemCode.FileIsSocket,
                _ => ProblemCode.FileIsSpecial,
            };
        }
        // REVIEW: elsewhere the type is not asked of the system; a pipe, a device and a socket all show a length of 0.
        return new FileInfo(path).Length == 0 ? ProblemCode.FileIsEmptyOrSpecial : null;
    }

    /// <summary>stx_mode from Linux's statx, whose layout is the same on every architecture; null when the call fails.</summary>
    private static int? Mode(string path)
    {
        var buffer = new byte[256];
        try
        {
            return Statx(-100 /* AT_FDCWD */, System.Text.Encoding.UTF8.GetBytes(path + "\0"), 0, StatxType, buffer) == 0 ? BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(ModeOffset)) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <param name="path">UTF-8 with a closing zero byte, as Linux takes it.</param>
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}
