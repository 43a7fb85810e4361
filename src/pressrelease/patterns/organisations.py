"""The organisations table: the suffixes that end the name of a body, by kind, and the words around them.

A named body is a place (or a bare level word such as 县, or a national prefix such as 国家) followed by
a short body of words and one of these suffixes: ``陇县`` + ``人社`` + ``局``, ``县`` + ``农商银行``,
``国家`` + ``发展改革`` + ``委``. :mod:`pressrelease.facts.organisations` reads the word lists below;
each record's regex (a suffix and what may not follow it) documents them with examples.
"""

from __future__ import annotations

from . import pattern

SUFFIXES: dict[str, tuple[str, ...]] = {
    "party": (
        "县委", "市委", "省委", "区委", "州委", "旗委", "镇党委", "乡党委", "党委", "党组", "党工委", "纪委",
        "监委", "纪委监委", "组织部", "宣传部", "统战部", "政法委", "编委", "党支部", "党总支", "团委",
        "县委办", "市委办", "中共中央", "全委会",
    ),
    "government": (
        "人民政府", "政府", "部", "局", "厅", "委", "办", "署", "总局", "办公室", "委员会", "管委会",
        "常委会", "办事处", "人民法院", "中级人民法院", "高级人民法院", "法院", "人民检察院", "检察院", "派出所", "海关", "公安局",
        "人大", "政协", "村委会", "居委会", "街道办",
    ),
    "company": ("有限公司", "有限责任公司", "股份有限公司", "股份公司", "公司", "集团", "厂"),
    "bank": ("银行", "农商银行", "农商行", "信用社", "信用联社", "农信社"),
    "school": ("大学", "学院", "中学", "小学", "学校", "幼儿园", "党校", "职业学校", "技工学校", "职中"),
    "hospital": (
        "医院", "人民医院", "中医院", "卫生院", "卫生室", "妇幼保健院", "疾控中心", "疾病预防控制中心",
        "卫生服务中心",
    ),
    "association": (
        "协会", "学会", "商会", "基金会", "联合会", "促进会", "研究会", "总工会", "工会", "红十字会", "妇联",
        "残联", "科协", "文联", "侨联", "工商联", "作协",
    ),
    "media": (
        "报社", "杂志社", "电视台", "广播电视台", "广播电台", "电台", "融媒体中心", "新闻中心", "通讯社",
        "出版社", "总台",
    ),
    "other": (
        "研究院", "研究所", "研究室", "科学院", "设计院", "中心", "供销社", "供销联社", "供销合作社", "合作社", "联社",
        "图书馆", "博物馆", "纪念馆", "文化馆", "事务所",
    ),
}  # fmt: skip
"""The suffixes that end an organisation's name, by the kind of body they make it. A newspaper or a
website (``某某日报``, ``某某网``) is an outlet, not a body: its publishing house is (``某某日报社``)."""

BROADCASTER_ENDINGS: tuple[str, ...] = ("电视台", "总台", "广播电台", "通讯社", "报社", "新闻社")
"""Names of the publisher registry that are bodies (with its agencies): broadcasters and publishing
houses; its papers, sites and apps are outlets, not organisations."""

NOT_AFTER: dict[str, str] = {
    "部": "门分署位队件落",
    "局": "面势限部长",
    "委": "员托屈婉派任",
    "办": "理法好学成结事公",
    "厂": "房区家",
    "组": "织长员成",
    "心": "理愿声意思城",
    "会": "议谈见商同员场上",
    "校": "园长",
    "报": "道告名送表",
    "大": "会",
    "社": "区会",
    "司": "机法",
    "行": "动为业",
    "团": "结队",
    "厅": "堂长",
    "府": "网门",
}
"""A suffix is not one when its last character and the next one make another word: ``部门``,
``局面``, ``委托``, ``办理``, ``党组织``, ``中心意``, ``社会``, ``银行业``…"""

STILL_A_SUFFIX: tuple[str, ...] = ("分析", "分别")
"""Words that open with a character of :data:`NOT_AFTER` and leave the suffix before them whole:
``商务部分析…`` is 商务部 + 分析, not 商务 + 部分."""


def _words(text: str) -> frozenset[str]:
    """The words of a space-separated list (data reads best as one string)."""
    return frozenset(text.split())


NOT_WORDS: frozenset[str] = _words(
    "大局 布局 开局 格局 结局 全局 变局 新局 时局 胜局 残局 定局 败局 骗局 饭局 副局 副厅 部署 签署 公署 "
    "常委 全委 部委 举办 主办 协办 承办 交办 申办 创办 兴办 督办 开办 代办 包办 查办 合办 停办 难办 好办 "
    "山海关 把关 攻关 机关 相关 有关 无关 过关 难关 副部 全部 内部 外部 东部 西部 南部 北部 中部 干部 局部 总部 "
    "本部 各部 俱乐部 分部 腹部 头部 底部 顶部 尾部 部部 局局 厅厅"
)
"""Words that end like a suffix and are not one (``发展大局``, ``决策部署``, ``市委常委``, ``举办``,
``山海关``): the text ending there is no organisation."""

