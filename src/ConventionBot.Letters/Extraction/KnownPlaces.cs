namespace ConventionBot.Letters.Extraction;

/// <summary>
/// The places the Convention meets in, and the Review Conferences known by their host city. A gazetteer keeps
/// venue extraction explainable: a line is a venue because it names a known city or a kind of building.
/// </summary>
internal static class KnownPlaces
{
    public static readonly string[] Cities =
    [
        "Geneva", "Cartagena", "Maputo", "Oslo", "Nairobi", "Siem Reap", "Phnom Penh", "Bangkok", "Amman", "Dead Sea",
        "Santiago", "Zagreb", "Managua", "Kampala", "Vienna", "New York", "Brussels", "The Hague", "Lausanne", "Bogotá",
        "Beirut", "Dushanbe", "Dubrovnik", "Lusaka", "Windhoek", "Tirana", "Ottawa", "Cavtat", "Colombo", "Addis Ababa",
    ];

    public static readonly string[] Countries =
    [
        "Switzerland", "Colombia", "Mozambique", "Norway", "Kenya", "Cambodia", "Thailand", "Jordan", "Chile", "Croatia",
        "Nicaragua", "Uganda", "Austria", "Belgium", "Netherlands", "Lebanon", "Tajikistan", "Zambia", "Namibia", "Albania",
        "Canada", "Sri Lanka", "Ethiopia", "United States",
    ];

    public static readonly string CityPattern = "(?:" + string.Join("|", Cities.Select(c => c.Replace(" ", @"\s+"))) + ")";

    public static readonly string CountryPattern = "(?:" + string.Join("|", Countries.Select(c => c.Replace(" ", @"\s+"))) + ")";

    public const string BuildingPattern =
        @"\b(?:Building|Centre|Center|Palais|Hall|House|Hotel|Headquarters|Complex|Room|Auditorium|Pavilion)\b";

    /// <summary>The host cities of the Review Conferences, which letters also call "Summits".</summary>
    public static readonly IReadOnlyDictionary<string, int> ReviewConferenceByCity = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["Nairobi"] = 1, ["Cartagena"] = 2, ["Maputo"] = 3, ["Oslo"] = 4, ["Siem Reap"] = 5, ["Siem Reap-Angkor"] = 5,
    };
}
