namespace ConventionBot.Letters.Reading;

internal static class BinaryContent
{
    /// <summary>A NUL byte, or many control characters, in the first 8 KB means this is not text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 8192)];
        if (head.Contains((byte)0))
            return true;
        var controls = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
                controls++;
        return head.Length > 0 && controls * 10 > head.Length;
    }
}
