using ConventionBot.Letters.Answering;

namespace ConventionBot.Answering;

/// <summary>
/// Says an answer the engine found. The extractive writer sends the engine's own sentence; the Azure OpenAI writer has
/// a model phrase it from the same facts and passages, and falls back to the engine's sentence whenever the model's
/// is not grounded, late or refused.
/// </summary>
public interface IAnswerWriter
{
    Task<Answer> WriteAsync(string question, Answer answer, FactIndex facts, DateOnly today, CancellationToken cancellationToken);
}

/// <summary>The engine's sentence as it is: the default, and what every fallback returns to.</summary>
public sealed class ExtractiveAnswerWriter : IAnswerWriter
{
    public Task<Answer> WriteAsync(string question, Answer answer, FactIndex facts, DateOnly today, CancellationToken cancellationToken) =>
        Task.FromResult(answer);
}
