namespace Causa.Application.Browsing;

/// <summary>What a whole question is about, so a front end can lead to the page that answers it.</summary>
public enum QuestionScope
{
    /// <summary>One drug and one condition ("does remeron cause back pain?"): their answer.</summary>
    Pair = 0,

    /// <summary>A drug class and a condition ("SSRIs for fibromyalgia"): each member's answer.</summary>
    Class = 1,

    /// <summary>One drug and no condition ("what is amitriptyline used for?", "sertraline side effects"): what is known
    /// about the drug, its uses, label effects and reports.</summary>
    Drug = 2,

    /// <summary>One condition and no drug ("what causes hair loss?"): the drugs linked to it and used for it.</summary>
    Event = 3,
}
