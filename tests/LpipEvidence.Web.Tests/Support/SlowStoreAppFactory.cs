using System.Data.Common;
using System.Globalization;
using LpipEvidence.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>
/// The app on the content fixtures with a store that can be made slow from a chosen query of a request on: the
/// request's <see cref="SlowFromHeader"/> header gives the number of the first query (1 for every query) that yields
/// before it runs, as a busy database does. SQLite otherwise answers synchronously, so without this a page's
/// <c>OnInitializedAsync</c> always finishes before Blazor's first render; when one of its awaits yields, Blazor renders
/// the page once with only the data loaded so far. Content pages are not cached, so each request reaches the store.
/// </summary>
public sealed class SlowStoreAppFactory : EvidenceAppFactory
{
    /// <summary>The request header naming the first query of the request that yields (1-based); without it none does.</summary>
    public const string SlowFromHeader = "X-Test-Slow-From";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ContentCache:Enabled", "false");
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<EvidenceDbContext>((provider, options) =>
                options.AddInterceptors(new YieldingInterceptor(provider.GetRequiredService<IHttpContextAccessor>()))));
    }

    /// <summary>Makes the request's queries from the one its header names on wait before they run.</summary>
    private sealed class YieldingInterceptor(IHttpContextAccessor requests) : DbCommandInterceptor
    {
        private static readonly object CountKey = new();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (ShouldYield()) await Task.Delay(1, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            if (ShouldYield()) await Task.Delay(1, cancellationToken);
            return result;
        }

        private bool ShouldYield()
        {
            if (requests.HttpContext is not { } context
                || !int.TryParse(context.Request.Headers[SlowFromHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var from))
            {
                return false;
            }
            lock (context.Items)
            {
                var count = (context.Items[CountKey] as int? ?? 0) + 1;
                context.Items[CountKey] = count;
                return count >= from;
            }
        }
    }
}
