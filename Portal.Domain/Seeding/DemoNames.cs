namespace Portal.Domain.Seeding;

/// <summary>Name and city pools for demo members: mostly Chinese owners, some English-speaking ones.</summary>
internal static class DemoNames
{
    public static readonly string[] ChineseSurnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];

    public static readonly string[] ChineseGivenNames = ["伟", "磊", "静", "敏", "洋", "婷", "强", "杰", "芳", "军", "丽", "涛", "明", "超", "霞", "浩然", "子涵", "欣怡", "宇轩", "思远", "雨桐", "晨曦", "嘉怡", "志强"];

    public static readonly string[] PinyinSurnames = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao"];

    public static readonly string[] EnglishFirstNames = ["Emma", "Liam", "Olivia", "Noah", "Ava", "James", "Sophia", "Lucas", "Mia", "Ethan", "Grace", "Daniel", "Chloe", "Henry", "Ella", "Jack"];

    public static readonly string[] EnglishLastNames = ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Clarke", "Hughes", "Green", "Hall", "Wood"];

    public static readonly string[] ChineseCities = ["上海", "北京", "深圳", "广州", "杭州", "成都", "南京", "苏州", "武汉", "西安", "重庆", "天津"];

    public static readonly string[] EnglishCities = ["Shanghai", "Beijing", "Shenzhen", "Hong Kong", "Singapore", "London", "Sydney", "Munich"];

    public static readonly string[] ChineseBios =
    [
        "周末喜欢自驾，最远开到过拉萨。", "两个孩子的爸爸，关注安全和空间。", "充电桩地图收藏家。", "喜欢折腾车机和OTA新功能。",
        "通勤族，每天往返80公里。", "赛道日常客，追求每一秒。", "第一次开电车，什么都想学。", "",
    ];

    public static readonly string[] EnglishBios =
    [
        "Road-trip planner and charging-stop nerd.", "Commuter, 60 km a day, mostly on autopilot.", "Track days when I can, school runs when I must.",
        "Early adopter. Ask me about OTA updates.", "",
    ];
}
