using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Storage;

public sealed class NewVolumeFormValidator : AbstractValidator<NewVolumeForm>
{
    /// <summary>The largest volume EC2 makes of the types offered (16 TiB); st1 and sc1 start at 125 GiB.</summary>
    public const int MaxSizeGiB = 16_384;

    public static IReadOnlyList<string> VolumeTypes { get; } = ["gp3", "gp2", "st1", "sc1", "standard"];

    public NewVolumeFormValidator()
    {
        RuleFor(f => f.AvailabilityZone).NotEmpty().WithMessage(_ => Say.T("Choose the availability zone of the instances it will attach to."));
        RuleFor(f => f.SizeGiB).NotNull().When(f => f.SnapshotId.Length == 0).WithMessage(_ => Say.T("Give a size in GiB, or choose a snapshot."));
        RuleFor(f => f.SizeGiB!.Value).InclusiveBetween(1, MaxSizeGiB).When(f => f.SizeGiB is not null)
            .WithMessage(_ => Say.T("A volume has 1 to {0:N0} GiB.", MaxSizeGiB));
        RuleFor(f => f.SizeGiB!.Value).GreaterThanOrEqualTo(125).When(f => f.SizeGiB is not null && f.VolumeType is "st1" or "sc1")
            .WithMessage(_ => Say.T("st1 and sc1 volumes have at least 125 GiB."));
        RuleFor(f => f.SizeGiB!.Value).GreaterThanOrEqualTo(f => f.SnapshotSizeGiB ?? 0)
            .When(f => f.SizeGiB is not null && f.SnapshotId.Length > 0)
            .WithMessage(f => Say.T("A volume from this snapshot has at least its {0} GiB.", f.SnapshotSizeGiB));
        RuleFor(f => f.VolumeType).Must(t => VolumeTypes.Contains(t)).WithMessage(_ => Say.T("Choose a type: {0}.", string.Join(", ", VolumeTypes)));
        RuleFor(f => f.SnapshotId).Matches("^snap-[0-9a-f]{8,17}$").When(f => f.SnapshotId.Length > 0).WithMessage(_ => Say.T("Choose a snapshot from the list."));
        RuleFor(f => f.Name).MaximumLength(256).WithMessage(_ => Say.T("A name has at most 256 characters."));
    }
}
