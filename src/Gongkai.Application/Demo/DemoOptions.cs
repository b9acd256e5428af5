namespace Gongkai.Application.Demo;

/// <summary>Configuration section <c>Demo</c>: the demonstration data created on first run.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Create the demo agencies and accounts when the database has no agency yet.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The password of every demo account (printed at start-up; change it on a real deployment).</summary>
    public string Password { get; set; } = "Gongkai2020demo";
}
