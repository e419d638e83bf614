namespace ConventionBot.BotFramework.Auth;

/// <summary>The request is not from the Bot Framework (or the Emulator) on behalf of this bot; answered with 401.</summary>
public sealed class BotAuthenticationException(string message, Exception? inner = null) : Exception(message, inner);
