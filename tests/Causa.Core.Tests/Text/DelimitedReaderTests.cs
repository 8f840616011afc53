using Causa.Core.Text;
using Causa.Core.Vocabulary;
using Causa.Core.Vocabulary.Sources;

namespace Causa.Core.Tests.Text;

/// <summary>RFC 4180 cases for the one delimited-text reader; every expected value is written out by hand.</summary>
public sealed class DelimitedReaderTests
{
    private static DataRow[] Csv(string text, long linesRead = 0) => [.. DelimitedReader.Records(new StringReader(text), DelimitedFormat.Csv, linesRead)];

    [Fact]
    public void A_quoted_field_keeps_its_commas()
    {
        var rows = Csv("a,\"b,c\",d\n");

        var row = Assert.Single(rows);
        Assert.Equal(["a", "b,c", "d"], row.Fields);
        Assert.Null(row.Problem);
    }

    [Fact]
    public void Doubled_quotes_inside_a_quoted_field_are_one_quote()
    {
        var row = Assert.Single(Csv("\"say \"\"hi\"\"\",x\n"));

        Assert.Equal(["say \"hi\"", "x"], row.Fields);
    }

    [Fact]
    public void A_quoted_field_may_span_lines_and_the_next_record_knows_its_line()
    {
        var rows = Csv("\"line one\nline two\",z\nnext,row\n");

        Assert.Equal(2, rows.Length);
        Assert.Equal(["line one\nline two", "z"], rows[0].Fields);
        Assert.Equal(1, rows[0].Line);
        Assert.Equal(["next", "row"], rows[1].Fields);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void A_line_break_inside_quotes_is_kept_as_written()
    {
        var rows = Csv("\"a\r\nb\",c\r\n\"d\re\",f");

        Assert.Equal(["a\r\nb", "c"], rows[0].Fields);
        Assert.Equal(["d\re", "f"], rows[1].Fields);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void Crlf_lf_and_lone_cr_all_end_a_record()
    {
        var rows = Csv("a,b\r\nc,d\ne,f\rg,h");

        Assert.Equal(4, rows.Length);
        Assert.Equal(["a", "b"], rows[0].Fields);
        Assert.Equal(["c", "d"], rows[1].Fields);
        Assert.Equal(["e", "f"], rows[2].Fields);
        Assert.Equal(["g", "h"], rows[3].Fields);
        Assert.Equal([1L, 2L, 3L, 4L], rows.Select(static r => r.Line));
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_not_part_of_the_first_field()
    {
        var rows = Csv("\uFEFFid,name\n1,x\n");

        Assert.Equal(["id", "name"], rows[0].Fields);
        Assert.Equal(["1", "x"], rows[1].Fields);
    }

    [Fact]
    public void Ragged_rows_keep_the_fields_they_have()
    {
        var rows = Csv("a,b,c\nd\ne,f,g,h\n");

        Assert.Equal([3, 1, 4], rows.Select(static r => r.Fields.Length));
        Assert.Equal(["d"], rows[1].Fields);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted()
    {
        var rows = Csv("a\n\n\r\n\nb\n");

        Assert.Equal(2, rows.Length);
        Assert.Equal(["b"], rows[1].Fields);
        Assert.Equal(5, rows[1].Line);
    }

    [Fact]
    public void Empty_fields_quoted_or_not_are_empty_strings()
    {
        var rows = Csv(",,\n\"\",x,\n");

        Assert.Equal(["", "", ""], rows[0].Fields);
        Assert.Equal(["", "x", ""], rows[1].Fields);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_text()
    {
        var row = Assert.Single(Csv("5\" tablet,x\n"));

        Assert.Equal(["5\" tablet", "x"], row.Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_a_problem_naming_the_line_it_opened_on()
    {
        var rows = Csv("h1,h2\nok,1\nbad,\"open\nmore\n");

        Assert.Equal(3, rows.Length);
        Assert.Null(rows[1].Problem);
        Assert.Equal(3, rows[2].Line);
        Assert.Equal("quoted field opened on line 3 is not closed before the end of the file", rows[2].Problem);
        Assert.Equal(["bad", "open\nmore\n"], rows[2].Fields);
    }

    [Fact]
    public void Tab_separated_text_takes_quotes_as_text()
    {
        var rows = DelimitedReader.Records(new StringReader("say \"hi\"\tx\n\"a\tb\"\n"), DelimitedFormat.Tsv).ToArray();

        Assert.Equal(["say \"hi\"", "x"], rows[0].Fields);
        Assert.Equal(["\"a", "b\""], rows[1].Fields);
    }

    [Fact]
    public void Line_numbers_continue_after_a_header_read_elsewhere()
    {
        var rows = Csv("x,y\n\nz,w\n", linesRead: 1);

        Assert.Equal(2, rows[0].Line);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void A_crlf_split_across_the_read_buffer_ends_one_record()
    {
        // The reader fills 16,384 characters at a time: the CR is the last of the first fill, the LF the first of the next.
        var field = new string('x', 16383);

        var rows = Csv(field + "\r\nnext\r\n");

        Assert.Equal(2, rows.Length);
        Assert.Equal(16383, rows[0].Fields[0].Length);
        Assert.Equal(["next"], rows[1].Fields);
        Assert.Equal(2, rows[1].Line);
    }

    [Fact]
    public void Splitting_one_line_uses_the_same_rules()
    {
        Assert.Equal(["x", "y,z", "q\"r"], DelimitedText.Split("x,\"y,z\",\"q\"\"r\"", ','));
        Assert.Equal(["a", "\"b\""], DelimitedText.Split("a\t\"b\"", '\t'));

        var fields = DelimitedText.Split("a,\"b", ',', out var unterminated);

        Assert.True(unterminated);
        Assert.Equal(["a", "b"], fields);
    }

    [Fact]
    public void A_vocabulary_table_rejects_an_unclosed_quote_naming_file_line_and_reason()
    {
        var builder = new VocabularyBuilder();
        var csv = "set_id,ingredient_rx_cui,ingredient_name\n1,11,\"aspirin, buffered\"\n2,22,\"ibuprofen\n";

        var result = OnSidesIngredientReader.Read(new StringReader(csv), "ingredients.csv", builder);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Rows);
        Assert.Equal(1, result.Rejected);
        Assert.Equal("ingredients.csv, line 3: malformed row: quoted field opened on line 3 is not closed before the end of the file", result.FirstRejection);
    }
}
