using PrivacyAnalyzers.Tool.Model;
using PrivacyAnalyzers.Tool.Reports;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tool.Tests.Reports;

/// <summary>
/// Opens the written HTML page from disk in headless Chromium: it must render offline without errors and without a
/// single request besides its own file. The browser is the system's Chromium (CI installs it); none is downloaded.
/// Screenshots of the full pages are saved under the test output's screenshots/ folder for review.
/// </summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("privacy-report-").FullName;

    [Fact]
    public async Task The_SimWorks_page_renders_offline_with_its_diagram_and_tables()
    {
        await OpenAsync(ExampleMaps.SimWorks(), "report", async page =>
        {
            Assert.Equal("Privacy data map: SimWorks.Cloud.csproj", await page.GetTitleAsync());
            Assert.Equal(1, await Count(page, "figure.diagram svg.flow-diagram"));
            Assert.Equal(15, await Count(page, "svg.flow-diagram g.nodes > g"));
            Assert.Equal(2, await Count(page, "svg.flow-diagram g.edges path.edge-unapproved"));
            Assert.True(await page.EvaluateExpressionAsync<double>("document.querySelector('svg.flow-diagram').getBoundingClientRect().width") > 600);
            Assert.Equal(
                ["inventory", "disclosure", "retention", "other-flows", "findings"],
                await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('section table')).map(t => t.closest('section').id)"));
            Assert.Equal(
                ["Alibaba Cloud SMS", "Alipay", "WeChat Pay"],
                await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#disclosure tbody tr td:first-child strong')).map(s => s.textContent)"));
            Assert.Equal(7, await Count(page, "#inventory tbody tr:not(.group)"));
            Assert.Equal(3, await Count(page, "#inventory tbody tr.group"));

            // The stylesheet applied: a type's second member row is striped, its first is not.
            Assert.NotEqual(
                await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('#inventory tbody tr:nth-child(2)')).backgroundColor"),
                await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('#inventory tbody tr:nth-child(3)')).backgroundColor"));

            // Nothing is wider than the window: the tables fit without a horizontal scroll bar at 1360 pixels.
            Assert.Equal(0, await page.EvaluateExpressionAsync<int>(
                "Array.from(document.querySelectorAll('.table-wrap, .diagram')).filter(e => e.scrollWidth > e.clientWidth + 1).length"));
        });
    }

    [Fact]
    public async Task A_drifted_map_shows_its_stale_and_undeclared_recipients()
    {
        var map = ExampleMaps.SimWorks();
        var at = new SourceLocation("Analytics/Tracker.cs", 20, 9);
        var stale = new PolicyRecipientEntry("腾讯云 Analytics", "Usage statistics", ["security"], ["user.device"], [], [], "CN", at);
        var undeclared = new FlowEntry(FlowKinds.Http, "HttpClient.PostAsJsonAsync", "Umeng", "plbslog.umeng.com",
            [new FlowData("Customer.Mobile", "user.contact.phone_number"), new FlowData("Customer.IdCardNumber", "user.government_id.national_identification_number")],
            [], false, "SimWorks.Cloud.Analytics.Tracker.TrackAsync(Customer)", "SimWorks.Cloud", at);
        var unknownHost = new FlowEntry(FlowKinds.Http, "HttpClient.GetAsync", null, "collect.example.net",
            [new FlowData("LoginRecord.IpAddress", "user.device.ip_address")], [], false, "SimWorks.Cloud.Analytics.Tracker.PingAsync(LoginRecord)", "SimWorks.Cloud", at);
        map = map with
        {
            Policy = map.Policy! with { Recipients = [.. map.Policy.Recipients, stale] },
            Flows = [.. map.Flows, undeclared, unknownHost],
        };

        await OpenAsync(map, "report-drifted", async page =>
        {
            Assert.Equal(1, await Count(page, "svg.flow-diagram g.nodes > g.node-not-sent"));
            Assert.Equal(5, await Count(page, "svg.flow-diagram g.edges path.edge-unapproved"));
            Assert.Equal(5, await Count(page, "#disclosure tbody tr"));
            Assert.Equal(1, await Count(page, "#disclosure .badge.off"));
            Assert.Contains(
                "not in the policy",
                await page.EvaluateExpressionAsync<string>("document.querySelector('#disclosure').textContent"));
            Assert.Equal(3, await Count(page, "#other-flows tbody tr"));
        });
    }

    [Fact]
    public async Task The_report_the_tool_wrote_for_the_sample_renders_offline()
    {
        var html = File.ReadAllText(Path.Combine(ExpectedFiles.SourceDirectory, "Expected", "sample", "privacy-report.html"));

        await OpenAsync(html, "sample-report", async page =>
        {
            Assert.Equal(1, await Count(page, "figure.diagram svg.flow-diagram"));
            Assert.Equal(
                ["Advertising partners", "Alibaba Cloud SMS", "Alipay", "WeChat Pay"],
                await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#disclosure tbody tr td:first-child strong')).map(s => s.textContent)"));
            Assert.Equal(0, await Count(page, "svg.flow-diagram g.edges path.edge-unapproved"));
            Assert.Equal(
                [
                    "SimWorks.Cloud.Models.Account", "SimWorks.Cloud.Models.DeviceInfo", "SimWorks.Cloud.Models.DownloadLog",
                    "SimWorks.Cloud.Models.LoginLog", "SimWorks.Cloud.Models.Order", "SimWorks.Cloud.Models.SmsNotification",
                ],
                await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#erasure tbody tr td:first-child')).map(td => td.textContent)"));
            Assert.Equal(1, await Count(page, "nav a[href='#erasure']"));
        });
    }

    private Task OpenAsync(DataMap map, string name, Func<IPage, Task> inspect)
        => OpenAsync(ReportRendering.Render(HtmlReportWriter.Write, map), name, inspect);

    private async Task OpenAsync(string html, string name, Func<IPage, Task> inspect)
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : await SystemPackages.RequireAsync("/usr/bin/chromium", "chromium");

        var pagePath = Path.Combine(directory, name + ".html");
        File.WriteAllText(pagePath, html);
        var pageUrl = new Uri(pagePath).AbsoluteUri;

        var options = new LaunchOptions
        {
            Headless = true,
            ExecutablePath = executable,
            Timeout = 60_000,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Path.Combine(directory, "profile-" + name),
            ],
        };
        await using var browser = await Puppeteer.LaunchAsync(options);
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1360, Height = 900 });

        var consoleErrors = new List<string>();
        var pageErrors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, args) =>
        {
            if (args.Message.Type == ConsoleType.Error)
            {
                lock (consoleErrors)
                {
                    consoleErrors.Add(args.Message.Text);
                }
            }
        };
        page.PageError += (_, args) =>
        {
            lock (pageErrors)
            {
                pageErrors.Add(args.Message);
            }
        };
        page.Request += (_, args) =>
        {
            lock (requests)
            {
                requests.Add(args.Request.Url);
            }
        };

        var response = await page.GoToAsync(pageUrl, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
        Assert.True(response is null || response.Ok, "The page did not load.");

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });
        output.WriteLine("Screenshot: " + screenshot);
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        await inspect(page);

        Assert.Empty(consoleErrors);
        Assert.Empty(pageErrors);
        lock (requests)
        {
            Assert.Equal([pageUrl], requests.Distinct());
        }
    }

    private static Task<int> Count(IPage page, string selector) =>
        page.EvaluateExpressionAsync<int>("document.querySelectorAll(" + System.Text.Json.JsonSerializer.Serialize(selector) + ").length");

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be releasing its profile; the temporary directory is left to the system.
        }
    }
}
