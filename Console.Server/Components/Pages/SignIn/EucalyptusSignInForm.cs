using System.ComponentModel.DataAnnotations;
using EucaConsole.Domain.Cloud;

namespace EucaConsole.Server.Components.Pages.SignIn;

public sealed class EucalyptusSignInForm
{
    [Required(ErrorMessage = "Enter the cloud host.")]
    [RegularExpression(@"^\s*([A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?)*\s*$",
        ErrorMessage = "Enter a host name or IP address, without http:// or a port.")]
    public string Host { get; set; } = string.Empty;

    [Range(1, 65535, ErrorMessage = "The port is a number from 1 to 65535.")]
    public int Port { get; set; } = CloudProfile.DefaultEucalyptusPort;

    public bool UseHttps { get; set; }

    [Required(ErrorMessage = "Enter the account name.")]
    public string Account { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the user name.")]
    public string User { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the password.")]
    public string Password { get; set; } = string.Empty;
}
