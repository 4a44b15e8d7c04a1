using System.Globalization;
using MassarDalil.Web.Feedback;
using Microsoft.AspNetCore.Routing.Matching;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// A guide's slug in its route (<c>/{lang}/{slug:guide}</c>): anything but the vote endpoint's address. That endpoint
/// takes only POST, and routing answers 405 with <c>Allow</c> only when no route of another method matches the path,
/// so the guide route took every GET of <c>/en/feedback</c> and answered 404 (found by an outside probe). Routing asks
/// <see cref="MatchesLiteral"/> when it builds its tree, so the address leaves the guide route once, not per request.
/// Editors cannot give a guide that slug (<c>PageValidator.ReservedSlugs</c>).
/// </summary>
internal sealed class GuideSlugConstraint : IRouteConstraint, IParameterLiteralNodeMatchingPolicy
{
    public const string Name = "guide";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && IsGuideSlug(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    public bool MatchesLiteral(string parameterName, string literal) => IsGuideSlug(literal);

    // Without case, as routing matches the endpoint's literal segment.
    private static bool IsGuideSlug(string slug) => !string.Equals(slug, FeedbackExtensions.Segment, StringComparison.OrdinalIgnoreCase);
}
