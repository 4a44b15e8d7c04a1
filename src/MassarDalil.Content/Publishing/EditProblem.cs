namespace MassarDalil.Content.Publishing;

/// <summary>
/// One thing wrong with what an editor sent. <paramref name="Field"/> names the form field
/// (<c>Title</c>, <c>Topics[1].Questions[0].Key</c>); <paramref name="Message"/> is plain English
/// that the manager translates for its reader.
/// </summary>
public sealed record EditProblem(string Field, string Message);
