using System.Xml.Linq;
using EucaConsole.Domain.Cloud.Query;

namespace EucaConsole.Domain.Stacks;

/// <summary>Reply mapping of the CloudFormation 2010-05-15 operations.</summary>
internal static class StackReplies
{
    public static IEnumerable<Stack> Stacks(XElement result) =>
        result.Members("Stacks").Select(s => new Stack(
            s.Required("StackName"),
            s.Required("StackId"),
            s.Required("StackStatus"),
            s.Text("StackStatusReason"),
            s.Text("Description"),
            s.Date("CreationTime"),
            s.Date("LastUpdatedTime"),
            [.. s.Members("Parameters").Select(p => new StackParameter(p.Required("ParameterKey"), p.Text("ParameterValue")))],
            [.. s.Members("Outputs").Select(o => new StackOutput(o.Required("OutputKey"), o.Text("OutputValue"), o.Text("Description")))]));

    public static IEnumerable<StackResource> Resources(XElement result) =>
        result.Members("StackResourceSummaries").Select(r => new StackResource(
            r.Required("LogicalResourceId"), r.Text("PhysicalResourceId"), r.Required("ResourceType"), r.Required("ResourceStatus"),
            r.Date("LastUpdatedTimestamp")));

    public static IEnumerable<StackEvent> Events(XElement result) =>
        result.Members("StackEvents").Select(e => new StackEvent(
            e.Required("EventId"), e.Required("LogicalResourceId"), e.Text("ResourceType"), e.Required("ResourceStatus"),
            e.Text("ResourceStatusReason"), e.Date("Timestamp")));

    public static TemplateSummary TemplateSummary(XElement result) => new(
        [.. result.Members("Parameters").Select(p => new TemplateParameter(p.Required("ParameterKey"), "String", p.Text("DefaultValue"), p.Text("Description"),
            p.Text("NoEcho") == "true", [], null, null, null, null, null, null))],
        [.. result.Members("Capabilities").Select(c => c.Value)],
        result.Text("Description"));
}
