using System.Text;
using Portal.Domain.Content;

namespace Portal.Tests.Content;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("陈晓, Chen", "\"陈晓, Chen\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Cells_are_quoted_and_defused(string value, string expected) => Assert.Equal(expected, CsvWriter.Cell(value));

    [Fact]
    public void The_file_is_utf8_with_a_byte_order_mark_and_crlf_rows()
    {
        var bytes = new CsvWriter().Row(["名字", "a,b"]).Row(["=1", "x"]).ToBytes();

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("名字,\"a,b\"\r\n'=1,x\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void An_empty_writer_is_only_the_byte_order_mark() => Assert.Equal(Encoding.UTF8.GetPreamble(), new CsvWriter().ToBytes());
}
