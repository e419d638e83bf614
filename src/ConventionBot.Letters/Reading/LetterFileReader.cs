namespace ConventionBot.Letters.Reading;

/// <summary>Reads a letter file of any supported format into plain text, refusing what cannot be a letter.</summary>
public sealed class LetterFileReader
{
    /// <summary>Real letters are a few KB; even a long PDF with a scanned letterhead stays well under this.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    private readonly Dictionary<string, ILetterFormatReader> _byExtension;

    public LetterFileReader() : this([new PlainTextReader(), new DocxReader(), new PdfReader(), new HtmlReader()])
    {
    }

    public LetterFileReader(IEnumerable<ILetterFormatReader> readers)
    {
        _byExtension = readers
            .SelectMany(reader => reader.Extensions.Select(extension => (extension, reader)))
            .ToDictionary(pair => pair.extension, pair => pair.reader, StringComparer.OrdinalIgnoreCase);
    }

    public bool Supports(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    public IEnumerable<string> SupportedExtensions => _byExtension.Keys;

    /// <summary>
    /// The raw bytes, checked for size and emptiness, for hashing before any parsing is done. Synchronous on purpose:
    /// letters are small and read on the parsing threads, and .NET emulates asynchronous file reads on Linux with the
    /// thread pool, which cost an ingest more than the reads themselves.
    /// </summary>
    public byte[] ReadBytes(string path)
    {
        if (!Supports(path))
            throw new LetterReadException(
                $"'{Path.GetExtension(path)}' is not a letter format (use {string.Join(", ", _byExtension.Keys.Order())})");
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new LetterReadException("the file does not exist");
        if (info.Length > MaxFileBytes)
            throw new LetterReadException($"the file is {info.Length / (1024 * 1024)} MB; letters larger than {MaxFileBytes / (1024 * 1024)} MB are refused");
        if (info.Length == 0)
            throw new LetterReadException("the file is empty");
        return File.ReadAllBytes(path);
    }

    public string ReadText(string path, byte[] content)
    {
        var text = _byExtension[Path.GetExtension(path)].ReadText(content);
        if (string.IsNullOrWhiteSpace(text))
            throw new LetterReadException("the file has no text");
        return text;
    }
}
