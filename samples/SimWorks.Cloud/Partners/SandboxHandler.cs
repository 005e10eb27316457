using System.Net;
using System.Text;

namespace SimWorks.Cloud.Partners;

/// <summary>
/// Answers the partners' HTTP APIs in place of the real services, so the sample never sends anything off the machine.
/// It prints the endpoint only: the request itself carries personal information in clear text.
/// </summary>
public sealed class SandboxHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        Console.WriteLine($"  {request.Method} {uri.GetLeftPart(UriPartial.Path)} (answered by the sandbox)");
        var answer = uri.Host switch
        {
            WeChatPayClient.Host => """{"code_url":"weixin://wxpay/bizpayurl?pr=Sandbox01"}""",
            AliyunSmsSender.Host => """{"Code":"OK","Message":"OK","BizId":"900619746936498440^0","RequestId":"SANDBOX-0001"}""",
            _ => null,
        };
        var response = answer is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        return Task.FromResult(response);
    }
}
