namespace Causa.Web.Models;

/// <summary>One sign that means "see a doctor", with where it comes from.</summary>
/// <param name="Text">The sign in plain words ("back pain with numbness in the legs").</param>
/// <param name="Source">Where the advice comes from ("mirtazapine label, warnings").</param>
/// <param name="Urgent">True when the advice is to get help at once rather than to book an appointment.</param>
public sealed record WarningSign(string Text, string Source, bool Urgent);
