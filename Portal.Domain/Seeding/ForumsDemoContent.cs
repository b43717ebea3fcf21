namespace Portal.Domain.Seeding;

/// <summary>
/// Text of the demo threads, in Chinese and English. "club" threads are used in every model club, with
/// {model} replaced by the club's model. Replies come in order; the seeder adds more from the reply pool.
/// </summary>
internal static class ForumsDemoContent
{
    internal sealed record ThreadText(string Board, string Title, string Body, string[] Tags, bool Question, string[] Replies);

    public static readonly ThreadText[] Threads =
    [
        new("club", "{model} 提车一个月，说说真实感受", "上个月在上海提的 **{model}**，通勤每天 60 公里。\n\n- 底盘比预想的扎实\n- 车机反应很快\n- 后排空间对一家三口够用\n\n有问题可以问我。", ["提车作业", "用车体验"], false,
            ["恭喜提车！请问冬天开空调续航掉多少？", "同款同色，握个手 🤝", "后备箱能放下婴儿车吗？", "能放下，折叠后还有空间放两个登机箱。"]),
        new("club", "{model} 后排座椅异响怎么解决？", "最近过减速带时后排左侧有“咔哒”声，已经排除了后备箱物品。有遇到同样问题的车友吗？", ["异响", "求助"], true,
            ["我的也是，去售后紧固了一下卡扣就好了。", "检查一下安全带卡扣有没有碰到塑料板。", "售后说是座椅滑轨缺润滑，十分钟处理完。", "谢谢大家，周末去售后看看。"]),
        new("club", "Three months with my {model}: the good and the not-so-good", "I have done 7,400 km so far, mostly highway.\n\n**Good:** quiet cabin, adaptive cruise, seats.\n**Not so good:** the cup holders are too shallow and the app sometimes needs a restart.\n\nWhat would you add?", ["ownership", "review"], false,
            ["Agree on the cup holders. A silicone insert from the accessory shop fixes it.", "The app issue went away for me after the last update.", "Mine has been flawless so far, 12,000 km.", "Have you tried the one-pedal mode? Took me a week to get used to it."]),
        new("club", "Best all-season tyres for the {model}?", "My original tyres are at 3 mm. Looking for something quieter that still grips in the rain. Budget is flexible.", ["tyres", "question"], true,
            ["I went with the EV-specific all-seasons, noticeably quieter.", "Check the load index, the car is heavier than it looks.", "Rotating every 10,000 km made mine last much longer.", "Thanks! Ordered a set, will report back."]),
        new("charging-range", "冬季续航记录贴：大家的真实数据", "北方车友来分享一下冬季续航吧，格式：城市 / 气温 / 车型 / 满电实际续航。\n\n我先来：哈尔滨 / -18°C / Vela / 约 310 公里。", ["冬季续航", "数据"], false,
            ["北京 / -5°C / Nova / 420 公里左右。", "提前预热电池真的很重要，能多出 10% 左右。", "沈阳 / -12°C / Terra 纯电模式 62 公里。", "开热泵之后比去年好多了。"]),
        new("charging-range", "Home charger installation: what did it cost you?", "Getting quotes for a 7 kW wallbox in a detached house. Installers quote between 2,800 and 6,000. What did you pay and what was included?", ["home-charging", "cost"], true,
            ["3,200 including the cable run of 15 m and the breaker.", "Ask whether the quote includes the permit, mine did not.", "The brand's partner installer was the cheapest for me.", "Make sure they check your main fuse capacity first."]),
        new("charging-range", "高速服务区充电桩经常排队怎么办？", "国庆回老家，高速服务区排队一个多小时。大家有什么避开高峰的经验？", ["高速充电", "节假日"], true,
            ["用 App 里的实时空闲桩查询，提前规划。", "尽量在下高速后的城市超充站充，排队少很多。", "出发前充到 100%，第一段可以跳过两个服务区。"]),
        new("maintenance-service", "First service: what did they actually do?", "Just had the 20,000 km service. Invoice lists cabin filter, brake fluid check and a software update. Is that all there is for an EV?", ["service", "costs"], true,
            ["That is about it. Brake fluid is replaced every two years.", "They also rotate the tyres if you ask.", "Keep the invoice, it matters for the battery warranty."]),
        new("maintenance-service", "售后预约体验分享：杭州滨江服务中心", "这次保养从预约到取车一共两个小时，休息区有咖啡和工位，服务顾问会主动讲解检测报告。👍", ["售后体验", "杭州"], false,
            ["滨江店确实不错，我上次补漆也很快。", "希望其他城市的服务中心也能做到这样。", "请问需要提前多久预约？", "提前三天就可以，周末要早一点。"]),
        new("software-connectivity", "OTA 5.2 feedback megathread", "Post your experience with software 5.2 here: what improved, what broke, and your car model and build date.\n\nPlease keep one topic per reply so the team can follow up.", ["ota", "5.2", "feedback"], false,
            ["Navigation now shows charger availability, great.", "Bluetooth reconnects faster after the update.", "My seat memory profile was reset after updating.", "Lane keeping feels smoother on curves."]),
        new("software-connectivity", "手机蓝牙钥匙偶尔失灵", "早上出门的时候经常需要掏出手机才能解锁，安卓手机，已开启后台运行权限。", ["数字钥匙", "安卓"], true,
            ["把 App 的电池优化关掉试试。", "我换了手机之后就好了，可能和手机型号有关。", "最新版本 App 修复了这个问题，升级一下。"]),
        new("road-trips", "上海到黄山自驾：补能攻略", "全程约 450 公里，建议在宣城服务区补一次电，黄山市区有三个超充站，山上没有充电桩。", ["黄山", "路线"], false,
            ["收藏了，下个月正好要去。", "屯溪老街附近的停车场也有慢充。", "山路下坡能量回收很可观。"]),
        new("road-trips", "Coastal route from Shenzhen to Xiamen: charging stops that worked", "Drove it last weekend in a Nova. Stops at Huizhou and Shantou, both fast chargers worked fine and had food nearby. Full log below.", ["route", "coast"], false,
            ["Great write-up, thanks!", "The Shantou site gets busy on Sunday afternoons.", "Did you use the navigation's charging plan or your own?"]),
        new("events-talk", "成都车友会 11 月聚会回顾", "感谢 60 多位车友到场！照片稍后上传，下次活动预计在 1 月，地点大家可以提建议。", ["车友会", "成都"], false,
            ["照片期待！", "下次可以考虑去龙泉山。", "带孩子的家庭能有亲子活动就更好了。"]),
        new("events-talk", "Track day at Zhuhai: tips for first-timers?", "Signed up for my first track day. What should I check on the car and what should I bring?", ["track-day", "question"], true,
            ["Tyre pressures: start lower than road pressure, they rise fast.", "Bring water, a helmet if you have one, and arrive early for the briefing.", "Charge to 90%, you will use more than you think."]),
        new("feedback", "希望增加后排出风口独立温控", "冬天后排乘客经常觉得冷，前排又觉得热，希望在后续车型或软件里加入后排独立温控。", ["功能建议", "空调"], false,
            ["+1，家里老人坐后排经常说冷。", "可以先把后排座椅加热开放出来。", "同意，这是很多竞品都有的功能。"]),
        new("feedback", "Please add CarPlay wireless support", "The wired connection works, but most of us switch cars with family members and wireless would be a big convenience.", ["feature-request", "carplay"], false,
            ["Yes please, this is my number one wish.", "Android Auto too!", "Would be great as an OTA feature."]),
    ];

