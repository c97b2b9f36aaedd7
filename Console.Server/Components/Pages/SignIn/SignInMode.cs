namespace EucaConsole.Server.Components.Pages.SignIn;

public enum SignInMode
{
    Eucalyptus,
    Aws,
    Sandbox,
}
