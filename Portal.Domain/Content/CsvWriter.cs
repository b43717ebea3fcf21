using System.Text;

namespace Portal.Domain.Content;

/// <summary>
/// The one CSV writer: RFC 4180 rows (comma-separated, CRLF line ends), formula-safe cells, and the file as UTF-8 with a
/// byte-order mark so spreadsheet apps read Chinese text. Every export (event attendees, the console's reports) uses it.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder csv = new();
    private bool drained;

    /// <summary>Appends one row of cells.</summary>
    public CsvWriter Row(IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        return this;
    }

    /// <summary>The rows so far as UTF-8 bytes with a byte-order mark.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];

    /// <summary>
    /// Writes the rows so far to <paramref name="stream"/> (the byte-order mark first, the first time) and starts over: how
    /// a long export streams page by page instead of building the whole file in memory.
    /// </summary>
    public async Task DrainToAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = drained ? Encoding.UTF8.GetBytes(csv.ToString()) : ToBytes();
        drained = true;
        csv.Clear();
        await stream.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>
    /// One CSV field: a leading = + - @ (or tab/CR) gets a single quote so a spreadsheet shows text instead of running a
    /// formula; then fields with a comma, quote or line break are quoted, with quotes doubled.
    /// </summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
