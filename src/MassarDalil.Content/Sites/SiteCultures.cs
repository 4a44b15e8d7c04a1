using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Sites;

/// <summary>A site's culture read from the database, where the published snapshot may not hold the site yet.</summary>
public static class SiteCultures
{
    /// <summary>The culture of the site <paramref name="siteKey"/> (<c>fr-MA</c>); empty when there is no such site.</summary>
    public static async Task<string> CultureOfAsync(this IQueryable<Site> sites, string siteKey, CancellationToken cancellationToken = default) =>
        await sites.Where(s => s.Key == siteKey).Select(s => s.Culture).SingleOrDefaultAsync(cancellationToken) ?? "";
}
