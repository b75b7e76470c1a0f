namespace Incubator.Geography;

/// <summary>The three administrative levels an incubator can sit at ("三级联动").</summary>
public enum AreaLevel
{
    /// <summary>区/旗/县</summary>
    District = 0,
    /// <summary>街道/苏木/乡镇</summary>
    Subdistrict = 1,
    /// <summary>社区/嘎查/村</summary>
    Community = 2,
}
