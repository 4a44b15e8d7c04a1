using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Http;

/// <summary>
/// A response's validators, read once, and whether a request's conditions match them (the answer is then 304):
/// If-None-Match when sent, by weak comparison and <c>*</c>; else If-Modified-Since, as
/// <see cref="ConditionalRequests.IfModifiedSince"/> reads it (RFC 9110 §13.1.2: If-None-Match overrides it).
/// </summary>
internal sealed class ResponseValidators
{
    private readonly string? _etag;
    private readonly EntityTagHeaderValue? _parsedEtag;
    private readonly DateTimeOffset? _modified;

    /// <param name="response">
    /// A response's headers: its ETag, and its Last-Modified or else the Date it was stored with, as the output cache
    /// reads a stored response. A response still being made has no Date yet.
    /// </param>
    public ResponseValidators(IHeaderDictionary response)
    {
        _etag = response.ETag.Count == 1 ? response.ETag[0] : null;
        _parsedEtag = EntityTagHeaderValue.TryParse(_etag, out var etag) ? etag : null;
        var modified = response.LastModified.Count > 0 ? response.LastModified : response.Date;
        _modified = HeaderUtilities.TryParseDate(modified.ToString(), out var date) ? date : null;
    }

    public bool AreMatchedBy(IHeaderDictionary request, DateTimeOffset now)
    {
        var ifNoneMatch = request.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            // A revalidation usually sends back the one tag it was given: compared as text, nothing is parsed.
            if (ifNoneMatch.Count == 1 && (ifNoneMatch[0] == "*" || ifNoneMatch[0] == _etag))
            {
                return true;
            }
            return _parsedEtag is { } etag && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) &&
                tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || etag.Compare(tag, useStrongComparison: false));
        }
        return _modified is { } modified && ConditionalRequests.IfModifiedSince(request, now) is { } since && modified <= since;
    }
}
