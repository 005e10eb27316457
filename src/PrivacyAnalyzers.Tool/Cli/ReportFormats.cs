using System;
using System.Collections.Generic;
using System.IO;
using PrivacyAnalyzers.Tool.Model;
using PrivacyAnalyzers.Tool.Reports;

namespace PrivacyAnalyzers.Tool.Cli;

/// <summary>The formats of <c>privacy report</c>: the name on the command line, the file written and its writer.</summary>
public sealed record ReportFormat(string Name, string FileName, Action<DataMap, TextWriter> Write)
{
    public static readonly IReadOnlyList<ReportFormat> All =
    [
        new("json", "data-map.json", JsonReportWriter.Write),
        new("md", "privacy-report.md", MarkdownReportWriter.Write),
        new("html", "privacy-report.html", HtmlReportWriter.Write),
        new("fides", "fides-dataset.yml", FidesManifestWriter.Write),
    ];
}
