using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Generators.Tests.Infrastructure;

namespace PrivacyAnalyzers.Generators.Tests;

/// <summary>The pipeline stays cached across edits that do not touch annotated types, and holds only plain values.</summary>
public sealed class IncrementalTests
{
    /// <summary>Discovery: the attribute and syntax providers.</summary>
    private static readonly string[] DiscoverySteps =
    {
        TrackingNames.PersonalInfoTypes,
        TrackingNames.RetainedTypes,
        TrackingNames.HolderTypes,
    };

    /// <summary>Everything after discovery.</summary>
    private static readonly string[] LaterSteps =
    {
        TrackingNames.ReferencedModelNames,
        TrackingNames.RelevantHolders,
        TrackingNames.HolderSpecs,
        TrackingNames.AllTypes,
        TrackingNames.GeneratedTypes,
        TrackingNames.Inventory,
    };

    private static readonly string[] StepNames = DiscoverySteps.Concat(LaterSteps).ToArray();

    private const string ModelWithMethod = """
        using PrivacyAnalyzers;
        namespace Models.Methods
        {
            public partial class Ticket
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Phone { get; set; } = "";

                public int Score() => 1;
            }
        }
        """;

    private const string Unrelated = """
        namespace Models.Other
        {
            public class Calculator
            {
                public int Add(int a, int b) => a + b;
            }
        }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunOnce(params string[] sources)
    {
        var compilation = GeneratorHarness.Compile(sources);
        var driver = GeneratorHarness.CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options, trackSteps: true)
            .RunGenerators(compilation);
        return (driver, compilation);
    }

    private static void AssertEveryStepCachedOrUnchanged(GeneratorDriver driver) => AssertStepsCachedOrUnchanged(driver, StepNames);

    private static void AssertStepsCachedOrUnchanged(GeneratorDriver driver, string[] stepNames)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        foreach (var name in stepNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "Step " + name + " was not tracked.");
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(
                        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        "Step " + name + " produced an output with reason " + reason + ".");
                }
            }
        }

        foreach (var (_, steps) in result.TrackedOutputSteps)
        {
            foreach (var step in steps)
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "Source output step ran again: " + reason);
                }
            }
        }
    }

    [Fact]
    public void Adding_a_comment_to_an_unrelated_file_keeps_every_step_cached()
    {
        var (driver, compilation) = RunOnce(TestModels.Classes, TestModels.Records, Unrelated);
        var unrelated = compilation.SyntaxTrees.Last();
        var edited = unrelated.WithChangedText(unrelated.GetText().Replace(0, 0, "// a comment\n"));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(unrelated, edited));
        AssertEveryStepCachedOrUnchanged(driver);
    }

    [Fact]
    public void Adding_an_unrelated_class_in_a_new_file_keeps_every_step_cached()
    {
        var (driver, compilation) = RunOnce(TestModels.Classes, TestModels.Records);
        var added = CSharpSyntaxTree.ParseText(Unrelated + "\nnamespace Models.Other { public partial class Helper : Calculator { public System.Collections.Generic.List<int> Items { get; set; } = new(); } }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(added));

        // The new partial class is a new holder candidate, read from syntax; it mentions nothing annotated, so no later step runs.
        AssertStepsCachedOrUnchanged(driver, LaterSteps);
        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[TrackingNames.HolderTypes].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.New);
    }

    [Fact]
    public void Editing_a_method_body_of_a_model_keeps_every_later_step_cached()
    {
        var (driver, compilation) = RunOnce(TestModels.Classes, ModelWithMethod);
        var model = compilation.SyntaxTrees.Last();
        var edited = model.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(model.GetText().ToString().Replace("=> 1;", "=> 2;")));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(model, edited));
        AssertEveryStepCachedOrUnchanged(driver);
    }

    [Fact]
    public void Holders_that_mention_no_annotated_type_get_no_semantic_work()
    {
        var (driver, _) = RunOnce(TestModels.Classes, Unrelated + "\nnamespace Models.Other { public partial class Helper : Calculator { public System.Collections.Generic.List<int> Items { get; set; } = new(); } }");
        var result = driver.GetRunResult().Results.Single();

        var holders = (IEnumerable)result.TrackedSteps[TrackingNames.RelevantHolders].SelectMany(step => step.Outputs).Single().Value;
        var relevant = holders.Cast<object>().Select(holder => (string)((dynamic)holder).MetadataName).ToList();
        Assert.DoesNotContain("Models.Other.Helper", relevant);
        Assert.Contains("Models.Classes.Team", relevant);
    }

    [Fact]
    public void Editing_a_model_regenerates_only_that_model()
    {
        var (driver, compilation) = RunOnce(TestModels.Classes);
        var models = compilation.SyntaxTrees.First();
        var text = models.GetText().ToString();
        var edited = models.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            text.Replace("public string School { get; set; } = \"\";", "public string School { get; set; } = \"\";\n        public int Year { get; set; }")));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(models, edited));
        var result = driver.GetRunResult().Results.Single();
        var generated = result.TrackedSteps[TrackingNames.GeneratedTypes].SelectMany(step => step.Outputs).ToList();
        var modified = generated.Where(output => output.Reason == IncrementalStepRunReason.Modified).Select(output => ((dynamic)output.Value).Key as string).ToList();
        Assert.Equal(new[] { "global::Models.Classes.Intern" }, modified);
        Assert.Contains(result.GeneratedSources, source => source.HintName == "Models.Classes.Intern.Privacy.g.cs" && source.SourceText.ToString().Contains("Year = "));
    }

    [Fact]
    public void Positional_record_properties_are_found()
    {
        var (driver, _) = RunOnce("""
            using PrivacyAnalyzers;
            namespace Shop;
            public partial record Order([property: PersonalInfo(DataCategory.Contact.PhoneNumber)] string Mobile);
            public record Receipt([property: PersonalInfo(DataCategory.Transaction.OrderNumber)] string Number);
            """);
        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.GeneratedSources, source => source.HintName == "Shop.Order.Privacy.g.cs");
        var inventory = result.GeneratedSources.Single(source => source.HintName == "PrivacyInventory.g.cs").SourceText.ToString();
        Assert.Contains("typeof(global::Shop.Receipt)", inventory);
        Assert.Contains("typeof(global::Shop.Order)", inventory);

        // ForAttributeWithMetadataName matches attributes of the parameter symbol only, so [property: ...] is not seen
        // there; the record declarations are found by the holder step instead.
        Assert.False(result.TrackedSteps.ContainsKey(TrackingNames.PersonalInfoTypes));
        Assert.Equal(2, result.TrackedSteps[TrackingNames.HolderTypes].SelectMany(step => step.Outputs).Count());
    }

    [Fact]
    public void Pipeline_holds_no_symbols_syntax_locations_or_compilations()
    {
        var (driver, compilation) = RunOnce(TestModels.Classes, TestModels.Records);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Unrelated, (CSharpParseOptions)compilation.SyntaxTrees.First().Options)));
        var result = driver.GetRunResult().Results.Single();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var checkedValues = 0;
        foreach (var name in StepNames)
        {
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs)
                {
                    AssertPlain(value, name, visited);
                    checkedValues++;
                }
            }
        }

        Assert.True(checkedValues > 10, "Expected the steps to hold specs, found " + checkedValues + " values.");
    }

    private static void AssertPlain(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return;
        }

        Assert.False(
            value is ISymbol || value is SyntaxNode || value is SyntaxTree || value is Location || value is Compilation || value is SemanticModel || value is AttributeData,
            path + " holds a " + value.GetType().FullName);
        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable enumerable)
        {
            var index = 0;
            foreach (var item in enumerable)
            {
                AssertPlain(item, path + "[" + index++ + "]", visited);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPlain(field.GetValue(value), path + "." + field.Name, visited);
        }
    }
}
