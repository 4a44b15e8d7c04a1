namespace MassarDalil.Web;

/// <summary>
/// Names the resources Resources/ProblemMessages*.resx: one message per <see cref="Content.Problems.ProblemCode"/>, English
/// neutral, a file per other culture. In the root namespace, and not beside its .resx, so the resources keep the name
/// <c>AddLocalization(o => o.ResourcesPath = "Resources")</c> looks for.
/// </summary>
public sealed class ProblemMessages;
