namespace PrivacyAnalyzers.Tool.Tests.EndToEnd;

/// <summary>
/// A new project, as a team starts one: it references the PrivacyAnalyzers runtime of this repository, annotates a
/// customer, declares an SMS gateway in privacy.json and sends it one approved and one unapproved member.
/// </summary>
internal static class FreshProject
{
    public static string WriteTo(TemporaryDirectory directory, string name)
    {
        var runtime = Path.Combine(ToolProcess.RepositoryRoot, "src", "PrivacyAnalyzers", "PrivacyAnalyzers.csproj");
        directory.Write($"{name}/privacy.json", """
            {
              "purposes": [ { "id": "notification", "description": "SMS notifications." } ],
              "recipients": [
                {
                  "name": "SMS Gateway",
                  "purposes": ["notification"],
                  "categories": ["user.contact.phone_number"],
                  "region": "CN"
                }
              ],
              "regions": { "allowed": ["CN"] }
            }
            """);
        directory.Write($"{name}/Customer.cs", $$"""
            using PrivacyAnalyzers;

            namespace {{name}};

            [RetainFor(Years = 1, Basis = "Service agreement")]
            public partial class Customer
            {
                [PersonalInfo(DataCategory.Contact.PhoneNumber)]
                public string Mobile { get; set; } = "";

                [PersonalInfo(DataCategory.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """);
        directory.Write($"{name}/Notifier.cs", $$"""
            using PrivacyAnalyzers;

            namespace {{name}};

            [ThirdParty("SMS Gateway")]
            public interface ISmsGateway
            {
                void Send(string to, string text);
            }

            public sealed class Notifier(ISmsGateway gateway)
            {
                public void Welcome(Customer customer)
                {
                    gateway.Send(customer.Mobile, "Welcome");
                    gateway.Send(customer.Email, "Welcome");
                }
            }
            """);
        return directory.Write($"{name}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{runtime}" />
                <AdditionalFiles Include="privacy.json" />
              </ItemGroup>
            </Project>
            """);
    }

    public static async Task RestoreAsync(string project)
    {
        var restore = await ToolProcess.DotNetAsync(Path.GetDirectoryName(project)!, "restore", project);
        Assert.True(restore.ExitCode == 0, restore.Describe());
    }
}
