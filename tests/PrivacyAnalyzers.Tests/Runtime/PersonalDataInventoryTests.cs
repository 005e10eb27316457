using System.Reflection;
using System.Reflection.Emit;

namespace PrivacyAnalyzers.Tests.Runtime;

/// <summary>Finding an assembly's inventory through <see cref="PersonalDataInventoryAttribute"/>.</summary>
public class PersonalDataInventoryTests
{
    [Fact]
    public void An_assembly_without_an_inventory_has_no_types()
    {
        Assert.Empty(PersonalDataInventory.For(typeof(object).Assembly));
        Assert.Empty(PersonalDataInventory.For(typeof(PersonalDataInventory).Assembly));
        Assert.Empty(PersonalDataInventory.For(AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("NoInventory"), AssemblyBuilderAccess.Run)));
    }

    [Fact]
    public void The_registered_class_supplies_the_types()
    {
        var assembly = Registering(typeof(RegisteredInventory));

        var types = PersonalDataInventory.For(assembly);

        Assert.Same(RegisteredInventory.Types, types);
        Assert.Same(types, PersonalDataInventory.For(assembly));
    }

    [Theory]
    [InlineData(typeof(string))]
    [InlineData(typeof(InventoryOfTheWrongType))]
    [InlineData(typeof(InventoryWithInstanceTypes))]
    public void A_registered_class_without_a_static_types_list_is_reported(Type registered)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PersonalDataInventory.For(Registering(registered)));

        Assert.Contains(registered.FullName!, error.Message);
    }

    [Fact]
    public void A_null_assembly_is_rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => PersonalDataInventory.For(null!));

        Assert.Equal("assembly", error.ParamName);
    }

    private static Assembly Registering(Type inventory)
        => AssemblyBuilder.DefineDynamicAssembly(
            new AssemblyName("Registers" + inventory.Name),
            AssemblyBuilderAccess.Run,
            new[] { new CustomAttributeBuilder(typeof(PersonalDataInventoryAttribute).GetConstructor(new[] { typeof(Type) })!, new object[] { inventory }) });

    private static class RegisteredInventory
    {
        public static IReadOnlyList<PersonalDataTypeInfo> Types { get; } = new[]
        {
            new PersonalDataTypeInfo(typeof(RegisteredInventory), Array.Empty<PersonalDataMemberInfo>(), null, DataCategory.Name.All),
        };
    }

    private static class InventoryOfTheWrongType
    {
        public static IReadOnlyList<string> Types { get; } = new[] { "Customer" };
    }

    private sealed class InventoryWithInstanceTypes
    {
        public IReadOnlyList<PersonalDataTypeInfo> Types { get; } = Array.Empty<PersonalDataTypeInfo>();
    }
}
