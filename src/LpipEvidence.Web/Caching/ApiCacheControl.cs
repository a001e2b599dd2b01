namespace LpipEvidence.Web.Caching;

/// <summary>
/// Endpoint metadata naming the Cache-Control of an endpoint's successful answers (200 and 304), for example
/// <c>.WithMetadata(new ApiCacheControl("public, max-age=60"))</c>. Without it a successful API answer is
/// <c>no-cache</c>; every error is <c>no-store</c> (see <see cref="CacheHeadersMiddleware"/>, which writes them all).
/// </summary>
public sealed record ApiCacheControl(string Value);
