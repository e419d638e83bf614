using ConventionBot.Letters.Storage;

namespace ConventionBot.Letters.Tests.Storage;

public class SqliteVarintTests
{
    [Theory]
    [InlineData(new byte[] { 0x03 }, 3)]
    [InlineData(new byte[] { 0x7f }, 127)]
    [InlineData(new byte[] { 0x81, 0x00 }, 128)]
    [InlineData(new byte[] { 0x81, 0x80, 0x00 }, 16384)]
    [InlineData(new byte[] { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff }, -1)]
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x81, 0x00 }, 256)]
    public void Reads_sqlite_varints_and_moves_past_them(byte[] bytes, long expected)
    {
        var offset = 0;

        Assert.Equal(expected, SqliteVarint.Read(bytes, ref offset));
        Assert.Equal(bytes.Length, offset);
    }

    [Fact]
    public void Reads_one_varint_after_another()
    {
        byte[] bytes = [0x82, 0x2c, 0x05];
        var offset = 0;

        Assert.Equal(300, SqliteVarint.Read(bytes, ref offset));
        Assert.Equal(5, SqliteVarint.Read(bytes, ref offset));
    }
}
