using System.ClientModel;
using System.Text.RegularExpressions;
using ConventionBot.Letters.Answering;
using OpenAI.Chat;

namespace ConventionBot.Answering;

/// <summary>
/// Generative phrasing with Azure OpenAI. Only answers the engine found are phrased (an honest "the letters do not
/// say" stays as it is), and the model's sentence is sent only if it cites letters it was given and the grounding
/// guard finds every date and number of it in those letters. Otherwise — or if the model is slow, throttled or
/// failing — the engine's sentence goes, and the log says why (never the question or the answer).
/// </summary>
public sealed partial class AzureOpenAIAnswerWriter(ChatClient chat, AzureOpenAIOptions options, ILogger<AzureOpenAIAnswerWriter> logger) : IAnswerWriter
{
    public async Task<Answer> WriteAsync(string question, Answer answer, FactIndex facts, DateOnly today, CancellationToken cancellationToken)
    {
        if (!answer.Answered || answer.Citations.Count == 0 || answer.Agenda.Count > 0)
            return answer;
        string generated;
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(options.Timeout);
            var completion = await chat.CompleteChatAsync(AnswerPrompt.For(question, answer, today), new ChatCompletionOptions { Temperature = 0 }, deadline.Token);
            generated = string.Concat(completion.Value.Content.Select(part => part.Text)).Trim();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fallback(answer, "the model did not answer within {Timeout}", options.Timeout);
        }
        catch (ClientResultException e)
        {
            return Fallback(answer, "the model's service answered {Status}", e.Status);
        }
        return Check(generated, answer, facts, today);
    }

    private Answer Check(string generated, Answer answer, FactIndex facts, DateOnly today)
    {
        if (generated.Length == 0 || generated.Contains(AnswerPrompt.NotInLetters, StringComparison.Ordinal))
            return Fallback(answer, "the model found no answer in the passages ({Length} characters)", generated.Length);
        var given = answer.Citations.Select(c => c.Letter).ToHashSet(StringComparer.Ordinal);
        var cited = CitationMarker().Matches(generated).Select(m => m.Groups["id"].Value.Trim()).ToHashSet(StringComparer.Ordinal);
        if (cited.Count == 0 || !cited.IsSubsetOf(given))
            return Fallback(answer, "the model cited {Cited} letter(s), not all of them given", cited.Count);
        var text = Whitespace().Replace(CitationMarker().Replace(generated, ""), " ").Replace(" .", ".").Trim();
        var sources = cited.Select(id => new GroundingGuard.Source(
            string.Join(" ", facts.Sentences.TryGetValue(id, out var sentences) ? sentences.Select(s => s.Text) : []),
            facts.Letters.FirstOrDefault(l => l.Id == id)?.Date)).ToList();
        var unsupported = GroundingGuard.Unsupported(text, sources, today);
        if (unsupported.Count > 0)
            return Fallback(answer, "{Count} date(s) or number(s) of the model's answer are in no cited letter", unsupported.Count);
        return answer with
        {
            Text = text,
            Generated = true,
            Citations = answer.Citations.Where(c => cited.Contains(c.Letter)).ToList(),
        };
    }

    private Answer Fallback(Answer answer, string why, object? detail)
    {
#pragma warning disable CA2254 // the reasons are a fixed set of templates, each with its own placeholder
        logger.LogWarning("Extractive answer sent: " + why, detail);
#pragma warning restore CA2254
        return answer;
    }

    [GeneratedRegex(@"\[letter:(?<id>[^\]]+)\]")]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Whitespace();
}
