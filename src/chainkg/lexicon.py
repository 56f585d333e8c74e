"""Generic vocabulary of Chinese news language that the extraction rules use.

Only closed, generic word lists live here: name suffixes, titles, surnames, function
words and trigger verbs. No name of a particular company, park or person belongs here;
regions and chains come from the ontology gazetteers (:mod:`chainkg.ontology`).

>>> SUFFIX_TYPES["有限公司"]
'Company'
>>> is_surname_start("苏国斌")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "BARE_ORG_WORDS",
    "COMPANY_LEGAL_SUFFIXES",
    "ENUM_HEAD_TYPES",
    "FACILITY_HEADS",
    "GENERIC_NAME_CORES",
    "LEFT_STOP_TAGS",
    "LEFT_STOP_WORDS",
    "NAME_STRIP_WORDS",
    "PERSON_FOLLOWERS",
    "PRODUCT_NOUNS",
    "SUFFIX_TYPES",
    "SURNAMES",
    "TITLES",
    "is_surname_start",
    "longest_word_pattern",
]

def _words(text: str) -> list[str]:
    return text.split()


#: Name suffix -> annotation type. Longer suffixes win over shorter ones.
SUFFIX_TYPES: dict[str, str] = {
    # companies
    "股份有限公司": "Company", "有限责任公司": "Company", "集团有限公司": "Company",
    "有限公司": "Company", "分公司": "Company", "公司": "Company",
    "集团": "Company", "银行": "Company", "基金": "Company", "引导基金": "Company",
    "药业": "Company",
    "制药": "Company", "药厂": "Company", "控股": "Company", "股份": "Company",
    # parks
    "产业园": "Park", "科技园": "Park", "工业园": "Park", "工业园区": "Park", "软件园": "Park",
    "产业园区": "Park", "化工园区": "Park",
    "示范区": "Park",
    "经济区": "Park", "高新区": "Park", "开发区": "Park", "经开区": "Park",
    "保税区": "Park", "产业基地": "Park", "示范园": "Park", "医药园": "Park",
    "高新园": "Park", "工业区": "Park", "分园": "Project", "生态港": "Park", "生态城": "Park",
    "产业港": "Park",
    "科技城": "Park", "产业新城": "Park", "创新园": "Park", "孵化园": "Park",
    "片区": "Park", "自贸区": "Park", "自由贸易试验区": "Park", "综合保税区": "Park",
    "科学园": "Park", "科学城": "Park", "教育园区": "Park", "大学科技园": "Park",
    "协作园": "Park", "合作园": "Park", "科创园": "Park", "创业园": "Park",
    # clusters
    "集群": "Cluster", "城市群": "Cluster", "产业带": "Cluster",
    # government
    "管委会": "GovernmentBody", "管理委员会": "GovernmentBody", "委员会": "GovernmentBody",
    "办公室": "GovernmentBody", "部门": "GovernmentBody", "局": "GovernmentBody",
    "厅": "GovernmentBody", "委": "GovernmentBody", "区委": "GovernmentBody",
    "市委": "GovernmentBody", "县委": "GovernmentBody", "省委": "GovernmentBody",
    "人民政府": "GovernmentBody", "部": "GovernmentBody", "政府": "GovernmentBody",
    "国务院": "GovernmentBody",
    # other organisations
    "大学": "Organization", "学院": "Organization", "研究院": "Organization",
    "研究所": "Organization", "联盟": "Organization", "协会": "Organization",
    "商会": "Organization", "学会": "Organization", "联合体": "Organization",
    "工作组": "Organization", "实验室": "Organization", "中心": "Organization",
    "日报": "Organization", "晚报": "Organization", "报社": "Organization",
    "电视台": "Organization", "研究会": "Organization", "促进会": "Organization",
    "研究中心": "Organization", "创新中心": "Organization", "服务中心": "Organization",
    "科学院": "Organization", "医院": "Organization", "联合会": "Organization",
    "学校": "Organization",
    # events
    "大会": "Event", "论坛": "Event", "博览会": "Event", "展览会": "Event",
    "推介会": "Event", "对接会": "Event", "座谈会": "Event", "洽谈会": "Event",
    "启动仪式": "Event", "启动会议": "Event", "启动会": "Event", "峰会": "Event",
    "年会": "Event", "交易会": "Event", "招商会": "Event", "发布会": "Event",
    "冬奥会": "Event", "对接活动": "Event", "系列活动": "Event", "大赛": "Event",
    "展会": "Event", "研讨会": "Event", "签约仪式": "Event", "推进会": "Event",
    "交流会": "Event", "恳谈会": "Event", "说明会": "Event", "展销会": "Event",
    "观摩会": "Event", "见面会": "Event", "合作会": "Event",
    "开工仪式": "Event", "投产仪式": "Event", "竣工仪式": "Event",
    "开园仪式": "Event", "上线仪式": "Event",
    "签约活动": "Event", "开工活动": "Event", "路演活动": "Event",
    # policies named without 《》 (a place must open the name: see mentions.py)
    "实施方案": "Policy", "工作方案": "Policy", "行动方案": "Policy", "机制方案": "Policy",
    "行动计划": "Policy", "发展规划": "Policy", "若干措施": "Policy", "实施意见": "Policy",
    "指导意见": "Policy", "管理办法": "Policy", "若干政策": "Policy", "实施细则": "Policy",
    "协议": "Policy", "奖补办法": "Policy", "奖励办法": "Policy", "扶持办法": "Policy",
    "补贴办法": "Policy", "支持办法": "Policy",
    # projects
    "项目": "Project", "工程": "Project", "基地": "Project", "数据中心": "Project",
    "加氢站": "Project", "充电站": "Project", "研发中心": "Project", "加注站": "Project",
    "换电站": "Project", "分行": "Company", "支行": "Company",
    # a centre named by what it stores, moves or computes is a facility built (…仓储物流中心,
    # …算力中心: all 15 such names in the gold are projects; not …检测中心, often a body)
    "物流中心": "Project", "仓储中心": "Project", "分拨中心": "Project",
    "算力中心": "Project", "运营中心": "Project", "处理中心": "Project",
    # a named service platform (永年区机床功能部件检测公共服务平台): a project; a bare
    # 平台 stays no suffix (工业互联网平台, 服务平台 name kinds)
    "公共服务平台": "Project",
    # a corridor or incubator built or run (京张氢能物流走廊, 生物医药孵化器) is a project;
    # a hospital's branch campus (…医院雄安院区) is the organisation
    "走廊": "Project", "孵化器": "Project", "院区": "Organization",
    # so is an energy station, a training ground, an accelerator or a freight line built or
    # run (…综合能源站, …实训场, …孵化加速器, …运输专线)
    "能源站": "Project", "实训场": "Project", "加速器": "Project", "运输专线": "Project",
}

#: Head nouns of facilities news names by what they are, without 项目 or 基地 (…中试线,
#: …超级工厂, …物流车队, …加氢站, …检测认证服务站): a built or operated facility is a
#: Project (not a 车间: the gold gives a workshop's figures to its company).
FACILITY_HEADS = ("生产线", "装配线", "组装线", "产线", "中试线", "验证线", "示范线", "工厂",
                  "改装线", "分装线", "提纯装置", "提氢装置", "检测站",
                  "车队", "加氢站", "充装站",
                  "合建站", "充换电站", "换电站", "充电站", "能源站", "服务站", "工作站",
                  "数据中心", "中试平台", "测试场", "孵化器", "实训场", "加速器", "运输专线",
                  "物流专线", "货运专线", "专线", "干线", "示范线路", "培训班", "实训班", "训练场",
                  "污水处理厂", "处理厂", "资源圃", "资源库", "专网", "二级节点", "试验场",
                  "测试道路", "测试路段")

#: Company suffixes that end a legal name (dropped when deriving short forms).
#: Products whose names end like an organisation's (…五轴联动加工中心 is a machine).
PRODUCT_NOUNS = ("加工中心", "车削中心", "磨削中心", "铣削中心")

COMPANY_LEGAL_SUFFIXES = (
    "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司",
    "集团公司", "集团", "公司",
)

#: Trade words dropped from the end of a company core when deriving short forms.
NAME_STRIP_WORDS = (
    "科技", "技术", "网络", "信息", "智能", "电子", "软件", "发展", "实业", "控股",
    "投资", "运营", "服务", "创新", "新能源", "能源", "装备", "制药", "药业", "制造",
    "汽车", "系统",
)

#: Cores that are too generic to be a name ("重点项目", "合作项目" ...).
GENERIC_NAME_CORES = frozenset(_words(
    "重点 重大 合作 签约 相关 优质 产业 示范 建设 投资 招商 这些 这个 该 各 "
    "一期 二期 三期 首期 涉氢 新 老 龙头 骨干 配套 整车 整机 创新 服务 专业 首个 "
    "首家 集成 研发 生产 国家 国家级 省级 市级 全国 先进 特色 本地 当地 多个 "
    "一批 两大 三大 行业 政府 地方 省 市 区 县 园区 企业 公司 管理 现场 意向 "
    "业务 数字化 智慧 产业链 上下游 总部 分 子 母 加氢母 研发制造 重点产业 承载 "
    "高端 合作共建 区域 中央 国企 央企 民营 外资 城市 全市 全省 全区 我省 我市 "
    "本市 本省 科研 技术 工程技术 信息 数字 两地 三地 京津 京冀 津冀 先行 同类 "
    "中心 先进制造业 专业化 专业 首批 唯一 一流 新兴 领军 头部 链主 先行 这家 "
    "那家 一家 这座 新型 大型 小型 中小 原有 现有 标准化 传统 未来 供需 中试 试点 "
    "入区 入园 技改 在建 续建 储备 新签约 新开工 上市 首家上市 控股 参股 合资"
))

#: Token tags (jieba's dictionary tags) that end a name when walking left from a suffix.
LEFT_STOP_TAGS = frozenset(_words(
    "p c u uj ul uz ud ug uv r rr rz rg d dg y e "
    "o f zg"
))

#: Words that end a name when walking left: function words and predicate verbs.
LEFT_STOP_WORDS = frozenset(_words(
    "的 了 在 与 和 及 同 由 把 将 向 从 对 为 是 等 被 让 给 于 并 又 "
    "也 都 就 还 已 而 其 这 那 此 该 到 至 即 以 或 跟 随 由此 以及 如今 "
    "当天 其中 目前 今年 去年 明年 同年 走进 吸引 吸引了 位于 引进 引育 入驻 落户 "
    "落地 签约 组建 揭牌 依托 聚集 来自 作为 打造 建设 发起 成立 承接 举办 召开 "
    "举行 入选 拿到 获 获得 成为 纳入 迁到 搬到 迁至 设在 坐落 坐落在 包括 覆盖 "
    "形成 构建 推动 推进 支持 指导 带动 牵头 申报 批复 主办 承办 发布 印发 出台 "
    "签署 签订 签下 担任 挑选 建立 设立 参加 出席 走访 考察 调研 助力 携手 联手 "
    "旗下 全资 子公司 内 里 中 上 下 前 后 外 间 地处 与会 据 随着 通过 "
    "围绕 依靠 面向 聚焦 瞄准 开展 实施 加快 加速 积极 持续 不断 进一步 首次 "
    "首批 一批 多家 众多 多个 这家 该公司 企业 记者 介绍 表示 说 称 总经理 "
    "董事长 主任 书记 局长 厅长 院长 所长 部长 经理 总监 处长 从事 深耕 参与 "
    "共同 合资 提供 服务于 拥有 总投资 新建 扩建 筹建 开工 竣工 投产 试生产 组团 "
    "共建 合建 创建 兴建 新设 启动 "
    "集中 陆续 相继 先后 已经 已有 正在 将 会 要 也是 今年 去年 目前 当时 如今 "
    "同年 当天 以来 此前 培育 壮大 做强 引导 不仅 既有 也有 还有 只有 一家 两家 "
    "上马 新上 布局 投资建设 合作建设 签约建设 投资设立 出任 兼任 距 距离 "
    "一座 一个 这个 那个 这里 那里 各地 各类 选址 计划 建成 组织 所在 所在的 当选 组成 "
    "主持 致辞 发言 演讲 列入 列为 双方 两地 力争 争取 确保 北距 南距 东距 西距 "
    # verbs whose object is a place or an organisation (来到|天津经济技术开发区)
    "来到 扎根 邀请 引入 联系 坐在 开进 会同"
))

#: Head nouns of "A、B、C等N家<head>" enumerations and the type of their items.
ENUM_HEAD_TYPES: dict[str, str] = {
    "企业": "Company", "药企": "Company", "公司": "Company", "服务商": "Company",
    "车企": "Company", "厂商": "Company", "供应商": "Company", "龙头": "Company",
    "集团": "Company", "品牌": "Company", "机构": "Organization", "高校": "Organization",
    "院校": "Organization", "项目": "Project", "园区": "Park", "集群": "Cluster",
    "单位": "Company", "平台": "Organization", "央企": "Company", "国企": "Company",
    "民企": "Company", "外企": "Company",
}

#: Words that refer back to an organisation already named ("公司党支部书记…").
BARE_ORG_WORDS = ("公司", "企业", "集团", "园区", "该公司", "该企业")

#: Role titles that precede a person's name, longest first after sorting.
TITLES = tuple(sorted(set(_words(
    "总经理 副总经理 董事长 副董事长 总裁 副总裁 首席执行官 首席科学家 总工程师 总监 "
    "经理 主任 副主任 书记 副书记 党委书记 党委副书记 党组书记 党组副书记 党支部书记 "
    "党工委书记 局长 副局长 厅长 副厅长 处长 副处长 部长 副部长 院长 副院长 所长 "
    "副所长 校长 副校长 主席 副主席 会长 副会长 秘书长 理事长 市长 副市长 区长 "
    "副区长 县长 副县长 镇长 省长 副省长 负责人 创始人 联合创始人 合伙人 研究员 "
    "教授 记者 编辑 责任编辑 工程师 董事 党组成员 总经济师 总会计师 主管 科长 站长 "
    "厂长 副厂长 队长 组长 团长 行长 副行长 执行总裁 总经理助理 首席技术官 技术总监 "
    "研发总监 办公室主任 总设计师 博士 院士 专家 委员 常委 局党组书记 工委书记 "
    "通讯员 实习生 校长助理 院长助理 总裁助理 董事长助理 首席运营官 首席财务官 首席信息官 "
    "首席产品官 首席数据官 首席营销官 "
    # people named by their work or standing rather than an office (司机王建军今年52岁)
    "班长 司机 村民 种植户 农户 养殖户 工人 技术员 操作工 调研员 联系人 小伙 小伙子 姑娘"
)), key=len, reverse=True))

#: What follows a person's name after a title: speech verbs and the like.
PERSON_FOLLOWERS = (
    "说", "介绍", "表示", "指出", "认为", "称", "告诉", "坦言", "透露", "强调", "谈到",
    "提到", "解释", "回忆", "感慨", "这样", "当时", "在", "发布", "向", "对", "也", "还",
    "就", "则", "笑着", "直言", "补充", "看来", "一直", "曾", "带领", "主持", "出席",
    "今年", "现年",
    "宣布", "说道", "道", "表态", "分析", "建议", "希望", "指着", "介紹", "答", "讲",
    "担任", "当选", "出任", "兼任", "先后", "作", "致辞", "发言",
    # the group a researcher leads (教授张甲团队已派出…)
    "团队", "课题组",
)

#: Common Chinese surnames (the 百家姓 and a few more); compound ones are two characters.
SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章"
    "云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常"
    "乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞"
    "熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍"
    "虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁"
    "牟荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙"
    "池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍璩桑桂濮牛寿通边扈燕冀郏浦尚农温别"
    "庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳"
    "沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺"
    "权逯盖益桓公仝闫肖付岳佟覃芦谌邸郄苑揭帅练粟银旷禚遆兰冼初占栗乐和续位"
    "过尤原庚战雒母綦"
) | {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒"}


def is_surname_start(name: str) -> bool:
    """Whether ``name`` starts with a common surname.

    >>> is_surname_start("李亚洲"), is_surname_start("发展")
    (True, False)
    """
    return name[:1] in SURNAMES or name[:2] in SURNAMES


def longest_word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching, at each position, the longest of ``words`` that starts there.

    It finds what ``"|".join(words sorted longest first)`` finds, as one nested group per
    shared prefix (a trie), so the engine tries one branch per character instead of
    every word.

    >>> [m.group() for m in longest_word_pattern(["公司", "有限公司", "分公司", "园"])
    ...  .finditer("某某有限公司的分公司在园区")]
    ['有限公司', '分公司', '园']
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        # children have distinct first characters, so at most one can match: trying
        # it before ending the word here makes the match the longest one
        parts = [re.escape(char) + branch(child) for char, child in node.items() if char]
        if not parts:
            return ""
        ends_here = "" in node
        if len(parts) == 1 and not ends_here:
            return parts[0]
        return "(?:" + "|".join(parts) + ("|)" if ends_here else ")")

    return re.compile(branch(trie))
