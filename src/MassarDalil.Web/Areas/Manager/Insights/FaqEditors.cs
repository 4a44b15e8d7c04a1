using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Insights;

/// <summary>Which page holds each site's FAQ, so insight lists can send an editor straight to it.</summary>
public static class FaqEditors
{
    public static async Task<IReadOnlyDictionary<string, int>> PageIdsAsync(ContentDbContext db, CancellationToken cancellationToken = default) =>
        await db.Pages.AsNoTracking().Where(p => p.Type == PageType.Faq)
            .ToDictionaryAsync(p => p.SiteKey, p => p.Id, cancellationToken);
}
