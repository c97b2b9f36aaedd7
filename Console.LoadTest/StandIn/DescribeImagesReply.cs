using System.Globalization;
using System.Xml;

namespace EucaConsole.LoadTest.StandIn;

/// <summary>An EC2 DescribeImages reply (the Query API's XML) for a page of the generated catalogue.</summary>
internal static class DescribeImagesReply
{
    public static string Write(IEnumerable<GeneratedImage> images, string? nextToken)
    {
        var settings = new XmlWriterSettings { OmitXmlDeclaration = false, Indent = false };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(text, settings))
        {
            const string ns = "http://ec2.amazonaws.com/doc/2016-11-15/";
            xml.WriteStartElement("DescribeImagesResponse", ns);
            xml.WriteElementString("requestId", ns, Guid.NewGuid().ToString());
            xml.WriteStartElement("imagesSet", ns);
            foreach (var image in images)
            {
                xml.WriteStartElement("item", ns);
                xml.WriteElementString("imageId", ns, image.Id);
                xml.WriteElementString("imageLocation", ns, $"{image.OwnerId}/{image.Name}");
                xml.WriteElementString("imageState", ns, "available");
                xml.WriteElementString("imageOwnerId", ns, image.OwnerId);
                if (image.OwnerAlias is { } alias)
                {
                    xml.WriteElementString("imageOwnerAlias", ns, alias);
                }

                xml.WriteElementString("creationDate", ns, image.Created.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
                xml.WriteElementString("isPublic", ns, image.IsPublic ? "true" : "false");
                xml.WriteElementString("architecture", ns, image.Architecture);
                xml.WriteElementString("imageType", ns, "machine");
                if (image.Platform.Length > 0)
                {
                    xml.WriteElementString("platform", ns, image.Platform);
                }

                xml.WriteElementString("name", ns, image.Name);
                xml.WriteElementString("description", ns, image.Description);
                xml.WriteElementString("rootDeviceType", ns, image.RootDeviceType);
                xml.WriteElementString("rootDeviceName", ns, "/dev/sda1");
                xml.WriteElementString("virtualizationType", ns, "hvm");
                xml.WriteElementString("hypervisor", ns, "xen");
                xml.WriteStartElement("tagSet", ns);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            if (nextToken is not null)
            {
                xml.WriteElementString("nextToken", ns, nextToken);
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }
}
