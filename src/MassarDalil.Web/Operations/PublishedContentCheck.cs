using System.Globalization;
using MassarDalil.Content.Published;
using MassarDalil.Content.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Part of ready: unhealthy when the last rebuild of what visitors see failed (they still get the older
/// snapshot), degraded (still 200) when published parts could not be rendered and show a placeholder.
/// Every server renders the same text, so a placeholder is no reason to take this one out of rotation; nor is a
/// language whose search could not take in the latest content (every server indexes the same content).
/// </summary>
internal sealed class PublishedContentCheck(PublishedContent content, SearchIndex search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        var current = content.Current;
        if (content.RebuildFailure is { } failure)
        {
            return HealthCheckResult.Unhealthy(string.Create(CultureInfo.InvariantCulture,
                $"The published snapshot could not be rebuilt ({failure}); visitors see version {current?.Version}."));
        }
        if (current is { Unrendered.Count: > 0 } snapshot)
        {
            return HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture,
                $"{snapshot.Unrendered.Count} published parts could not be rendered and show a placeholder (see the manager's dashboard)."));
        }
        if (search.Failures.Count > 0)
        {
            return HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture,
                $"Search in {string.Join(", ", search.Failures.Keys)} answers from an older index (see the log and the manager's dashboard)."));
        }
        return HealthCheckResult.Healthy();
    }
}
