namespace LpipEvidence.Feeds;

/// <summary>What one Atom feed of change notes is about.</summary>
/// <param name="Title">The feed's title, such as "What's new – LPIP Evidence".</param>
/// <param name="Subtitle">One sentence saying what the feed lists.</param>
/// <param name="PageUrl">Site-relative address of the page the feed follows (its id and alternate link).</param>
/// <param name="FeedUrl">Site-relative address of the feed itself (its self link).</param>
/// <param name="UpdatedWhenEmpty">The feed's updated time when it has no entry: when its content last changed.</param>
public sealed record ChangeFeedDescription(string Title, string Subtitle, string PageUrl, string FeedUrl, DateTimeOffset UpdatedWhenEmpty);
