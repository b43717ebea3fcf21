using System.Globalization;

namespace Portal.Domain.Seeding;

/// <summary>
/// Turns a filler reply from the pool into one member's words: their own distances, consumption, temperatures,
/// places and months, and now and then an opening or a second sentence, so a busy thread does not read as the same lines again.
/// </summary>
public static class DemoReplyWording
{
    private static readonly string[] ChinesePlaces = ["郊外", "千岛湖", "莫干山", "崇明岛", "太湖边", "安吉", "黄山脚下", "溧阳", "宁波象山", "青岛海边"];
    private static readonly string[] EnglishPlaces = ["the hills", "the Peak District", "the coast road", "the Cotswolds", "the Lake District", "Snowdonia", "the Yorkshire Dales"];

    private static readonly string[] ChineseFeatures = ["行程规划", "充电日历", "行程记录导出", "手机桌面小组件", "多驾驶员座椅记忆", "充电费用统计", "按星期定时预热", "路线一键发送到车机", "胎压历史曲线"];
    private static readonly string[] EnglishFeatures = ["a proper trip planner", "a charging calendar", "trip log export", "a home-screen widget", "seat profiles per driver", "a monthly charging-cost report", "preconditioning by day of the week", "sending a route from the phone to the car", "a tyre-pressure history"];

    private static readonly string[] ChineseOpenings = ["同感，", "补充一点：", "说说我的情况：", "路过冒个泡，", "我也来说两句：", "楼上说得对，"];
    private static readonly string[] EnglishOpenings = ["Same here. ", "Adding to this: ", "My two cents: ", "Quick one: ", "For what it's worth: "];

    private static readonly string[] ChineseSecondSentences =
    [
        "补充一下，我的车开了 {months} 个月。",
        "仅供参考。",
        "回头再来更新。",
        "大家有别的经验也可以分享一下。",
        "下次车友会可以当面聊。",
        "总体来说还是很满意的。",
        "家里老人坐着也说舒服。",
        "有问题可以私信我。",
        "希望官方能看到。",
        "我是 {months} 个月前提的车。",
    ];

    private static readonly string[] EnglishSecondSentences =
    [
        "{months} months in and still happy with it.",
        "Just my two cents.",
        "Will report back after the weekend.",
        "Curious what others are seeing.",
        "Happy to compare notes at the next meet-up.",
        "Overall, no regrets.",
        "Happy to answer questions.",
        "Hope the team sees this.",
        "Picked mine up {months} months ago.",
    ];

    public static string Fill(string template, bool chinese, Random wording)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(wording);
        var text = template;
        if (wording.NextDouble() < 0.35 && !template.StartsWith("+1", StringComparison.Ordinal))
        {
            var openings = chinese ? ChineseOpenings : EnglishOpenings;
            text = openings[wording.Next(openings.Length)] + text;
        }

        if (wording.NextDouble() < 0.6)
        {
            var second = chinese ? ChineseSecondSentences : EnglishSecondSentences;
            text += (chinese ? "" : " ") + second[wording.Next(second.Length)];
        }

        return text
            .Replace("{km}", wording.Next(12, 68).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{kwh}", (wording.Next(118, 205) / 10.0).ToString("0.0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{temp}", wording.Next(18, 27).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{months}", wording.Next(2, 31).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{feature}", chinese ? ChineseFeatures[wording.Next(ChineseFeatures.Length)] : EnglishFeatures[wording.Next(EnglishFeatures.Length)], StringComparison.Ordinal)
            .Replace("{place}", chinese ? ChinesePlaces[wording.Next(ChinesePlaces.Length)] : EnglishPlaces[wording.Next(EnglishPlaces.Length)], StringComparison.Ordinal);
    }
}
