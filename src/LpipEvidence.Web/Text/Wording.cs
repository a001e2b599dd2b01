namespace LpipEvidence.Web.Text;

/// <summary>Small pieces of English shared by pages and the command line.</summary>
public static class Wording
{
    /// <summary>"1 finding", "5 findings".</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
