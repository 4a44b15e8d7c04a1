using MassarDalil.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Insights;

/// <summary>The language filter of the insight lists: every site, in the sites' order, and the one chosen (null for all).</summary>
public sealed record InsightLanguage(IReadOnlyList<string> All, string? Chosen)
{
    /// <summary>The sites are data, so a new language appears in the filter without code.</summary>
    public static async Task<InsightLanguage> ReadAsync(ContentDbContext db, string? language, CancellationToken cancellationToken)
    {
        var all = await db.Sites.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Key).ToListAsync(cancellationToken);
        return new InsightLanguage(all, all.Contains(language ?? "") ? language : null);
    }
}
