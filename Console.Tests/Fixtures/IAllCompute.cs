using EucaConsole.Domain.Compute;

namespace EucaConsole.Tests.Fixtures;

/// <summary>Every EC2 service interface in one, so one test double (scripted, counting) can stand for each of them.</summary>
public interface IAllCompute : IInstanceService, IImageService, IVolumeService, ISecurityGroupService, IKeyPairService, IAddressService, IComputeBasics;
