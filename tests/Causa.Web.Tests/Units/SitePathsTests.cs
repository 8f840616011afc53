namespace Causa.Web.Tests.Units;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("Back pain", "back-pain")]
    [InlineData("  back \t pain  ", "back-pain")]
    [InlineData("mirtazapine", "mirtazapine")]
    [InlineData("", "")]
    public void Slugs_are_lower_case_with_dashes(string name, string expected) => Assert.Equal(expected, SitePaths.Slug(name));

    [Theory]
    [InlineData("mirtazapine", "back pain", "/mirtazapine/back-pain")]
    [InlineData("a/b", "c?d", "/a%2Fb/c%3Fd")]
    [InlineData("<script>", "x", "/%3Cscript%3E/x")]
    [InlineData("javascript:alert(1)", "x", "/javascript%3Aalert%281%29/x")]
    [InlineData("", "x", "/-/x")]
    public void Answer_addresses_keep_each_name_in_one_escaped_segment(string drug, string condition, string expected) =>
        Assert.Equal(expected, SitePaths.Answer(drug, condition));

    [Theory]
    [InlineData("/", true)]
    [InlineData("/mirtazapine/back-pain?q=x", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/a\r\nSet-Cookie: x", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_site_paths_are_local(string? path, bool expected) => Assert.Equal(expected, SitePaths.IsLocal(path));
}
