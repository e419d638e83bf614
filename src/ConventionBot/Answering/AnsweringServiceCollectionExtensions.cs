using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;

namespace ConventionBot.Answering;

public static class AnsweringServiceCollectionExtensions
{
    /// <summary>The Azure OpenAI writer when <c>AzureOpenAI:Endpoint</c> and <c>:Deployment</c> are set, else the extractive one.</summary>
    public static IServiceCollection AddAnswerWriter(this IServiceCollection services, IConfiguration configuration)
    {
        if (AzureOpenAIOptions.From(configuration) is not { } options)
            return services.AddSingleton<IAnswerWriter, ExtractiveAnswerWriter>();
        var clientOptions = new AzureOpenAIClientOptions
        {
            NetworkTimeout = options.Timeout,
            // One retry at most: a delegate is waiting, and the extractive answer is always there.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 1),
        };
        var client = options.ApiKey is { } key
            ? new AzureOpenAIClient(options.Endpoint, new ApiKeyCredential(key), clientOptions)
            : new AzureOpenAIClient(options.Endpoint, new DefaultAzureCredential(), clientOptions);
        services.AddSingleton(options);
        services.AddSingleton(client.GetChatClient(options.Deployment));
        return services.AddSingleton<IAnswerWriter, AzureOpenAIAnswerWriter>();
    }
}