BODY_BREAKERS: frozenset[str] = _words("部门 会议 会谈 局面 局势 部署 大局 举办 主办 承办 协办")
"""Words no name holds: a body that would run across one ends there (``国务院专利行政部门和…政府``)."""

STOP_WORDS: tuple[str, ...] = (
    "召开", "按照", "落实", "研究", "下设", "兼任", "负责", "申请", "请求", "审批", "要求", "决定", "批准",
    "同意", "印发", "发布", "出台", "开展", "推动", "加强", "组织召开", "主持", "参加", "出席", "会同",
    "牵头", "联合", "配合", "指导", "督促", "协调", "成立", "设立", "名义", "所属", "利用", "作为", "通过",
    "审定", "隶属", "候选", "完成", "报请", "提请", "报送", "接受", "服从", "邀请", "经过", "一家",
)  # fmt: skip
"""Verbs and phrases a body does not run across (``市教体局召开会议研究…中心``): the name ends before them.
A bare level word right after one stands for its place (``完成省政府下达的目标``, ``报请市政府``). Words
that names hold are not among them (代表 of ``人民代表大会``, 派出 of ``派出所``)."""

LEVEL_NOT_BEFORE: dict[str, str] = {
    "市": "场民值面井级",
    "县": "城域级",
    "区": "域别间块分级",
    "省": "份级内外",
    "州": "级",
    "村": "民庄级",
    "乡": "村镇亲级",
    "镇": "级",
    "旗": "帜级",
}
"""A bare level word is not one before these (``市场``, ``县城``, ``省级``, ``乡村``): no anchor there."""

COMPANY_FORMAL: tuple[str, ...] = ("有限公司", "有限责任公司", "股份有限公司", "股份公司")
"""Company suffixes formal enough that the name before them needs no place: ``某某科技有限公司``."""

NEEDS_BODY: frozenset[str] = frozenset(
    {"部", "局", "厅", "委", "办", "署", "厂", "公司", "集团", "中心", "联社", "合作社"}
)
"""Suffixes that make no name with a bare level word alone (``市局``, ``县中心``): they need a body."""

NATIONAL_PREFIXES: tuple[str, ...] = ("国家", "中国", "中华", "中央", "全国", "中共")
"""Prefixes that anchor a national body as a place anchors a local one (``国家发展改革委``)."""

LEVEL_CHARS = "省市县区州旗镇乡村"
"""Bare level words that anchor a body of the place they stand for (``县农商银行``, ``市人民医院``)."""

BARE_AFTER = frozenset("在到赴和与及至从向对是为由据经同跟、把将让给往去来于自我本该其的")
"""Characters after which a bare level word anchors a body (``在县政府…``, ``新成立的县乡村振兴局``);
after other Han characters
it is part of another word (``全县``, ``城市``, ``上市公司``)."""

PARTY_PREFIX = "中共"
"""Printed before a party committee's place (``中共某某市委``): part of the name."""

STOP_CHARS = frozenset("的了是在对把被将从向与及或并等也都已由让给据于着过、各级")
"""Characters a body does not run across: the name starts after them. 和 is not one: it joins the
words of many names (``人力资源和社会保障局``), and the nearest anchor keeps ``县政府和县人社局`` apart."""

COMPANY_STOP_CHARS = STOP_CHARS | frozenset("和同跟")
"""Where a company name found without a place starts: after these (``与…``, ``和…``)."""

LEAD_VERBS: tuple[str, ...] = (
    "引进", "成立", "组建", "联系", "协调", "依托", "联合", "携手", "委托", "参与", "支持", "帮助", "协助",
    "组织", "指导", "走进", "来到", "前往", "入驻", "落户", "投资", "收购", "控股", "旗下", "包括", "例如",
    "招商引资企业", "企业", "龙头企业", "公司", "通过", "推动", "为",
)  # fmt: skip
"""Words a formal company name found without a place does not start with (cut from its front)."""

CENTRAL: tuple[str, ...] = (
    "国务院", "全国人大常委会", "全国人大", "全国政协", "中共中央", "党中央", "中央军委", "最高人民法院",
    "最高人民检察院", "外交部", "国防部", "教育部", "科技部", "科学技术部", "工业和信息化部", "工信部",
    "公安部", "民政部", "司法部", "财政部", "人力资源社会保障部", "人力资源和社会保障部", "人社部",
    "自然资源部", "生态环境部", "住房城乡建设部", "住房和城乡建设部", "住建部", "交通运输部", "水利部",
    "农业农村部", "商务部", "文化和旅游部", "文旅部", "退役军人事务部", "应急管理部", "审计署", "海关总署",
    "中组部", "中宣部", "中央统战部", "中央纪委", "国家监委", "国资委", "证监会", "银保监会", "中国人民银行",
    "国家发展改革委", "国家发改委", "国家卫生健康委", "国家卫健委", "国家税务总局", "国家统计局",
    "市场监管总局", "国家市场监督管理总局",
    # the short names the State Council prints for its departments in lists and posts (国家 left out)
    "发展改革委", "卫生健康委", "国家发展和改革委员会", "统计局", "新闻办", "国务院新闻办", "国新办",
    "税务总局", "广电总局", "体育总局", "医保局", "药监局", "林草局", "能源局", "知识产权局", "中医药局",
    "粮食和储备局", "外汇局", "民航局", "文物局", "信访局", "国管局", "移民局", "气象局", "地震局",
    "乡村振兴局", "疾控局", "数据局", "金融监管总局", "港澳办", "国台办", "侨办",
)  # fmt: skip
"""Central bodies named on their own, with no place or prefix before them, and the short names of
State Council departments (``发展改革委``, ``统计局``): standing alone they name the national body,
after a place the local one (``陇县统计局`` is found from its place)."""

