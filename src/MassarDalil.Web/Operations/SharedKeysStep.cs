using Microsoft.AspNetCore.DataProtection;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Makes the first data-protection key under the start-up lock. Left to the first request, two servers
/// starting on an empty database could each make one and each sign cookies with a key the other has not
/// read yet (a server reloads the keys only about once a day).
/// </summary>
internal sealed class SharedKeysStep(IDataProtectionProvider protection) : IDatabaseStartupStep
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        protection.CreateProtector(nameof(SharedKeysStep)).Protect([]);
        return Task.CompletedTask;
    }
}
