namespace MassarDalil.Web.Operations;

/// <summary>
/// Taking out what the framework registers on its own when the site does that work itself, elsewhere or later: the
/// registrations are internal types, known here only by their names.
/// </summary>
internal static class FrameworkDefaults
{
    public static IServiceCollection RemoveFrameworkDefault(this IServiceCollection services, Type serviceType, string implementationName)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == serviceType && d.ImplementationType?.Name == implementationName).ToList())
        {
            services.Remove(descriptor);
        }
        return services;
    }
}
