namespace MassarDalil.Cli.Commands;

/// <summary>
/// <c>&lt;command&gt; &lt;path&gt; [--force]</c>. Arguments of the form <c>--Key=value</c> are configuration
/// (read by the host) and are skipped here; any other <c>--</c> word is an unknown option.
/// </summary>
internal sealed record CommandArguments(string Command, string Path, bool Force)
{
    public const string ForceFlag = "--force";

    public static CommandArguments? Parse(IReadOnlyList<string> args)
    {
        var words = args.Where(a => !IsConfiguration(a)).ToList();
        var force = words.Remove(ForceFlag);
        if (words.Any(w => w.StartsWith("--", StringComparison.Ordinal)) || words is not [var command, var path])
        {
            return null;
        }
        return new CommandArguments(command, path, force);
    }

    public static bool IsConfiguration(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);
}
