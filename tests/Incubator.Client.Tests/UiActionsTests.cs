using System.Globalization;
using System.Security.Claims;
using Incubator.Client.Infrastructure;
using Incubator.Common;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using MudBlazor;

namespace Incubator.Client.Tests;

public sealed class UiActionsTests : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;
    private readonly Mock<ISnackbar> _snackbar = new();
    private readonly UiActions _ui;

    public UiActionsTests()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        _ui = new UiActions(_snackbar.Object, new ProblemText(new StringLocalizer<ErrorText>(factory), new StringLocalizer<UiText>(factory)), new SignedIn());
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
    }

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;

    [Fact]
    public async Task ASucceedingActionHandsOnItsResultAndSaysDone()
    {
        var result = await _ui.RunAsync(_ => Task.FromResult("ok"), "已保存");

        Assert.Equal("ok", result);
        _snackbar.Verify(s => s.Add("已保存", Severity.Success, It.IsAny<Action<SnackbarOptions>>(), It.IsAny<string>()), Times.Once);
    }

    [Fact]
    public async Task ARefusalGoesToTheFormFieldByFieldAndToTheSnackbarInTheUsersLanguage()
    {
        var form = new FieldErrors();
        var succeeded = await _ui.RunAsync(
            _ => throw DomainException.Invalid([FieldError.Required("name"), FieldError.TooLong("contactName", 50)]), "已保存", form);

        Assert.False(succeeded);
        Assert.Equal(("此项为必填项。", "最多 50 个字符。"), (form["name"], form["contactName"]));
        _snackbar.Verify(s => s.Add("名称：此项为必填项。；联系人：最多 50 个字符。", Severity.Warning, It.IsAny<Action<SnackbarOptions>>(), It.IsAny<string>()), Times.Once);
        _snackbar.Verify(s => s.Add("已保存", It.IsAny<Severity>(), It.IsAny<Action<SnackbarOptions>>(), It.IsAny<string>()), Times.Never);
    }

    [Fact]
    public async Task ANotFoundPageLoadIsNullWithoutAMessage()
    {
        var found = await _ui.FindAsync<string>(_ => throw DomainException.NoSuch("id", "organization", Guid.NewGuid()));

        Assert.Null(found);
        _snackbar.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AnActionTheClusterCannotServeNowAsksToRetryInsteadOfBreakingTheCircuit()
    {
        var succeeded = await _ui.RunAsync(_ => throw new Orleans.Runtime.SiloUnavailableException(), "已保存");

        Assert.False(succeeded);
        _snackbar.Verify(s => s.Add("服务暂时无法处理该请求，请稍后重试。", Severity.Warning, It.IsAny<Action<SnackbarOptions>>(), It.IsAny<string>()), Times.Once);
    }

    private sealed class SignedIn : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "manager")], "test"))));
    }
}
