using MassarDalil.Content.Data;

namespace MassarDalil.Tests.Support;

/// <summary>Where the real seed is, for the linked test helpers (the tests define their own).</summary>
public static class TestPaths
{
    public static string Seed => Path.Combine(ContentPaths.Root, "seed");
}
