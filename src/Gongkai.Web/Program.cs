using Gongkai.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkaiWeb();

var app = builder.Build();
app.UseGongkaiWeb();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>
/// The entry point, made visible so that tests can host the real app with
/// <c>WebApplicationFactory&lt;Program&gt;</c> (Microsoft.AspNetCore.Mvc.Testing).
/// </summary>
public partial class Program;
