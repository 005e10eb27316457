namespace PrivacyAnalyzers.Generators.Model
{
    /// <summary>A type found through its attributes: its simple name, and its spec when this finding is the one that reads it.</summary>
    internal sealed record AnnotatedType(string Name, TypeSpec? Spec);

    /// <summary>What the holder search finds in one declaration: a candidate to match by name, or an annotated record.</summary>
    internal sealed record HolderFound(HolderCandidate? Candidate, AnnotatedType? Annotated);
}
