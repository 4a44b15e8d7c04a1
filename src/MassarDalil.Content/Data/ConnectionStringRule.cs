using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MassarDalil.Content.Data;

/// <summary>
/// <c>ConnectionStrings:Content</c> must be one the provider can read: a misspelt key ("Data Sourc=") is a mistake
/// to refuse at start, not a database to retry reaching.
/// </summary>
internal sealed class ConnectionStringRule(string? connectionString) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Success; // SQLite's default file, or the Postgres rule's own message
        }
        try
        {
            _ = options.Provider switch
            {
                DatabaseOptions.Postgres => new NpgsqlConnectionStringBuilder(connectionString).ConnectionString,
                DatabaseOptions.Sqlite => new SqliteConnectionStringBuilder(connectionString).ConnectionString,
                _ => null, // refused by the provider's own rule
            };
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return ValidateOptionsResult.Fail(
                $"ConnectionStrings:{ContentEngineExtensions.ConnectionStringName} is not a {options.Provider} connection string: {e.Message.TrimEnd('.')}");
        }
    }
}
