using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>Identity's errors as the manager's own English phrases, so they can be shown in Arabic too.</summary>
public static class IdentityMessages
{
    /// <summary>The phrase, a resource key; a limit is its <c>{0}</c>, filled by <see cref="Say"/> or <see cref="English"/>.</summary>
    public static string For(IdentityError error) => error.Code switch
    {
        "PasswordMismatch" => "The current password is wrong.",
        PasswordPolicy.TooShort => "The password is too short: it needs at least {0} characters.",
        PasswordPolicy.TooLong => "The password is too long: it can have at most {0} characters.",
        PasswordPolicy.Common => "This password is too common or too easy to guess. A few unrelated words make a strong one.",
        PasswordPolicy.IsEmail => "The password must not be your email address.",
        PasswordPolicy.IsSiteName => "The password must not be the site's name.",
        "DuplicateEmail" or "DuplicateUserName" => "An account with this email already exists.",
        "InvalidEmail" or "InvalidUserName" => "This email address is not valid.",
        _ => "Something went wrong. Nothing was changed.",
    };

    /// <summary>The error in the editor's words, naming the limit the policy checks (never a number typed twice).</summary>
    public static string Say(ManagerText text, IdentityError error) => text.Format(For(error), Limit(error));

    /// <summary>The error in English, for the log.</summary>
    public static string English(IdentityError error) => string.Format(CultureInfo.InvariantCulture, For(error), Limit(error));

    private static int Limit(IdentityError error) => error.Code == PasswordPolicy.TooLong ? PasswordPolicy.MaxLength : PasswordPolicy.MinLength;
}