FOREIGN_PREFIXES: tuple[str, ...] = (
    "美国", "英国", "法国", "德国", "俄罗斯", "日本", "韩国", "朝鲜", "印度", "意大利", "西班牙", "葡萄牙",
    "荷兰", "比利时", "瑞士", "瑞典", "挪威", "丹麦", "芬兰", "冰岛", "爱尔兰", "奥地利", "波兰", "捷克",
    "斯洛伐克", "匈牙利", "罗马尼亚", "保加利亚", "希腊", "土耳其", "乌克兰", "白俄罗斯", "塞尔维亚",
    "克罗地亚", "加拿大", "墨西哥", "巴西", "阿根廷", "智利", "秘鲁", "哥伦比亚", "委内瑞拉", "古巴",
    "澳大利亚", "新西兰", "印度尼西亚", "印尼", "马来西亚", "新加坡", "泰国", "越南", "老挝", "柬埔寨",
    "缅甸", "菲律宾", "巴基斯坦", "孟加拉国", "斯里兰卡", "尼泊尔", "蒙古国", "哈萨克斯坦", "乌兹别克斯坦",
    "伊朗", "伊拉克", "沙特阿拉伯", "沙特", "以色列", "巴勒斯坦", "叙利亚", "约旦", "黎巴嫩", "卡塔尔",
    "阿联酋", "科威特", "埃及", "南非", "尼日利亚", "肯尼亚", "埃塞俄比亚", "阿尔及利亚", "摩洛哥",
    "坦桑尼亚", "欧盟", "联合国",
    "巴黎", "伦敦", "柏林", "莫斯科", "东京", "首尔", "纽约", "华盛顿", "罗马", "马德里", "悉尼",
)  # fmt: skip
"""Countries (and the cities most often named with their bodies) that anchor a foreign body as
``中国`` anchors a national one (``法国国家铁路公司``, ``巴黎大众运输公司``): the name runs from them,
with no place (foreign places are not places here). They anchor only where they stand on their own,
like a bare level word (not ``非法国有…``, ``湖南非遗…`` where a place covers them)."""


def _suffix_source(words: tuple[str, ...]) -> str:
    alts = []
    for word in sorted(words, key=len, reverse=True):
        blocked = NOT_AFTER.get(word[-1])
        alts.append(f"{word}(?![{blocked}])" if blocked else word)
    return "(?:" + "|".join(alts) + ")"


def _record(kind: str, examples: list[str], counter: list[str]) -> None:
    pattern(
        f"organisations.{kind}",
        _suffix_source(SUFFIXES[kind]),
        examples=examples,
        counter=counter,
        doc=f"The suffixes that end the name of a {kind} body (and the words that only look like them).",
    )


_record("party", ["陇县县委组织部", "县委宣传部", "村党支部"], ["基层党组织", "各级党组织"])
_record(
    "government",
    ["陇县人社局", "市政府", "国家发展改革委", "县政府办"],
    ["有关部门", "大局面", "委托", "办理"],
)
_record("company", ["陕西恩达科技有限公司", "某某集团", "县水泥厂"], ["厂房", "团结"])
_record("bank", ["县农商银行", "中国人民银行", "信用社"], ["银行业", "行动"])
_record("school", ["县第一中学", "某某大学", "县委党校"], ["校园", "学习"])
_record("hospital", ["市人民医院", "镇卫生院", "县疾控中心"], ["医疗", "卫生"])
_record("association", ["县工商联", "省红十字会", "县总工会"], ["会议", "协商"])
_record("media", ["县融媒体中心", "陕西日报社", "县电视台"], ["报道", "报告", "陕西日报"])
_record("other", ["县供销联社", "省农科院研究所", "县政务服务中心"], ["中心思想", "社会", "社区"])

CENTRAL_NAMES = pattern(
    "organisations.central",
    r"\L<names>",
    examples=["国务院", "教育部", "海关总署", "中国人民银行"],
    counter=["国家", "部门", "政府"],
    doc="Central bodies named on their own (国务院, the ministries): no place or prefix is needed.",
    lists={"names": sorted(CENTRAL, key=len, reverse=True)},
)

NATIONAL = pattern(
    "organisations.national_prefix",
    r"\L<prefixes>",
    mode="match",
    examples=["国家发展改革委", "中国人民银行", "中央广电总台", "全国总工会"],
    counter=["陇县人社局", "国际在线"],
    doc="The prefixes that anchor a national body as a place anchors a local one.",
    lists={"prefixes": NATIONAL_PREFIXES},
)
