namespace PrivacyAnalyzers.CodeModel.Tests;

/// <summary>Which types hold personal information, and which hold it through their own declaration.</summary>
public sealed class HolderTests
{
    private static readonly ModelCompilation Models = ModelCompilation.Of("""
        using System.Collections.Generic;
        using PrivacyAnalyzers;
        namespace Shop;
        public partial class Person { [PersonalInfo(DataCategory.Name.All)] public string Name { get; set; } = ""; }
        public class Employee : Person { public int Grade { get; set; } }
        public class Manager : Employee { [PersonalInfo(DataCategory.Contact.Email)] public string Email { get; set; } = ""; }
        public class Team { public List<Person> Members { get; set; } = new(); }
        public class Cache { private readonly Dictionary<int, Person> _people = new(); public int Count => _people.Count; }
        """);

    [Theory]
    [InlineData("Shop.Person", true, true)]
    [InlineData("Shop.Employee", true, false)]
    [InlineData("Shop.Manager", true, true)]
    [InlineData("Shop.Team", true, true)]
    [InlineData("Shop.Cache", false, false)]
    public void Inherited_personal_members_make_a_holder_but_not_a_declared_one(string type, bool holds, bool declares)
    {
        Assert.Equal(holds, Models.Reader.HoldsPersonalInfo(Models.Type(type)));
        Assert.Equal(declares, Models.Reader.HoldsDeclaredPersonalInfo(Models.Type(type)));
    }

    [Fact]
    public void Inherited_personal_members_are_listed_nearest_base_first()
    {
        var members = Models.Reader.InheritedPersonalMembers(Models.Type("Shop.Manager"));

        Assert.Equal(new[] { "Name" }, members.Select(member => member.Name));
    }
}
