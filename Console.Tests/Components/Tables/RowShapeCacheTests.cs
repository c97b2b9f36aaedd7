using EucaConsole.Components.Pages.Identity;
using EucaConsole.Components.Tables;
using EucaConsole.Domain.Identity;
using Microsoft.Extensions.Time.Testing;

namespace EucaConsole.Tests.Components.Tables;

/// <summary>The rows' shared shapes are keyed by what the table is, not by which list object holds its columns, and bounded.</summary>
public sealed class RowShapeCacheTests
{
    private static readonly HashSet<string> NoneHidden = [];

    [Fact]
    public void Columns_built_anew_on_every_visit_find_the_same_shape()
    {
        var time = new FakeTimeProvider();
        var first = RowShape<ServerCertificate>.For("certificates-test", CertificateSearch.For(time).Columns, NoneHidden, "Copy", "Copy {0}", null);
        var before = RowShape<ServerCertificate>.Count;

        for (var visit = 0; visit < 20; visit++)
        {
            Assert.Same(first, RowShape<ServerCertificate>.For("certificates-test", CertificateSearch.For(time).Columns, NoneHidden, "Copy", "Copy {0}", null));
        }

        Assert.Equal(before, RowShape<ServerCertificate>.Count);
    }

    [Fact]
    public void Different_columns_under_one_table_name_get_different_shapes_and_the_cache_never_grows_past_its_bound()
    {
        IReadOnlyList<TableColumn<string>> names = [new("Name", s => s)];
        IReadOnlyList<TableColumn<string>> lengths = [new("Length", s => s.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        Assert.NotSame(RowShape<string>.For("bounded", names, NoneHidden, "Copy", "Copy {0}", null),
            RowShape<string>.For("bounded", lengths, NoneHidden, "Copy", "Copy {0}", null));

        for (var table = 0; table < RowShape<string>.MaxShapes + 50; table++)
        {
            var shape = RowShape<string>.For($"table-{table}", names, NoneHidden, "Copy", "Copy {0}", null);
            Assert.Single(shape.Shown);
        }

        Assert.True(RowShape<string>.Count <= RowShape<string>.MaxShapes);
    }
}
