using System.Globalization;
using System.Text;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>What an import did (or, on a dry run, would do).</summary>
public sealed class ImportSummary
{
    public ChangeCount Sites { get; } = new();
    public ChangeCount Pages { get; } = new();

    /// <summary>The sites' texts.yml, each one texts page.</summary>
    public ChangeCount Texts { get; } = new();

    /// <summary>The sites' navigation.yml, each one navigation page.</summary>
    public ChangeCount Navigation { get; } = new();
    public ChangeCount Topics { get; } = new();
    public ChangeCount Questions { get; } = new();
    public ChangeCount Redirects { get; } = new();

    /// <summary>The groups of lexicon.yml, as synonym groups.</summary>
    public ChangeCount Lexicon { get; } = new();

    /// <summary>The images of media/.</summary>
    public ChangeCount Media { get; } = new();
    /// <summary>Not in <see cref="ToString"/>: the command line words them (problems are codes here).</summary>
    public List<Problem> Warnings { get; } = [];

    public bool ChangedAnything => Sites.Touched + Pages.Touched + Texts.Touched + Navigation.Touched + Topics.Touched + Questions.Touched + Redirects.Touched + Lexicon.Touched + Media.Touched > 0;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"sites:     {Sites}");
        text.AppendLine(CultureInfo.InvariantCulture, $"pages:     {Pages}");
        if (Texts.Added + Texts.Changed + Texts.Unchanged > 0)
        {
            // Only when the seed has texts: older seeds report as they always have.
            text.AppendLine(CultureInfo.InvariantCulture, $"texts:     {Texts}");
        }
        if (Navigation.Added + Navigation.Changed + Navigation.Unchanged > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"navigation: {Navigation}");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"topics:    {Topics}");
        text.AppendLine(CultureInfo.InvariantCulture, $"questions: {Questions}");
        if (Redirects.Touched > 0)
        {
            // Only when there were some: seeds without redirects report as they always have.
            text.AppendLine(CultureInfo.InvariantCulture, $"redirects: {Redirects}");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"lexicon:   {Lexicon}");
        if (Media.Added + Media.Changed + Media.Unchanged > 0)
        {
            // Only when the seed has images: older seeds report as they always have.
            text.AppendLine(CultureInfo.InvariantCulture, $"media:     {Media}");
        }
        return text.ToString();
    }
}

public sealed class ChangeCount
{
    public int Added { get; set; }
    public int Changed { get; set; }
    public int Unchanged { get; set; }
    public int Removed { get; set; }

    public int Touched => Added + Changed + Removed;

    public override string ToString() => $"{Added} added, {Changed} changed, {Unchanged} unchanged, {Removed} removed";
}
