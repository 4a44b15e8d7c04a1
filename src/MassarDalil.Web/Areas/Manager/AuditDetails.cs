using System.Globalization;
using System.Text.RegularExpressions;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Scheduling;
using MassarDalil.Web.Areas.Manager.Accounts;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// An audit entry's details in the editor's language. The log stores short English codes with numbers
/// ("revision 3", "pages 4; topics 10; questions 50", "wrong password"), written by the engine and by
/// older versions alike; anything not recognised is shown as stored.
/// </summary>
public static partial class AuditDetails
{
    public static string Describe(ManagerText T, AuditEntry entry)
    {
        var details = entry.Details;
        if (ImportCounts(T, details) is { } import)
        {
            return import;
        }
        if (Restore().Match(details) is { Success: true } restore)
        {
            return T.Format("revision {0} as draft version {1}", Number(restore, 1), Number(restore, 2));
        }
        if (DatabaseRestore().Match(details) is { Success: true } database)
        {
            return T.Format("content version {0} before, {1} after (the backup's: {2})", Number(database, 1), Number(database, 2), Number(database, 3));
        }
        if (Revision().Match(details) is { Success: true } revision)
        {
            return T.Format("revision {0} (audit detail)", Number(revision, 1));
        }
        if (Draft().Match(details) is { Success: true } draft)
        {
            return T.Format("draft version {0}", Number(draft, 1));
        }
        if (Role().Match(details) is { Success: true } role && Roles.All.Contains(role.Groups[1].Value))
        {
            return T.Format("role: {0}", T[role.Groups[1].Value]);
        }
        if (Synonyms().Match(details) is { Success: true } synonyms)
        {
            var terms = synonyms.Groups[2].Value;
            return synonyms.Groups[1].Value switch
            {
                "create" => T.Format("Added: {0}", terms),
                "update" => T.Format("Changed: {0}", terms),
                _ => T.Format("Deleted: {0}", terms),
            };
        }
        if (Scheduled().Match(details) is { Success: true } scheduled)
        {
            var at = DateTimeOffset.ParseExact(scheduled.Groups[2].Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            return T.Format(scheduled.Groups[1].Value == ScheduledActions.Publish ? "Publishes on {0}" : "Comes off the site on {0}", T.When(at));
        }
        return details switch
        {
            ScheduledActions.Publish when entry.Action == AuditActions.ScheduleClear => T["the scheduled publish"],
            ScheduledActions.Unpublish when entry.Action == AuditActions.ScheduleClear => T["the scheduled unpublish"],
            "guide" when entry.Action == AuditActions.Create => T["Guide"],
            "410 Gone" when entry.Action == AuditActions.Trash => T["Says the page was removed (410 Gone)"],
            "301 redirect" when entry.Action == AuditActions.Trash => T["Its address redirects (301)"],
            "disabled" or "account disabled" => T["Account disabled"],
            "enabled" => T["Account enabled"],
            "unlocked" => T["Account unlocked"],
            "password reset" => T["New one-time password"],
            "unknown account" => T["Unknown account"],
            "locked out" => T["Locked out"],
            "wrong password" => T["Wrong password"],
            "too many attempts" => T["Too many attempts"],
            _ => details,
        };
    }

    private static long Number(Match match, int group) => long.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    /// <summary>
    /// An import's "pages 4 added, 0 changed, 3 unchanged, 0 removed; texts ...; navigation ...; topics ...; questions ...; lexicon ...[; redirects ...]" as what it
    /// added, changed and removed ("added 4 pages, 9 topics"), leaving out what it left as it was.
    /// </summary>
    private static string? ImportCounts(ManagerText T, string details)
    {
        var parts = details.Split("; ").Select(part => ImportPart().Match(part)).ToList();
        if (parts.Count < 3 || !parts.All(p => p.Success))
        {
            return null;
        }
        var separator = T[", "];
        var done = new List<string>();
        foreach (var (group, verb) in new[] { (2, "added {0}"), (3, "changed {0}"), (5, "removed {0}") })
        {
            var counts = parts.Where(p => Number(p, group) > 0)
                .Select(p => T.Count(Number(p, group), p.Groups[1].Value switch
                {
                    "pages" => ManagerPlurals.Pages,
                    "texts" => ManagerPlurals.SiteTexts,
                    "navigation" => ManagerPlurals.SiteNavigations,
                    "topics" => ManagerPlurals.Topics,
                    "lexicon" => ManagerPlurals.SearchWordGroups,
                    "redirects" => ManagerPlurals.Redirects,
                    _ => ManagerPlurals.Questions,
                }))
                .ToList();
            if (counts.Count > 0)
            {
                done.Add(T.Format(verb, string.Join(separator, counts)));
            }
        }
        return done.Count > 0 ? string.Join(T["; "], done) : details;
    }

    [GeneratedRegex(@"^(pages|texts|navigation|topics|questions|lexicon|redirects) (\d{1,9}) added, (\d{1,9}) changed, (\d{1,9}) unchanged, (\d{1,9}) removed$")]
    private static partial Regex ImportPart();

    [GeneratedRegex(@"^revision (\d{1,9}) as draft version (\d{1,9})$")]
    private static partial Regex Restore();

    /// <summary>What <c>massar restore</c> writes (its <c>RestoreRecord</c>).</summary>
    [GeneratedRegex(@"^content version (\d{1,18}) before, (\d{1,18}) after; backup version (\d{1,18})$")]
    private static partial Regex DatabaseRestore();

    [GeneratedRegex(@"^revision (\d{1,9})$")]
    private static partial Regex Revision();

    [GeneratedRegex(@"^draft version (\d{1,9})$")]
    private static partial Regex Draft();

    [GeneratedRegex(@"^role (\w+)$")]
    private static partial Regex Role();

    [GeneratedRegex(@"^(create|update|delete): (.*)$", RegexOptions.Singleline)]
    private static partial Regex Synonyms();

    /// <summary>What <see cref="PublishingSchedule"/> writes when an editor schedules a change.</summary>
    [GeneratedRegex(@"^(publish|unpublish) at (\d{4}-\d\d-\d\d \d\d:\d\d) UTC$")]
    private static partial Regex Scheduled();
}
