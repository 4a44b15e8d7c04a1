using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Cli;

/// <summary>A setting the CLI cannot use is refused in one line naming it, by the web host's own rules, before anything is written.</summary>
public class ConfigurationRefusalTests
{
    [Theory]
    [InlineData("MySql")]
    [InlineData("postgres")]
    public async Task AProviderThatIsNotSqliteOrPostgresIsRefused(string provider)
    {
        using var database = new TestDatabase();

        var result = await MassarCli.RunWithSettingsAsync(new()
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Content"] = $"Data Source={database.Path}",
        }, "import", TestPaths.Seed);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("import refused: Database:Provider must be 'Sqlite' or 'Postgres', written exactly so\n", result.Errors);
        Assert.Equal("", result.Output);
        Assert.False(Directory.Exists(database.Folder));
    }

    [Fact]
    public async Task AConnectionStringTheProviderCannotReadIsRefused()
    {
        using var database = new TestDatabase();

        var result = await MassarCli.RunWithSettingsAsync(new() { ["ConnectionStrings:Content"] = $"Data Sourc={database.Path}" }, "import", TestPaths.Seed);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("import refused: ConnectionStrings:Content is not a Sqlite connection string: Connection string keyword 'data sourc' is not supported", result.Errors, StringComparison.Ordinal);
        Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(database.Folder));
    }

    [Fact]
    public async Task ADatabaseThatCannotBeReachedFailsInOneLine()
    {
        var result = await MassarCli.RunWithSettingsAsync(new()
        {
            ["Database:Provider"] = "Postgres",
            // Port 1 on this machine: nothing listens there, so the connection is refused at once.
            ["ConnectionStrings:Content"] = "Host=127.0.0.1;Port=1;Database=m;Username=u;Password=x",
        }, "import", TestPaths.Seed);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("import failed, nothing was changed: the Postgres database of ConnectionStrings:Content cannot be reached: NpgsqlException: Failed to connect to 127.0.0.1:1",
            result.Errors, StringComparison.Ordinal);
        Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
