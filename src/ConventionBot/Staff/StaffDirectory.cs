using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Staff;

/// <summary>
/// Who is secretariat staff: <c>ConventionBot:Staff:Users</c>, a list of Teams/AAD object ids, Bot Framework user ids
/// or Slack user ids (comma-separated, or an array in configuration). The one place every staff action asks.
/// </summary>
public sealed class StaffDirectory
{
    public const string UsersKey = "ConventionBot:Staff:Users";

    public const string Refusal = "That is for secretariat staff only. Ask the Implementation Support Unit if you need it done.";

    private readonly HashSet<string> _ids;

    public StaffDirectory(IConfiguration configuration)
    {
        var section = configuration.GetSection(UsersKey);
        var listed = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        _ids = new HashSet<string>(listed, StringComparer.OrdinalIgnoreCase);
    }

    public bool IsStaff(Activity activity) =>
        activity.From is { } user && ((user.Id is { } id && _ids.Contains(id)) || (user.AadObjectId is { } aad && _ids.Contains(aad)));
}
