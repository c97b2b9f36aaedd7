using EucaConsole.Domain.Cloud;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Monitoring;

/// <summary>CloudWatch over the project's Query client.</summary>
internal sealed class MonitoringService(CloudConnection connection) : IMonitoringService
{
    public async Task<IReadOnlyList<Alarm>> DescribeAlarmsForActionsAsync(IReadOnlyCollection<string> actionArns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actionArns);
        if (actionArns.Count == 0)
        {
            return [];
        }

        var client = await connection.QueryAsync(QueryApi.CloudWatch, cancellationToken).ConfigureAwait(false);
        var alarms = await client.ListAllAsync("DescribeAlarms", new QueryParameters().Add("MaxRecords", connection.Options.PageSize), "NextToken", "NextToken",
            result => result.Members("MetricAlarms").Select(a => new Alarm(a.Required("AlarmName"), a.Text("MetricName"), a.Text("ComparisonOperator"),
                double.TryParse(a.Text("Threshold"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null,
                a.Text("StateValue") ?? "INSUFFICIENT_DATA", a.Text("StateReason"), a.Strings("AlarmActions"))), cancellationToken).ConfigureAwait(false);
        return [.. alarms.Where(a => a.AlarmActions.Any(actionArns.Contains))];
    }
}
