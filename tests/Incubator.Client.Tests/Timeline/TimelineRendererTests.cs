using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Incubator.Client.Timeline;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Timeline;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Incubator.Client.Tests;

/// <summary>Timeline entries become sentences in the viewer's language, with names for ids and labels for enum members.</summary>
public sealed class TimelineRendererTests
{
    private static readonly IncubatorRecord Park = new(Guid.NewGuid(), "区孵化园", AreaLevel.District, Guid.NewGuid(), Guid.NewGuid());
    private readonly Mock<IClusterClient> _cluster = new();
    private readonly TimelineRenderer _renderer;

    public TimelineRendererTests()
    {
        var geography = new Mock<IGeographyGrain>();
        geography.Setup(g => g.GetAsync()).ReturnsAsync(new GeographySnapshot([], [Park]));
        _cluster.Setup(c => c.GetGrain<IGeographyGrain>(IGeographyGrain.Key, null)).Returns(geography.Object);
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        _renderer = new TimelineRenderer(_cluster.Object, new StringLocalizer<TimelineText>(factory), new StringLocalizer<UiText>(factory));
    }

    private static TimelineEntry Entry(TimelineAction action, params TimelineArgument[] arguments) =>
        new(1, Guid.NewGuid(), DateTimeOffset.UnixEpoch, action, arguments, "manager-1", "李经理");

    private static TimelineEntry Filed() => Entry(TimelineAction.Filed,
        TimelineArgument.Id(TimelineArgs.IncubatorId, Park.Id), TimelineArgument.Enum(TimelineArgs.LegalStatus, LegalStatus.Filed), TimelineArgument.Text(TimelineArgs.FilingNumber, "BA1"));

    private async Task<TimelineEntryDto> RenderAsync(string culture, TimelineEntry entry)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return Assert.Single(await _renderer.RenderAsync([entry]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task AFilingNamesTheIncubatorAndTheLegalStatusInChinese()
    {
        var rendered = await RenderAsync("zh-CN", Filed());

        Assert.Equal(("备案", "在区孵化园备案，法律状态：已备案，备案号 BA1"), (rendered.Label, rendered.Text));
        Assert.Equal(Park.Id.ToString(), rendered.Arguments[TimelineArgs.IncubatorId]);
    }

    [Fact]
    public async Task TheSameEntryReadsInEnglishForAnEnglishViewer()
    {
        var rendered = await RenderAsync("en", Filed());

        Assert.Equal(("Filed", "Filed at 区孵化园 as Filed, filing number BA1"), (rendered.Label, rendered.Text));
    }

    [Fact]
    public async Task AmountsAreMoneyAndCategoriesTheirLabels()
    {
        var rendered = await RenderAsync("zh-CN", Entry(TimelineAction.FundingRequested,
            TimelineArgument.Amount(12345.5m), TimelineArgument.Enum(TimelineArgs.ServiceCategory, global::Incubator.Funding.ServiceCategory.ElderlyCare), TimelineArgument.Text(TimelineArgs.Purpose, "助餐")));

        Assert.Equal("申请 12,345.50 元 用于居家养老：助餐", rendered.Text);
    }

    [Fact]
    public async Task AnotherOrganizationIsNamedAndAnOptionalNoteFollows()
    {
        var hub = new Mock<IOrganizationGrain>();
        var hubId = Guid.NewGuid();
        hub.Setup(g => g.GetAsync()).ReturnsAsync(Record(hubId, "枢纽社工站"));
        _cluster.Setup(c => c.GetGrain<IOrganizationGrain>(hubId, null)).Returns(hub.Object);

        var linked = await RenderAsync("en", Entry(TimelineAction.HubLinked, TimelineArgument.Id(TimelineArgs.OrganizationId, hubId), TimelineArgument.Text(TimelineArgs.Variant, "hub")));
        var noted = await RenderAsync("zh-CN", Entry(TimelineAction.HandOffDeclined, TimelineArgument.Text(TimelineArgs.Reason, "场地已满")));
        var accepted = await RenderAsync("zh-CN", Entry(TimelineAction.HandOffAccepted,
            TimelineArgument.Enum(TimelineArgs.HandOffKind, global::Incubator.HandOffs.HandOffKind.Promotion), TimelineArgument.Text(TimelineArgs.Reason, "欢迎")));

        Assert.Equal("Supported by hub \"枢纽社工站\"", linked.Text);
        Assert.Equal("接收方孵化基地拒绝：场地已满", noted.Text);
        Assert.EndsWith("已被接收——欢迎", accepted.Text);
    }

    [Fact]
    public async Task AnEntryMovedFromGrainStateShowsItsOldTextAfterTheLabel()
    {
        var rendered = await RenderAsync("zh-CN", Entry(TimelineAction.Admitted, TimelineArgument.Text(TimelineArgs.Detail, "Admitted for 12 months")));

        Assert.Equal("入壳：Admitted for 12 months", rendered.Text);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void EveryActionHasALabelAndATemplateWhosePlaceholdersAreKnownArguments(string culture)
    {
        var assembly = typeof(TimelineText).Assembly;
        var ui = Resources(assembly, "Incubator.Client.Resources.UiText", culture);
        var templates = Resources(assembly, "Incubator.Client.Resources.TimelineText", culture);
        var known = typeof(TimelineArgs).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        Assert.All(Enum.GetValues<TimelineAction>(), action =>
        {
            Assert.True(ui.ContainsKey($"Action.{action}"), $"UiText {culture} lacks Action.{action}");
            Assert.True(templates.ContainsKey($"Timeline.{action}"), $"TimelineText {culture} lacks Timeline.{action}");
        });
        Assert.All(templates.Where(t => t.Key.StartsWith("Timeline.", StringComparison.Ordinal)), template =>
            Assert.All(Regex.Matches(template.Value, @"\{([a-zA-Z]\w*)\}"), m => Assert.Contains(m.Groups[1].Value, known)));
    }

    /// <summary>One culture's own resources, without falling back to the neutral (zh-CN) ones.</summary>
    private static Dictionary<string, string> Resources(Assembly assembly, string baseName, string culture)
    {
        var set = new ResourceManager(baseName, assembly).GetResourceSet(
            culture == "zh-CN" ? CultureInfo.InvariantCulture : new CultureInfo(culture), createIfNotExists: true, tryParents: false)!;
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static OrganizationRecord Record(Guid id, string name) => new(
        id, Park.Id, name, OrganizationCategory.Other, [], "", "", null, "", LegalStatus.Filed, OrganizationStage.Applied,
        DateTimeOffset.UnixEpoch, null, null, null, null, null, false, null, null, null, null, [], []);
}
