using System;
using PrivacyAnalyzers;

namespace Consumer
{
    // Not partial: nothing can be generated for it (PRIV100).
    public class Contact
    {
        [PersonalInfo(DataCategory.Contact.PhoneNumber)]
        public string Mobile { get; set; } = "";
    }

    public static class Misuse
    {
        // The raw phone number reaches the console (PRIV001).
        public static void Print(Order order) => Console.WriteLine(order.Mobile);
    }
}
