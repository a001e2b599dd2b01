using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Search;

/// <summary>
/// Which content of the store an index was built from: the id and content hash of the store's latest import
/// (0 and "" for a store that has never imported anything).
/// </summary>
public sealed record StoreGeneration(int ImportId, string ContentHash)
{
    /// <summary>The content the store holds now: its latest import, or <see cref="Empty"/>.</summary>
    public static async Task<StoreGeneration> LatestAsync(IDbContextFactory<EvidenceDbContext> contextFactory, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Imports.AsNoTracking().OrderByDescending(i => i.Id)
            .Select(i => new StoreGeneration(i.Id, i.Hash)).FirstOrDefaultAsync(cancellationToken) ?? Empty;
    }

    /// <summary>A store with nothing imported yet.</summary>
    public static StoreGeneration Empty { get; } = new(0, "");

    /// <summary>How many characters of a content hash name it to people (as git's short hashes do).</summary>
    public const int ShortHashLength = 12;

    /// <summary>A short form for names and logs: the import id and the first <see cref="ShortHashLength"/> characters of the hash.</summary>
    public string ShortName => ContentHash.Length == 0 ? $"{ImportId}-empty" : $"{ImportId}-{ShortHash(ContentHash)}";

    /// <summary>The first <see cref="ShortHashLength"/> characters of a content hash (all of a shorter one): how pages and logs name a version.</summary>
    public static string ShortHash(string contentHash) => contentHash[..Math.Min(ShortHashLength, contentHash.Length)];
}
