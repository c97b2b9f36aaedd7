using BenchmarkDotNet.Running;

// scripts/benchmark runs every benchmark here; pass --filter '*Name*' to choose.
BenchmarkSwitcher.FromAssembly(typeof(EucaConsole.Benchmarks.ImageCacheBenchmarks).Assembly).Run(args);
