namespace MassarDalil.Content.Audit;

/// <summary>
/// The failed sign-ins recorded while an unknown account was still named by what was typed (a visitor's Massar
/// username among them): the migration ForgetTypedSignInNames, for both providers, rewrites them as
/// <see cref="AuditActors.UnknownAccount"/> with no target, as they are recorded now.
/// </summary>
internal static class TypedSignInNames
{
    // Every failed sign-in naming no account's address: an unknown one, an empty field ("(empty)"), or the throttle
    // refusing either. Upper-casing matches Identity's normalised address for the ASCII addresses are written in; a
    // name it cannot match is forgotten too, erring towards the promise. The values are written out rather than
    // taken from the constants, so the migration keeps doing what it did if they change. Double-quoted names read
    // the same in SQLite and PostgreSQL.
    public const string ForgetSql = """
        UPDATE "Audit" SET "Actor" = 'unknown-account', "Target" = ''
        WHERE "Action" = 'sign-in-failed' AND "Actor" <> 'unknown-account'
          AND NOT EXISTS (SELECT 1 FROM "AspNetUsers" AS u WHERE u."NormalizedEmail" = UPPER(TRIM("Audit"."Actor")))
        """;
}
