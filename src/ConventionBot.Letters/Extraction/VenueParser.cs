using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>Reads a venue from the lines under a meeting's name ("Avenue de la Paix 7bis, Geneva") or from prose ("in Geneva").</summary>
internal static class VenueParser
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private static readonly Regex AddressThenCity = new(
        $@"^(?<address>.+?),\s*(?<city>{KnownPlaces.CityPattern})(?:\s*[,/]\s*(?<country>{KnownPlaces.CountryPattern}))?$", Options);

    private static readonly Regex CityOnly = new(
        $@"^(?<city>{KnownPlaces.CityPattern})(?:\s*[,/]\s*(?<country>{KnownPlaces.CountryPattern}))?$", Options);

    private static readonly Regex Building = new(KnownPlaces.BuildingPattern, Options);

    private static readonly Regex InCity = new($@"\bin\s+(?<city>{KnownPlaces.CityPattern})\b", Options);

    private static readonly Regex AtPlaceInCity = new(
        $@"\bat\s+(?:the\s+)?(?<place>\p{{Lu}}[^.;,]{{2,80}}?),\s*(?<city>{KnownPlaces.CityPattern})\b", Options);

    public static Venue? FromBlockLines(IEnumerable<string> lines)
    {
        Venue? venue = null;
        foreach (var line in lines)
        {
            var trimmed = line.Trim().TrimEnd('.', ';');
            if (AddressThenCity.Match(trimmed) is { Success: true } address)
                venue = Merge(venue, new Venue(null, address.Groups["address"].Value, address.Groups["city"].Value, Optional(address.Groups["country"])));
            else if (CityOnly.Match(trimmed) is { Success: true } city)
                venue = Merge(venue, new Venue(null, null, city.Groups["city"].Value, Optional(city.Groups["country"])));
            else if (Building.IsMatch(trimmed))
                venue = Merge(venue, new Venue(trimmed, null, null, null));
        }
        return venue;
    }

    /// <summary>"at the Palais des Nations, Geneva" (a building, or an address, then a city), else "in Geneva".</summary>
    public static Venue? FromProse(string text)
    {
        if (AtPlaceInCity.Match(text) is { Success: true } at)
        {
            var place = at.Groups["place"].Value.Trim();
            var isBuilding = Building.IsMatch(place);
            return new Venue(isBuilding ? place : null, isBuilding ? null : place, at.Groups["city"].Value, null);
        }
        return InCity.Match(text) is { Success: true } m ? new Venue(null, null, m.Groups["city"].Value, null) : null;
    }

    public static Venue? Merge(Venue? first, Venue? second) => (first, second) switch
    {
        (null, _) => second,
        (_, null) => first,
        _ => new Venue(first.Building ?? second.Building, first.Address ?? second.Address, first.City ?? second.City, first.Country ?? second.Country),
    };

    private static string? Optional(Group group) => group.Success ? group.Value : null;
}
