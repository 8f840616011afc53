namespace Causa.Web.Tests.Support;

/// <summary>Text a FAERS reporter or a source file could carry, meant to break out of HTML.</summary>
internal static class Hostile
{
    public const string Script = "<script>alert(1)</script>";
    public const string Attribute = "\"><img src=x onerror=alert(2)>";
    public const string DrugName = Script + "drug";
    public const string ConditionName = Attribute + "pain";
}
