using System.Diagnostics;
using MassarDalil.Content.Text;

namespace MassarDalil.Cli.StaticExport;

/// <summary>
/// On a terminal, one line redrawn in place: a bar, addresses done out of those known so far (the crawl
/// finds more as it goes), and the one being fetched. When the output is redirected, nothing: the summary
/// at the end says it all, and a log file is not filled with carriage returns.
/// </summary>
internal sealed class ExportProgress(TextWriter output, bool interactive)
{
    private const int BarWidth = 24;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private int _drawnWidth;

    public void Report(int done, int total, string current)
    {
        if (!interactive || (_sinceDrawn.Elapsed < Interval && done < total))
        {
            return;
        }
        _sinceDrawn.Restart();
        var filled = total == 0 ? 0 : BarWidth * done / total;
        var line = $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {done}/{total} {current}";
        var width = Math.Max(BarWidth + 10, WindowWidth() - 1);
        line = TextCut.ToLength(line, width); // a page title may hold an emoji: never half of it on the console
        output.Write("\r" + line.PadRight(_drawnWidth));
        _drawnWidth = line.Length;
        output.Flush();
    }

    /// <summary>Clears the line, so the summary starts on a clean one.</summary>
    public void Finish()
    {
        if (interactive && _drawnWidth > 0)
        {
            output.Write("\r" + new string(' ', _drawnWidth) + "\r");
            output.Flush();
        }
    }

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
