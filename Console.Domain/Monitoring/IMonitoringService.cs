namespace EucaConsole.Domain.Monitoring;

/// <summary>CloudWatch, as far as the console needs it: the alarms that run scaling policies.</summary>
public interface IMonitoringService
{
    /// <summary>Alarms whose actions include one of <paramref name="actionArns"/> (a scaling policy's ARN).</summary>
    Task<IReadOnlyList<Alarm>> DescribeAlarmsForActionsAsync(IReadOnlyCollection<string> actionArns, CancellationToken cancellationToken);
}
