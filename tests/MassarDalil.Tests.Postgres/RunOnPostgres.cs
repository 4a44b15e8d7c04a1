using System.Runtime.CompilerServices;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Postgres;

internal static class RunOnPostgres
{
    /// <summary>
    /// Every MassarApp this assembly starts runs on PostgreSQL. A module initializer runs before any code of the
    /// assembly, so before the first test; xUnit 2 has no assembly fixture to do it instead.
    /// </summary>
#pragma warning disable CA2255 // the documented use: one-time set-up of this assembly, which is an application to its test runner
    [ModuleInitializer]
    internal static void Choose() => TestProvider.UsePostgres();
#pragma warning restore CA2255
}
