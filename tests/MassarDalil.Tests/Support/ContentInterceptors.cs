using MassarDalil.Content.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

public static class ContentInterceptors
{
    /// <summary>
    /// Adds an EF Core interceptor to the site's database context, on SQLite or PostgreSQL alike: these tests run on
    /// both, and each provider has its own context type.
    /// </summary>
    public static void AddContentInterceptor(this IServiceCollection services, IInterceptor interceptor)
    {
        services.ConfigureDbContext<SqliteContentDbContext>(options => options.AddInterceptors(interceptor));
        services.ConfigureDbContext<PostgresContentDbContext>(options => options.AddInterceptors(interceptor));
    }
}
