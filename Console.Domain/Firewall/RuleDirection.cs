namespace EucaConsole.Domain.Firewall;

public enum RuleDirection
{
    Ingress,
    Egress,
}
