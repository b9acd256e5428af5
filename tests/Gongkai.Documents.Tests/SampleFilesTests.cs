namespace Gongkai.Documents.Tests;

public class SampleFilesTests
{
    [Fact]
    public void Seed_IsCopiedBesideTheTests() =>
        Assert.StartsWith("新郑市新建路街道办事处", File.ReadAllText(SampleFiles.Seed2020), StringComparison.Ordinal);
}
