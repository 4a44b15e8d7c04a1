namespace MassarDalil.Web.Http;

/// <summary>
/// HEAD wherever GET: minimal-API endpoints answer only the methods they are mapped with, so a crawler's or
/// monitor's HEAD on <c>/</c>, the sitemap or the API got 404 or 405 while Razor Pages answered it.
/// Kestrel sends HEAD responses without their body, so the handler runs as for GET and the headers agree.
/// </summary>
internal static class HeadRequests
{
    public static TBuilder AnswerHead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            // The last method metadata is the one routing reads; it is added before any convention runs.
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods &&
                methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }
}
