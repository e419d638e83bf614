namespace ConventionBot.Letters.Model;

public enum ContactKind { Email, Website, RegistrationLink }

public sealed record Contact(ContactKind Kind, string Value, SourceSentence Source);
