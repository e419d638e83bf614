namespace ConventionBot.Letters.Storage;

/// <summary>
/// SQLite's variable-length integer (https://www.sqlite.org/fileformat2.html#varint): big-endian, seven bits per byte
/// with the high bit saying "more", except a ninth byte, which gives all eight. FTS5 writes its statistics this way.
/// </summary>
internal static class SqliteVarint
{
    public static long Read(ReadOnlySpan<byte> bytes, ref int offset)
    {
        long value = 0;
        for (var i = 0; i < 8; i++)
        {
            var b = bytes[offset++];
            value = (value << 7) | (long)(b & 0x7f);
            if ((b & 0x80) == 0)
                return value;
        }
        return (value << 8) | bytes[offset++];
    }
}
