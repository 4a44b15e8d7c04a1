using Microsoft.AspNetCore.Identity;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>Identity's errors as the manager's own English phrases, so they can be shown in Arabic too.</summary>
public static class IdentityMessages
{
    public static string For(IdentityError error) => error.Code switch
    {
        "PasswordMismatch" => "The current password is wrong.",
        "PasswordTooShort" => "The password is too short.",
        "PasswordRequiresNonAlphanumeric" => "The password needs a symbol, such as ! or #.",
        "PasswordRequiresDigit" => "The password needs a digit.",
        "PasswordRequiresLower" => "The password needs a small letter.",
        "PasswordRequiresUpper" => "The password needs a capital letter.",
        "PasswordRequiresUniqueChars" => "The password needs more different characters.",
        "DuplicateEmail" or "DuplicateUserName" => "An account with this email already exists.",
        "InvalidEmail" or "InvalidUserName" => "This email address is not valid.",
        _ => "Something went wrong. Nothing was changed.",
    };
}
