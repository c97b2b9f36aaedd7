using EucaConsole.Domain.Cloud;
using FluentValidation;
using EucaConsole.Domain.Text;

namespace EucaConsole.Domain.LoadBalancing;

/// <summary>
/// Makes a load balancer from the form: created with its listeners and zones, then its health check, then
/// its instances. If a later call fails the balancer is kept and the report says what was done and what failed.
/// </summary>
public sealed class BalancerMaker(ILoadBalancingService balancers, IValidator<BalancerForm> validator)
{
    /// <exception cref="ValidationException">The form breaks a rule; nothing was sent.</exception>
    /// <exception cref="CloudException">The balancer itself could not be made.</exception>
    public async Task<BalancerCreation> CreateAsync(BalancerForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        await validator.ValidateAndThrowAsync(form, cancellationToken).ConfigureAwait(false);
        var dnsName = await balancers.CreateLoadBalancerAsync(form.Name, [.. form.Listeners.Select(l => l.ToListener())], form.Zones, cancellationToken,
            form.Subnets.Count > 0 ? form.Subnets : null, form.SecurityGroups.Count > 0 ? form.SecurityGroups : null).ConfigureAwait(false);
        var done = new List<string> { $"created {form.Name} ({dnsName})" };
        try
        {
            if (form.Attributes != BalancerAttributes.Default)
            {
                await balancers.ModifyAttributesAsync(form.Name, form.Attributes, cancellationToken).ConfigureAwait(false);
                done.Add($"cross-zone {(form.CrossZone ? "on" : "off")}, draining {(form.Draining ? $"{form.DrainingTimeout} s" : "off")}");
            }

            await balancers.ConfigureHealthCheckAsync(form.Name, form.Check.ToHealthCheck(), cancellationToken).ConfigureAwait(false);
            done.Add($"health check {form.Check.Target}");
            if (form.InstanceIds.Count > 0)
            {
                await balancers.RegisterInstancesAsync(form.Name, form.InstanceIds, cancellationToken).ConfigureAwait(false);
                done.Add($"registered {string.Join(", ", form.InstanceIds)}");
            }

            return new BalancerCreation(form.Name, dnsName, done, null);
        }
        catch (CloudException error)
        {
            return new BalancerCreation(form.Name, dnsName, done, error.Describe());
        }
    }
}

/// <summary>What making a balancer did; <see cref="Problem"/> is the call that failed after it was made.</summary>
public sealed record BalancerCreation(string Name, string DnsName, IReadOnlyList<string> Done, string? Problem)
{
    public string Describe() => Problem is null
        ? Say.T("Load balancer {0}: {1}.", Name, string.Join("; ", Done))
        : Say.T("Load balancer {0} was made ({1}), but then: {2}", Name, string.Join("; ", Done), Problem);
}
