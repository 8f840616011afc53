using Causa.Checking;

namespace Causa.Checking.Tests.Checking;

public sealed class ArticleReducerTests
{
    [Fact]
    public void Html_keeps_headings_paragraphs_and_list_items_as_blocks_and_drops_scripts()
    {
        const string html = "<html><head><title>T</title><style>p{}</style></head><body><h1>About pills</h1>" +
            "<script>var x = 'nausea';</script><p>First <b>para</b>graph.</p><ul><li>one</li><li>two</li></ul>" +
            "<noscript>enable js</noscript><template><p>hidden</p></template></body></html>";

        var reduced = ArticleReducer.Reduce(html);

        Assert.Equal(ArticleFormat.Html, reduced.Format);
        Assert.Equal("About pills\n\nFirst paragraph.\n\none\n\ntwo", reduced.Text);
        Assert.Equal([TextBlockKind.Heading, TextBlockKind.Paragraph, TextBlockKind.ListItem, TextBlockKind.ListItem], reduced.Blocks.Select(b => b.Kind));
        Assert.Equal("one", reduced.Text[reduced.Blocks[2].Start..reduced.Blocks[2].End]);
    }

    [Fact]
    public void Markdown_drops_markup_and_keeps_link_text_and_headings()
    {
        const string md = "# Pills and you\n\nSome **bold** and _italic_ text with a [link](https://example.org).\n\n- item `one`\n1. item two\n";

        var reduced = ArticleReducer.Reduce(md);

        Assert.Equal(ArticleFormat.Markdown, reduced.Format);
        Assert.Equal("Pills and you\n\nSome bold and italic text with a link.\n\nitem one\n\nitem two", reduced.Text);
        Assert.Equal(TextBlockKind.Heading, reduced.Blocks[0].Kind);
        Assert.Equal(TextBlockKind.ListItem, reduced.Blocks[3].Kind);
    }

    [Fact]
    public void Deeply_nested_html_is_read_without_exhausting_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "deep text" + string.Concat(Enumerable.Repeat("</span></div>", 20_000)) + "</body></html>";

        var reduced = ArticleReducer.Reduce(html, ArticleFormat.Html);

        Assert.Contains("deep text", reduced.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_html_still_gives_its_text()
    {
        var reduced = ArticleReducer.Reduce("<p>Unclosed <b>bold <i>and <p>next</div></span>", ArticleFormat.Html);

        Assert.Equal("Unclosed bold and\n\nnext", reduced.Text);
    }
}
