using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Incubator.Client;
using Incubator.Client.Infrastructure;
using Incubator.Common;
using Incubator.Organizations;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Tests;

/// <summary>Every error code, field, noun and phrase has a text in both ErrorText files, and the texts render their arguments.</summary>
public sealed partial class ErrorTextTests
{
    private static readonly string Root = FindRoot();
    private static readonly IReadOnlyDictionary<string, string> Chinese = Read("ErrorText.resx");
    private static readonly IReadOnlyDictionary<string, string> English = Read("ErrorText.en.resx");

    public static TheoryData<string> Codes() => new(typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!));

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeHasATextInBothLanguages(string code)
    {
        Assert.True(Chinese.ContainsKey(code), $"ErrorText.resx lacks {code}");
        Assert.True(English.ContainsKey(code), $"ErrorText.en.resx lacks {code}");
    }

    [Fact]
    public void BothFilesHaveTheSameKeysAndTheSamePlaceholders()
    {
        Assert.Equal(Chinese.Keys.Order(StringComparer.Ordinal), English.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, zh) in Chinese)
        {
            Assert.True(Placeholders(zh).SetEquals(Placeholders(English[key])), $"{key}: '{zh}' and '{English[key]}' use different arguments");
        }
    }

    [Fact]
    public void EveryFieldNounAndPhraseNamedInTheSourceHasAText()
    {
        var missing = SourceFiles()
            .SelectMany(text => FieldPattern().Matches(text).Select(m => "Field." + m.Groups["name"].Value)
                .Concat(NounPattern().Matches(text).Select(m => "Noun." + m.Groups["name"].Value))
                .Concat(PhrasePattern().Matches(text).Select(m => "Phrase." + m.Groups["name"].Value)))
            .Distinct()
            .Where(key => !Chinese.ContainsKey(key))
            .Order()
            .ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void NoThrowSiteCarriesAnInlineMessage()
    {
        // A message is a code from ErrorCodes with arguments, never text written at the throw site.
        var inline = SourceFiles().SelectMany(text => InlineMessagePattern().Matches(text).Select(m => m.Value)).ToArray();
        Assert.Empty(inline);
    }

    [Theory]
    [InlineData("zh-CN", "处于“申请入驻”阶段的组织不能转为“已出壳”。")]
    [InlineData("en", "Applied")]
    public void EnumArgumentsAreShownWithTheirLabels(string culture, string expected)
    {
        var text = Text();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var error = Assert.Throws<DomainException>(() => Lifecycle.EnsureCanMove(OrganizationStage.Applied, OrganizationStage.Graduated));
            Assert.Contains(expected, text.Describe(error));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void AnInvalidRequestIsDescribedFieldByField()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            var error = DomainException.Invalid([FieldError.Required("name"), FieldError.TooLong("contactName", 50)]);
            Assert.Equal("名称：此项为必填项。；联系人：最多 50 个字符。", Text().Describe(error));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static ProblemText Text()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return new ProblemText(new StringLocalizer<ErrorText>(factory), new StringLocalizer<UiText>(factory));
    }

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    private static IReadOnlyDictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Root, "src", "Client", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Incubator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Incubator.sln not found above the test output.");
    }

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex PlaceholderPattern();

    // The field of a FieldError or DomainException given as a literal: FieldError.Required("name"), DomainException.Conflict("id", …), new("x", ErrorCodes.…).
    [GeneratedRegex(@"(?:FieldError\.\w+|DomainException\.\w+|new FieldError)\(\s*""(?<name>[a-z][A-Za-z]*)""\s*,|Text\(\s*\w+\s*,\s*""(?<name>[a-z][A-Za-z]*)""|""(?<name>[a-z][A-Za-z]*)""\s*,\s*ErrorCodes\.")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"(?:Noun\(\s*""\w+""|NoSuch\(\s*[\w""]+)\s*,\s*""(?<name>[a-z][A-Za-z]*)""")]
    private static partial Regex NounPattern();

    // Phrase("action", "opensCohorts"), and what only managers do as passed to ManageableAsync, ChangeableAsync, RequireManage and RequireIncubatorToCreateAt.
    [GeneratedRegex(@"(?:Phrase\(\s*""\w+""|(?:(?:Manageable|Changeable)Async|RequireManage|RequireIncubatorToCreateAt)\([^;]*?)\s*,\s*""(?<name>[a-z][A-Za-z.]*)""\)")]
    private static partial Regex PhrasePattern();

    [GeneratedRegex(@"(?:DomainException\.(?:Invalid|NotFound|Conflict|Forbidden)|new FieldError|FieldError\.Of)\([^;]*?(?:\(|,\s*)\$?""(?:[^""\\]|\\.)*\s(?:[^""\\]|\\.)*""")]
    private static partial Regex InlineMessagePattern();
}
