using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.LoadBalancing;

/// <summary>What ELB refuses, checked before the first call.</summary>
public sealed class BalancerFormValidator : AbstractValidator<BalancerForm>
{
    public static IReadOnlyList<string> Protocols { get; } = ["HTTP", "HTTPS", "TCP", "SSL"];

    public BalancerFormValidator()
    {
        RuleFor(f => f.Name).Matches("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$")
            .WithMessage(_ => Say.T("A load balancer name has 1 to 32 letters, digits or hyphens, and does not start or end with a hyphen."));
        RuleFor(f => f.Zones).NotEmpty().When(f => f.Subnets.Count == 0).WithMessage(_ => Say.T("Choose at least one availability zone (or subnet)."));
        RuleFor(f => f.DrainingTimeout).InclusiveBetween(1, 3600).When(f => f.Draining).WithMessage(_ => Say.T("Connection draining waits 1 to 3,600 seconds."));
        RuleFor(f => f.Listeners).NotEmpty().WithMessage(_ => Say.T("Add at least one listener."));
        RuleFor(f => f.Listeners).Must(l => l.Select(x => x.LoadBalancerPort).Distinct().Count() == l.Count)
            .WithMessage(_ => Say.T("Each load balancer port only once."));
        RuleForEach(f => f.Listeners).ChildRules(listener =>
        {
            listener.RuleFor(l => l.Protocol).Must(p => Protocols.Contains(p)).WithMessage(_ => Say.T("A listener speaks HTTP, HTTPS, TCP or SSL."));
            listener.RuleFor(l => l.InstanceProtocol).Must(p => Protocols.Contains(p)).WithMessage(_ => Say.T("Instances speak HTTP, HTTPS, TCP or SSL."));
            listener.RuleFor(l => l.InstanceProtocol).Must((l, p) => IsWeb(l.Protocol) == IsWeb(p))
                .WithMessage(l => Say.T("A {0} listener forwards to {1}.", l.Protocol, IsWeb(l.Protocol) ? Say.T("HTTP or HTTPS") : Say.T("TCP or SSL")));
            listener.RuleFor(l => l.LoadBalancerPort).Must(p => p is 25 or 80 or 443 or 465 or 587 || p is >= 1024 and <= 65535)
                .WithMessage(_ => Say.T("A load balancer port is 25, 80, 443, 465, 587 or 1024 to 65535."));
            listener.RuleFor(l => l.InstancePort).InclusiveBetween(1, 65535).WithMessage(_ => Say.T("An instance port is 1 to 65535."));
            listener.RuleFor(l => l.CertificateArn).NotEmpty().When(l => l.NeedsCertificate)
                .WithMessage(l => Say.T("An {0} listener needs a server certificate.", l.Protocol));
        });
        RuleFor(f => f.Check).SetValidator(new HealthCheckFormValidator());
    }

    internal static bool IsWeb(string protocol) => protocol is "HTTP" or "HTTPS";
}
