using System.Reflection;
using MassarDalil.Tests.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("MassarDalil.Tests.Postgres.RunOnPostgres", "MassarDalil.Tests.Postgres")]

namespace MassarDalil.Tests.Postgres;

/// <summary>
/// Runs this assembly's tests on PostgreSQL, chosen when the tests run rather than when they are compiled: one
/// build serves a machine with a server and one without, and a build made before MASSAR_TEST_POSTGRES was set
/// cannot hide the tests. Every MassarApp here uses PostgreSQL; without the variable every test is reported
/// skipped, saying why, unless MASSAR_REQUIRE_POSTGRES=1 (set by .ci/run), where they run and fail instead.
/// A server that is named but does not answer fails the tests: only a missing name skips them.
/// </summary>
public sealed class RunOnPostgres : XunitTestFramework
{
    public const string RequireVariable = "MASSAR_REQUIRE_POSTGRES";

    public RunOnPostgres(IMessageSink messageSink)
        : base(messageSink) => TestProvider.UsePostgres();

    /// <summary>Why nothing runs here, or null when the tests should run.</summary>
    public static string? SkipReason =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestProvider.PostgresVariable))
        || Environment.GetEnvironmentVariable(RequireVariable) == "1"
            ? null
            : $"{TestProvider.PostgresVariable} is not set, so the PostgreSQL tests did not run. Set it to a connection " +
              "string for a role that may create databases (.ci/run does); no rebuild is needed.";

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        // As xUnit's own executor does (async void is its signature), with a runner that cleans up after the last test.
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly,
                SkipReason is { } reason ? testCases.Select(t => new Skipped(t, reason)).ToList() : testCases,
                DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    /// <summary>
    /// Drops the run's leftover test databases before the run reports itself finished: once it has, the test host
    /// may be stopped at any moment, before a handler at the process's end could do it.
    /// </summary>
    private sealed class AssemblyRunner(ITestAssembly assembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics,
        IMessageSink executionMessages, ITestFrameworkExecutionOptions options)
        : XunitTestAssemblyRunner(assembly, testCases, diagnostics, executionMessages, options)
    {
        protected override Task BeforeTestAssemblyFinishedAsync()
        {
            PostgresTestDatabase.FinishRun();
            return base.BeforeTestAssemblyFinishedAsync();
        }
    }

    /// <summary>A test case reported as skipped with a reason; its code never runs. Made at run time, never serialized.</summary>
    private sealed class Skipped : LongLivedMarshalByRefObject, IXunitTestCase
    {
        private readonly IXunitTestCase _inner = null!;
        private readonly string _reason = "";

        [Obsolete("For xUnit's de-serializer only, which never sees this case: it exists only while the tests run.", error: true)]
        public Skipped()
        {
        }

        public Skipped(IXunitTestCase inner, string reason) => (_inner, _reason) = (inner, reason);

        public Exception InitializationException => _inner.InitializationException;

        public IMethodInfo Method => _inner.Method;

        public int Timeout => _inner.Timeout;

        public string DisplayName => _inner.DisplayName;

        public string SkipReason => _reason;

        public ISourceInformation SourceInformation
        {
            get => _inner.SourceInformation;
            set => _inner.SourceInformation = value;
        }

        public ITestMethod TestMethod => _inner.TestMethod;

        public object[] TestMethodArguments => _inner.TestMethodArguments;

        public Dictionary<string, List<string>> Traits => _inner.Traits;

        public string UniqueID => _inner.UniqueID;

        public Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments,
            ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
            new XunitTestCaseRunner(this, DisplayName, _reason, constructorArguments, TestMethodArguments, messageBus, aggregator, cancellationTokenSource)
                .RunAsync();

        public void Serialize(IXunitSerializationInfo info) => _inner.Serialize(info);

        public void Deserialize(IXunitSerializationInfo info) => throw new NotSupportedException();
    }
}
