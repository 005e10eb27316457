using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>Code as it is being typed never makes the generator throw (CS8785).</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> BrokenSources() => new()
    {
        // Attribute without arguments, with wrong argument types, with an unknown name.
        "using PrivacyAnalyzers; public partial class A { [PersonalInfo] public string Name { get; set; } }",
        "using PrivacyAnalyzers; public partial class A { [PersonalInfo(42, Sensitive = \"yes\")] public string Name { get; set; } }",
        "using PrivacyAnalyzers; public partial class A { [PersonalInfo(DataCategory.Nope)] public string Name { get; set; } [Mask(MaskStyle.Nope)] public string B; }",
        "using PrivacyAnalyzers; public partial class A { [PersonalInfo(\"user.name\"), Mask(-1, -5), Anonymize((AnonymizeStrategy)99, To = (Generalization)42)] public string Name { get; set; } }",
        // Unbound member types, missing types, missing names.
        "using PrivacyAnalyzers; public partial class A { [PersonalInfo(\"user.name\")] public Missing Name { get; set; } public List<Unknown> Items { get; set; } }",
        "using PrivacyAnalyzers; public partial class A { [PersonalInfo(\"user.name\")] public string { get; set; } }",
        "using PrivacyAnalyzers; public partial class A { [PersonalInfo(\"user.name\")] public",
        "using PrivacyAnalyzers; public partial class { [PersonalInfo(\"user.name\")] public string Name { get; set; } }",
        "using PrivacyAnalyzers; [PersonalInfo(\"user.name\")] public partial class",
        // Duplicate members and duplicate types.
        "using PrivacyAnalyzers; public partial class A { [PersonalInfo(\"user.name\")] public string Name { get; set; } [PersonalInfo(\"user.name\")] public string Name { get; set; } }",
        "using PrivacyAnalyzers; public partial class A { [PersonalInfo(\"user.name\")] public string Name { get; set; } } public partial struct A { [PersonalInfo(\"user.name\")] public string Other; }",
        // Cycles: inheritance and containment.
        "using PrivacyAnalyzers; public partial class A : B { [PersonalInfo(\"user.name\")] public string Name { get; set; } } public partial class B : A { }",
        "using PrivacyAnalyzers; public partial class A { public B? Next { get; set; } } public partial class B { public A? Back { get; set; } [PersonalInfo(\"user.name\")] public string Name { get; set; } = \"\"; }",
        // Retention pointing nowhere, at a non-date, with no period.
        "using PrivacyAnalyzers; [RetainFor(From = \"Nope\")] public partial class A { [PersonalInfo(\"user.name\")] public string Name { get; set; } }",
        "using PrivacyAnalyzers; [RetainFor(Days = 1, From = nameof(Name))] public partial class A { [PersonalInfo(\"user.name\")] public string Name { get; set; } }",
        "using PrivacyAnalyzers; [RetainFor(Days = -3, Years = 1)] public partial class A { }",
        // Shapes the generator does not handle: static, ref struct, interface, enum, delegate, pointer members.
        "using PrivacyAnalyzers; public static partial class A { [PersonalInfo(\"user.name\")] public static string Name { get; set; } }",
        "using PrivacyAnalyzers; public ref partial struct A { [PersonalInfo(\"user.name\")] public string Name; }",
        "using PrivacyAnalyzers; [PersonalInfo(\"user.name\")] public partial interface I { string Name { get; } } public partial class C { public I? Value { get; set; } }",
        "using PrivacyAnalyzers; public unsafe partial struct A { [PersonalInfo(\"user.name\")] public int* Pointer; }",
        // Attribute on things that are not members.
        "using PrivacyAnalyzers; public partial class A { public void M([PersonalInfo(\"user.name\")] string name) { } [return: PersonalInfo(\"user.name\")] public string N() => \"\"; }",
        // Generic oddities and a nested type in a non-partial container.
        "using PrivacyAnalyzers; public partial class A<T, T> { [PersonalInfo(\"user.name\")] public T Value { get; set; } }",
        "using PrivacyAnalyzers; public class Outer { public partial class A { [PersonalInfo(\"user.name\")] public string Name { get; set; } = \"\"; } }",
        // Records half written.
        "using PrivacyAnalyzers; public partial record R([property: PersonalInfo(\"user.name\")] string Name, [property: PersonalInfo] Missing",
        "using PrivacyAnalyzers; public partial record struct R([property: PersonalInfo(\"user.name\")] string Name) : Missing;",
        // Attributes on positional parameters without the property: target, half written or clashing.
        "using PrivacyAnalyzers; public partial record R([PersonalInfo(\"user.name\")] string Name, [PersonalInfo(",
        "using PrivacyAnalyzers; public partial record R([PersonalInfo(\"user.name\")] string A, [PersonalInfo(\"user.name\")] int A);",
        "using PrivacyAnalyzers; public partial record R([PersonalInfo(\"user.name\")] string Name) { public string Name; public int Name { get; } }",
        "using PrivacyAnalyzers; public partial class C([PersonalInfo(\"user.name\")] string Name) { public string Value { get; } = Name; }",
        // Collections half typed, of unbound items, of type parameters, implementing IEnumerable<T> twice.
        "using System.Collections.Generic; using PrivacyAnalyzers; public partial class A { [PersonalInfo(\"user.name\")] public string N = \"\"; } public partial class B { public Dictionary<string, > Map { get; set; } public HashSet<A Broken; public A[, Grid; }",
        "using System.Collections.Generic; using PrivacyAnalyzers; public partial class B { public Queue<Missing> Items { get; set; } public Dictionary<Missing, Missing2> Map { get; set; } [PersonalInfo(\"user.name\")] public Stack<Missing> Names { get; set; } }",
        "using System.Collections.Generic; using PrivacyAnalyzers; public partial class A { [PersonalInfo(\"user.name\")] public string N = \"\"; } public partial class B<T> where T : IEnumerable<A> { public T? Items { get; set; } public List<T>? Lists { get; set; } }",
        "using System.Collections; using System.Collections.Generic; using PrivacyAnalyzers; public partial class A { [PersonalInfo(\"user.name\")] public string N = \"\"; } public class Both : IEnumerable<A>, IEnumerable<string> { IEnumerator<A> IEnumerable<A>.GetEnumerator() => null!; IEnumerator<string> IEnumerable<string>.GetEnumerator() => null!; IEnumerator IEnumerable.GetEnumerator() => null!; } public partial class B { public Both? Items { get; set; } }",
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public void Generator_never_throws_on_broken_code(string source)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { source }, warningsAsErrors: false));
        Assert.Null(outcome.Result.Exception);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.DoesNotContain(outcome.Output.GetDiagnostics(), diagnostic => diagnostic.Id == "CS8785");
    }

    [Fact]
    public void Compilation_without_the_runtime_generates_nothing()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "NoRuntime",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public partial class A { public string Name { get; set; } = \"\"; }") },
            Basic.Reference.Assemblies.Net80.References.All);
        var outcome = GeneratorHarness.Run(compilation);
        Assert.Null(outcome.Result.Exception);
        Assert.Empty(outcome.Sources);
    }
}
