namespace ConventionBot.Answering;

/// <summary>
/// <c>AzureOpenAI:Endpoint</c> and <c>AzureOpenAI:Deployment</c> switch generative phrasing on; <c>AzureOpenAI:ApiKey</c>
/// authenticates with a key, and without it the app signs in with Entra ID (managed identity, Azure CLI…).
/// <c>AzureOpenAI:TimeoutSeconds</c> bounds how long a delegate waits for the model before the extractive answer goes.
/// </summary>
public sealed record AzureOpenAIOptions(Uri Endpoint, string Deployment, string? ApiKey, TimeSpan Timeout)
{
    public const string Section = "AzureOpenAI";

    public static AzureOpenAIOptions? From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (string.IsNullOrWhiteSpace(section["Endpoint"]) || string.IsNullOrWhiteSpace(section["Deployment"]))
            return null;
        if (!Uri.TryCreate(section["Endpoint"], UriKind.Absolute, out var endpoint))
            throw new InvalidOperationException($"{Section}:Endpoint must be an absolute URL");
        var seconds = double.TryParse(section["TimeoutSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 8;
        return new AzureOpenAIOptions(endpoint, section["Deployment"]!, section["ApiKey"] is { Length: > 0 } key ? key : null, TimeSpan.FromSeconds(seconds));
    }
}
