namespace ConventionBot.BotFramework.Auth;

/// <summary>The bearer token the bot sends to a channel's connector; null when the bot has no app id.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
