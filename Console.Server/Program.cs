using EucaConsole.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsoleServer();

var app = builder.Build();
app.UseConsoleServer();
app.Run();

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
