using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace EucaConsole.Benchmarks;

/// <summary>
/// In-process runs (no separate build per benchmark) with room for a long global setup: moto_server
/// takes minutes to load 15,000 images.
/// </summary>
public sealed class LongSetupConfig : ManualConfig
{
    public LongSetupConfig()
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(10));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
