using PrivacyAnalyzers.Tool.Model;

namespace PrivacyAnalyzers.Tool.Tests.Reports;

/// <summary>Runs a report writer into a string and builds the small maps the report tests need besides the SimWorks one.</summary>
internal static class ReportRendering
{
    public static string Render(Action<DataMap, TextWriter> write, DataMap map)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        write(map, writer);
        return writer.ToString();
    }

    public static DataMap Empty() => new(DataMap.CurrentSchemaVersion, "Empty.csproj", [], null, [], [], []);

    /// <summary>A map whose names carry Markdown and HTML syntax, to prove every writer escapes them.</summary>
    public static DataMap WithHostileNames()
    {
        var at = new SourceLocation("Evil/Evil|Type.cs", 3, 1);
        var type = new DataTypeEntry(
            "Evil.Evil|Type",
            "Evil",
            "class",
            Retention: null,
            DataSubjectId: null,
            [new DataMemberEntry("<script>alert(1)</script>", "string", "user.name", false, ["a|b"], null, null, null, false, at)],
            at);
        var flow = new FlowEntry(FlowKinds.Recipient, "Sdk.Send", "<script>alert(2)</script>", null,
            [new FlowData("Evil|Type.<script>alert(1)</script>", "user.name")], [], false, "Evil.Evil|Type.Send()", "Evil", at);
        var finding = new FindingEntry("PRIV002", "error", "line one\nline two | <b>bold</b>", "Evil", at, "javascript:alert(3)");
        return new DataMap(DataMap.CurrentSchemaVersion, "Evil<script>.csproj", [], null, [type], [flow], [finding]);
    }
}
