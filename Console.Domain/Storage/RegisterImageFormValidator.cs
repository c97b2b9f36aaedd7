using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.Storage;

public sealed class RegisterImageFormValidator : AbstractValidator<RegisterImageForm>
{
    public static IReadOnlyList<string> Architectures { get; } = ["x86_64", "i386", "arm64"];

    public static IReadOnlyList<string> VirtualizationTypes { get; } = ["hvm", "paravirtual"];

    public RegisterImageFormValidator()
    {
        RuleFor(f => f.Name)
            .NotEmpty().WithMessage(_ => Say.T("Name the image."))
            .Length(3, 128).WithMessage(_ => Say.T("An image name has 3 to 128 characters."))
            .Matches(@"^[a-zA-Z0-9()\[\] ./\-'@_]+$").WithMessage(_ => Say.T("An image name uses letters, digits, spaces and ( ) [ ] . / - ' @ _ only."));
        RuleFor(f => f.Description).MaximumLength(255).WithMessage(_ => Say.T("A description has at most 255 characters."));
        RuleFor(f => f.SnapshotId).Matches("^snap-[0-9a-f]{8,17}$").WithMessage(_ => Say.T("Choose a snapshot."));
        RuleFor(f => f.Architecture).Must(a => Architectures.Contains(a)).WithMessage(_ => Say.T("Choose an architecture."));
        RuleFor(f => f.VirtualizationType).Must(v => VirtualizationTypes.Contains(v)).WithMessage(_ => Say.T("Choose hvm or paravirtual."));
        RuleFor(f => f.RootDeviceName).Must(DeviceNames.IsRootCandidate).WithMessage(_ => Say.T("Give the root device as /dev/sda1 or /dev/xvda."));
    }
}
