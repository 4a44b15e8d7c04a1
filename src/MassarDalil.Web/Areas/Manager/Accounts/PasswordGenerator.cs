using System.Security.Cryptography;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>One-time passwords: 16 characters none easily misread, always ones the password rules accept.</summary>
public static class PasswordGenerator
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!@#$%*-+=?";

    /// <param name="email">The account's, which the password must not resemble.</param>
    public static string Generate(string? email = null, int length = 16)
    {
        while (true)
        {
            // A random draw is almost never refused; drawing again keeps "it passes" a guarantee, not a likelihood.
            var password = new string(RandomNumberGenerator.GetItems<char>(Alphabet, length));
            if (PasswordPolicy.Problems(password, email, []).Count == 0)
            {
                return password;
            }
        }
    }
}
