namespace System.Runtime.CompilerServices
{
    // Records need this type; netstandard2.0 does not have it.
    internal static class IsExternalInit
    {
    }
}
