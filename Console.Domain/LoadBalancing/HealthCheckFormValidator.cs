using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.LoadBalancing;

/// <summary>ELB's limits on a health check.</summary>
public sealed class HealthCheckFormValidator : AbstractValidator<HealthCheckForm>
{
    public HealthCheckFormValidator()
    {
        RuleFor(f => f.Protocol).Must(p => BalancerFormValidator.Protocols.Contains(p)).WithMessage(_ => Say.T("The health check uses HTTP, HTTPS, TCP or SSL."));
        RuleFor(f => f.Port).InclusiveBetween(1, 65535).WithMessage(_ => Say.T("The health check port is 1 to 65535."));
        RuleFor(f => f.Path).Must(p => p.StartsWith('/') && p.Length <= 1024 && p.All(c => c is > ' ' and <= '~'))
            .When(f => BalancerFormValidator.IsWeb(f.Protocol)).WithMessage(_ => Say.T("An HTTP health check path starts with / (e.g. /health)."));
        RuleFor(f => f.Interval).InclusiveBetween(5, 300).WithMessage(_ => Say.T("The interval is 5 to 300 seconds."));
        RuleFor(f => f.Timeout).InclusiveBetween(2, 60).WithMessage(_ => Say.T("The timeout is 2 to 60 seconds."));
        RuleFor(f => f.Timeout).LessThan(f => f.Interval).WithMessage(_ => Say.T("The timeout is shorter than the interval."));
        RuleFor(f => f.HealthyThreshold).InclusiveBetween(2, 10).WithMessage(_ => Say.T("The healthy threshold is 2 to 10 checks."));
        RuleFor(f => f.UnhealthyThreshold).InclusiveBetween(2, 10).WithMessage(_ => Say.T("The unhealthy threshold is 2 to 10 checks."));
    }
}
