namespace ConventionBot.Cards.Templating;

/// <summary>
/// The value of a path that names nothing in the data. The official engine leaves such an expression in the card
/// as it was written ("${missing}"), so it must differ from null, which is a value.
/// </summary>
internal sealed class Undefined
{
    public static readonly Undefined Value = new();

    private Undefined() { }
}
