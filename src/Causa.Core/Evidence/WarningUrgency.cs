namespace Causa.Core.Evidence;

/// <summary>How soon a warning sign needs a doctor. Ordered from most to least urgent.</summary>
public enum WarningUrgency
{
    /// <summary>Call the emergency number or go to an emergency department now.</summary>
    Emergency,

    /// <summary>Be seen the same day (urgent appointment or a telephone help line).</summary>
    Urgent,

    /// <summary>Book a normal appointment.</summary>
    Soon,
}
