namespace ConventionBot.Letters.Ingestion;

public enum IngestStatus { Added, Replaced, Unchanged, Failed }

/// <summary>What happened to one file of an ingest; <see cref="Error"/> says why a failed file was skipped.</summary>
public sealed record IngestResult(
    string Path,
    IngestStatus Status,
    string? LetterId = null,
    DateOnly? LetterDate = null,
    int Meetings = 0,
    int Deadlines = 0,
    IReadOnlyList<string>? Warnings = null,
    string? Error = null);
