using System;
using System.ComponentModel;
#if NET8_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Names the generated inventory class of the assembly it is applied to, so that
    /// <see cref="PersonalDataInventory.For(System.Reflection.Assembly)"/> finds it without knowing its name.
    /// The generator writes it; code does not apply it by hand.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PersonalDataInventoryAttribute : Attribute
    {
        /// <summary>Registers <paramref name="inventoryType"/> as the assembly's inventory.</summary>
        /// <param name="inventoryType">A class with a public static <c>Types</c> property of <c>IReadOnlyList&lt;PersonalDataTypeInfo&gt;</c>.</param>
        public PersonalDataInventoryAttribute(
#if NET8_0_OR_GREATER
            [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
#endif
            Type inventoryType)
        {
            InventoryType = inventoryType;
        }

        /// <summary>The generated inventory class.</summary>
#if NET8_0_OR_GREATER
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
#endif
        public Type InventoryType { get; }
    }
}
