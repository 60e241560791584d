using System.Text;

namespace Hitl.Sdk.Tests;

/// <summary>A unified-style line diff (LCS based) so a surface change reads as "- old / + new" in the test failure.</summary>
internal static class LineDiff
{
    public static string Describe(string[] expected, string[] actual, int context = 2)
    {
        int[,] lcs = new int[expected.Length + 1, actual.Length + 1];
        for (int i = expected.Length - 1; i >= 0; i--)
        {
            for (int j = actual.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = expected[i] == actual[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, string Text)>();
        int e = 0, a = 0;
        while (e < expected.Length || a < actual.Length)
        {
            if (e < expected.Length && a < actual.Length && expected[e] == actual[a])
            {
                lines.Add((' ', expected[e++]));
                a++;
            }
            else if (a < actual.Length && (e == expected.Length || lcs[e, a + 1] >= lcs[e + 1, a]))
            {
                lines.Add(('+', actual[a++]));
            }
            else
            {
                lines.Add(('-', expected[e++]));
            }
        }

        var output = new StringBuilder();
        int lastPrinted = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            bool nearChange = Enumerable.Range(Math.Max(0, i - context), (2 * context) + 1)
                .Any(k => k < lines.Count && lines[k].Mark != ' ');
            if (!nearChange)
            {
                continue;
            }

            if (lastPrinted >= 0 && i > lastPrinted + 1)
            {
                output.AppendLine("...");
            }

            output.Append(lines[i].Mark).Append(' ').AppendLine(lines[i].Text);
            lastPrinted = i;
        }

        return output.ToString();
    }
}
