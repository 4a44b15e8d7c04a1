using System.Text.Json;

namespace MassarDalil.Tests.Operations;

// The site's memory under load (issue 6) rests on two runtime settings written into the site's
// runtimeconfig.json at build time. Tests run inside the test host, which has its own collector, so this
// reads the file the site itself starts with: removing a setting from the project fails here, not only in
// the next load run. tests/load/README.md ("The collector") has the measurements behind the values.
public class GarbageCollectorSettingsTests
{
    private static JsonElement SiteConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "MassarDalil.Web.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void TheSiteStartsWithOneWorkstationHeapThatCollectsInTheBackground()
    {
        var properties = SiteConfigProperties();

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(properties.TryGetProperty("System.GC.Concurrent", out var concurrent) && !concurrent.GetBoolean());
    }

    [Fact]
    public void TheSitesYoungGenerationIsCappedAtSixMegabytes()
    {
        var properties = SiteConfigProperties();

        Assert.Equal(6 * 1024 * 1024, properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
    }
}
