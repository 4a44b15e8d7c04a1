using System.Globalization;
using MassarDalil.Tests.Support;
using MassarDalil.Content.Search;

namespace MassarDalil.Tests.Search.Relevance;

/// <param name="Expected">The questions that answer it; finding any one of them counts.</param>
public sealed record RelevanceQuery(string Group, string Language, string Text, IReadOnlyList<string> Expected, int Line);

/// <summary>How one group of the relevance set fared: found in the top 3, and the mean reciprocal rank of the first expected answer.</summary>
public sealed record RelevanceScore(string Group, int Queries, double RecallAt3, double Mrr, IReadOnlyList<string> Misses)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Group,-10} n={Queries,3}  recall@3={RecallAt3:0.000}  MRR={Mrr:0.000}");
}

/// <summary>
/// The relevance set (queries.tsv beside this file): what visitors type, in four ways of writing, with the questions
/// that answer it. Kept as data so an editor can add the queries that come up in the "found nothing" list.
/// </summary>
public static class RelevanceSet
{
    public static string FilePath => Path.Combine(TestPaths.Root, "tests", "MassarDalil.Tests", "Search", "Relevance", "queries.tsv");

    public static IReadOnlyList<RelevanceQuery> Load()
    {
        var queries = new List<RelevanceQuery>();
        var lines = File.ReadAllLines(FilePath);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }
            var cells = lines[i].Split('\t');
            if (cells.Length != 4)
            {
                throw new FormatException($"{FilePath}:{i + 1}: expected 4 tab-separated cells (group, language, query, keys), found {cells.Length}");
            }
            queries.Add(new RelevanceQuery(cells[0], cells[1], cells[2], cells[3].Split(' ', StringSplitOptions.RemoveEmptyEntries), i + 1));
        }
        return queries;
    }

    public static async Task<IReadOnlyList<RelevanceScore>> ScoreAsync(SearchIndex index, IReadOnlyList<RelevanceQuery> queries)
    {
        var ranks = new List<(RelevanceQuery Query, int Rank, string Got)>();
        foreach (var query in queries)
        {
            var results = await index.SearchAsync(query.Language, query.Text);
            // A fallback ("closest answers") still counts here: the visitor sees those answers first.
            var keys = results.Hits.Select(h => h.Key).ToList();
            var rank = keys.FindIndex(k => query.Expected.Contains(k)) + 1;
            ranks.Add((query, rank, string.Join(", ", keys.Take(3))));
        }
        return ranks.GroupBy(r => r.Query.Group)
            .Select(g => new RelevanceScore(g.Key, g.Count(),
                g.Count(r => r.Rank is > 0 and <= 3) / (double)g.Count(),
                g.Sum(r => r.Rank > 0 ? 1.0 / r.Rank : 0) / g.Count(),
                g.Where(r => r.Rank is 0 or > 3).Select(r => $"line {r.Query.Line} [{r.Query.Language}] {r.Query.Text} → {r.Got} (rank {r.Rank})").ToList()))
            .ToList();
    }
}