    /// <summary>The three long threads of the demo (300+ posts each), for pagination and "jump to first unread".</summary>
    public static readonly ThreadText[] LongThreads =
    [
        new("charging-range", "每日通勤能耗打卡（长期更新）", "每天打卡一下通勤能耗，看看一年下来季节变化有多大。格式：日期 / 距离 / 能耗 kWh/100km。", ["能耗", "打卡"], false, []),
        new("software-connectivity", "Software wishlist: one idea per reply", "Reply with one software idea per post. React with 👍 (like) to vote. The product team collects the top ideas every month.", ["wishlist", "feedback"], false, []),
        new("vela-club", "Vela 车主日常闲聊楼", "随便聊聊，今天开车遇到了什么有趣的事？", ["闲聊"], false, []),
    ];

    /// <summary>Filler replies for the busy threads; <see cref="DemoReplyWording"/> fills the {placeholders} and may add a second sentence.</summary>
    public static readonly string[] ChineseReplies =
    [
        "今天通勤 {km} 公里，能耗 {kwh}，空调开 {temp} 度。",
        "同意楼上的看法，我的体验也差不多。",
        "学到了，谢谢分享！",
        "周末去{place}跑了一圈，续航表现很稳定。",
        "有没有人试过用第三方充电桩？兼容性怎么样？",
        "新版本车机流畅了很多，导航也更准了。",
        "我觉得座椅通风可以再强一点。",
        "这个问题我也遇到过，重启车机就好了。",
        "下雨天辅助驾驶的表现比我想象中好。",
        "今天洗车后发现漆面状态很好，开了 {months} 个月没什么划痕。",
        "建议大家定期检查胎压，冬天掉得比较快。",
        "晚上高速开远光自动切换很好用。",
        "充电桩终于装好了，每天回家插上就行，太方便了。",
        "期待下一次车友会！",
        "建议增加{feature}功能。",
        "+1，{feature}真的很需要。",
        "今天跑了 {km} 公里高速，平均能耗 {kwh}。",
    ];

    public static readonly string[] EnglishReplies =
    [
        "Same experience here, thanks for posting.",
        "Commute today: {km} km, {kwh} kWh/100km with the heater on.",
        "Good tip, I did not know that setting existed.",
        "Has anyone tried the new roof rack with the bike mount?",
        "I would love a proper trip planner in the app.",
        "Mine does this too. A reboot of the screen fixes it for a while.",
        "Took the long way home through {place} today. Regen is great on descents.",
        "Tyre pressure warning this morning; cold weather is here.",
        "Voted! This one needs to happen.",
        "Would be nice to have a calendar integration for charging schedules.",
        "Quick update: the dealer fixed it under warranty.",
        "Is there a way to export the trip log as CSV?",
        "Idea: {feature}. I would use it every week.",
        "+1 for {feature}.",
        "Motorway run today, {km} km at {kwh} kWh/100km.",
    ];
}
