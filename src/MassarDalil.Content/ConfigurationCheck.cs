using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MassarDalil.Content;

/// <summary>
/// The settings' own rules, checked before anything runs, by the web host and the CLI alike: every options class
/// registered with <c>ValidateOnStart</c> is bound and validated as the host's start would, and a mistake comes back
/// as one line naming the setting, for the caller to print and exit 1 (a start that threw would print each stack
/// trace twice and abort).
/// </summary>
public static class ConfigurationCheck
{
    /// <summary>What is wrong with the configuration, in one line; null when nothing is.</summary>
    public static string? Problem(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (OptionsValidationException e)
        {
            return Line(e.Failures);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OptionsValidationException))
        {
            return Line(e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(x => x.Failures));
        }
        catch (InvalidOperationException e)
        {
            // The check only binds and validates settings, so this is the binder refusing a value, and its message
            // names it: "Failed to convert configuration value 'abc' at 'Shutdown:Timeout' to type 'System.TimeSpan'."
            return Line([e.Message]);
        }
    }

    private static string Line(IEnumerable<string> failures) =>
        string.Join("; ", failures.Select(f => f.Trim().TrimEnd('.'))).ReplaceLineEndings(" ");
}
