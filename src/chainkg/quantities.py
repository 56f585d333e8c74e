"""Numbers with units in Chinese news text: 4.3万余家, 超千亿元, 近五倍, 90%, 12.9万平方米.

A :class:`Quantity` holds the value with 万/亿 resolved, the unit from the closed set
:data:`UNITS` (万元/亿元 resolve to 元), and the qualifier: ``>`` for
超/逾/突破/不少于/余/多/以上, ``<`` for 近/不到/不足, ``~`` for 约/左右, ``=`` otherwise.
Years (2023年) are dates, not quantities, and are not returned. A share in tenths or a half
after a word for a share (占比超过四成, 配套率不到三成, 占比超过一半) is a percentage.

>>> [(q.value, q.unit, q.qualifier) for q in find_quantities("累计承接4.3万余家,投资超千亿元")]
[(43000.0, '家', '>'), (100000000000.0, '元', '>')]
>>> parse_quantity("约28亿元")  # doctest: +NORMALIZE_WHITESPACE
Quantity(value=2800000000.0, unit='元', qualifier='~', start=0, end=5, text='约28亿元',
         numeral='28亿')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

__all__ = [
    "COUNT_UNITS", "UNITS", "Quantity", "chinese_numeral", "fact_unit", "find_quantities",
    "parse_quantity",
]

#: The units a quantity may carry, as written; the longest form is tried first.
#: Money prefixed by 万/亿 (万元, 亿元) is resolved to 元 through the magnitude.
#: :data:`COUNT_UNITS` are the classifiers that count things (家, 个, 项 …).
UNITS = (
    "元", "美元", "家", "个", "个月", "个百分点", "个人", "%", "倍", "人", "人次", "名", "位", "辆",
    "台", "台套", "套", "只", "座", "吨", "万吨", "亩", "平方米", "平方公里", "公顷", "款", "条",
    "项", "类", "种", "年", "天", "公里", "千米", "米", "千瓦", "兆瓦", "吉瓦", "千瓦时", "度",
    "件", "所", "亿次", "次", "标方", "立方米", "户", "万户", "支", "批次", "架", "家次", "车次",
    "场", "公斤", "份", "人份", "颗", "株", "栋", "片", "辆次", "升", "GWh", "MWh", "kWh",
    "吉瓦时", "兆瓦时",
    "张", "班", "粒", "盒", "单", "届", "趟", "笔", "根", "例", "台次", "处",
    "重量箱",
)
COUNT_UNITS = frozenset({"家", "个", "名", "位", "人", "辆", "台", "台套", "套", "只", "座", "款",
                         "条", "项", "类", "种", "件", "所", "户", "次", "人次", "支", "批次",
                         "架", "家次", "车次", "场", "份", "人份", "颗", "株", "栋", "片",
                         "辆次", "张", "班", "粒", "盒", "单", "届", "趟", "笔", "根", "例",
                         "台次", "处"})
_UNIT_ALIASES = {"千米": "公里", "万吨": "吨", "万户": "户", "亿次": "次", "个人": "人"}
_UNIT_SCALE = {"万吨": 1e4, "万户": 1e4, "亿次": 1e8}
#: Classifiers that count people: a fact about people is stated in 人 whichever the text used.
_PERSON_CLASSIFIERS = {"名": "人", "位": "人"}

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 1e4, "亿": 1e8}

_PREFIX_QUALIFIERS = (
    ("不少于", ">"), ("不低于", ">"), ("不超过", "<"), ("不到", "<"), ("不足", "<"),
    ("接近", "<"), ("将近", "<"), ("近", "<"),
    ("超过", ">"), ("超出", ">"), ("突破", ">"), ("超", ">"), ("逾", ">"), ("高于", ">"),
    ("多于", ">"), ("大约", "~"), ("约", "~"),
)
#: Words ending in a qualifier character that are no qualifier: 签约6个项目, 最近3年.
_FALSE_QUALIFIERS = ("签约", "合约", "预约", "节约", "制约", "条约", "公约", "契约", "履约",
                     "特约", "邀约", "相约", "最近", "附近", "临近", "靠近", "赶超", "高超")
_SUFFIX_QUALIFIERS = (("以上", ">"), ("多", ">"), ("余", ">"), ("以下", "<"), ("以内", "<"),
                      ("左右", "~"), ("上下", "~"))

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
_CHINESE = rf"[{_NUMERALS}]+"
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
#: What a quantity may start with: a qualifier's first character or a digit. The pattern
#: opens with it as a lookahead, so the regex engine skips other positions quickly.
_FIRST_CHARS = "".join(sorted({p[0] for p, _ in _PREFIX_QUALIFIERS})) + _NUMERALS
_PATTERN = re.compile(
    rf"(?=[\d{_FIRST_CHARS}])"
    rf"(?P<pre>{'|'.join(p for p, _ in _PREFIX_QUALIFIERS)})?"
    rf"(?:(?P<arabic>{_ARABIC})(?P<mag>[十百千万亿]*)|(?P<chinese>{_CHINESE}))"
    r"(?P<mid>余|多)?(?P<mag2>[万亿]*)"
    rf"(?P<unit>{_UNIT_RE})"
    r"(?P<post>以上|以下|以内|左右|上下|多)?"
)
_MAGNITUDE = {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}


@dataclass(frozen=True)
class Quantity:
    """A number the text states, with offsets ``start:end`` into the searched text;
    ``numeral`` is the number as written, without qualifier and unit (4.3万, 五, 千亿)."""

    value: float
    unit: str
    qualifier: str
    start: int
    end: int
    text: str
    numeral: str = ""


def chinese_numeral(s: str) -> float | None:
    """The value of a Chinese numeral, or None if ``s`` is not one.

    >>> [chinese_numeral(s) for s in ("两", "十二", "一百二十", "千亿", "二〇二四", "两三")]
    [2.0, 12.0, 120.0, 100000000000.0, 2024.0, None]
    """
    if not s:
        return None
    if len(s) > 1 and all(c in _DIGITS for c in s):  # digit by digit: 二〇二四
        if len(s) == 2 and "〇" not in s and "零" not in s:
            return None  # 两三, 五六: a vague range, not a number
        return float("".join(str(_DIGITS[c]) for c in s))
    total, section, digit = 0.0, 0.0, None
    previous = ""
    for char in s:
        if char in _DIGITS:
            if digit is not None and previous != "零" and _DIGITS[char] != 0:
                return None  # two digits in a row: 两三
            digit = _DIGITS[char]
        elif char in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[char]
            digit = None
        elif char in _LARGE:
            section += digit or 0
            if section == 0:
                section = 1
            if char == "亿":
                total = (total + section) * _LARGE[char]
            else:
                total += section * _LARGE[char]
            section, digit = 0.0, None
        else:
            return None
        previous = char
    return total + section + (digit or 0)


_PREFIX_SIGNS = dict(_PREFIX_QUALIFIERS)
_SUFFIX_SIGNS = dict(_SUFFIX_QUALIFIERS)


def _qualifier(pre: str | None, mid: str | None, post: str | None) -> str:
    """The sign the words around a number give it: the prefix's, else the suffix's.

    >>> _qualifier("超", None, None), _qualifier(None, "余", None), _qualifier(None, None, None)
    ('>', '>', '=')
    """
    if pre in _PREFIX_SIGNS:
        return _PREFIX_SIGNS[pre]
    for word in (mid, post):
        if word in _SUFFIX_SIGNS:
            return _SUFFIX_SIGNS[word]
    return "="


def _scale(mag: str) -> float:
    factor = 1.0
    for char in mag:
        factor *= _MAGNITUDE[char]
    return factor


def _from_match(match: re.Match[str], offset: int = 0) -> Quantity | None:
    pre, arabic, mag, chinese, mid, mag2, unit, post = match.group(
        "pre", "arabic", "mag", "chinese", "mid", "mag2", "unit", "post")
    start = match.start()
    if pre and match.string[max(0, start - 1):start + len(pre)].endswith(_FALSE_QUALIFIERS) \
            and len(pre) == 1 and start > 0:
        pre, start = None, start + 1
    if arabic:
        value = float(arabic.replace(",", "")) * _scale(mag)
    else:
        value = chinese_numeral(chinese)
        if value is None:
            return None
    value *= _scale(mag2 or "") * _UNIT_SCALE.get(unit, 1.0)
    value = round(value, 6)  # 4.6亿 is 460000000, not 459999999.99999994
    if unit == "米" and (mag or chinese or "").endswith("千"):
        value, unit = value / 1000, "公里"  # 3千米: kilometres, not thousands of metres
    unit = _UNIT_ALIASES.get(unit, unit)
    end = match.end()
    numeral = (arabic or "") + (mag or "") + (chinese or "") + (mag2 or "")
    return Quantity(value, unit, _qualifier(pre, mid, post),
                    start + offset, end + offset, match.string[start:end], numeral)


def _is_year(match: re.Match[str]) -> bool:
    number = match["arabic"] or match["chinese"] or ""
    return (match["unit"] == "年" and not match["pre"] and not match["mid"]
            and not match["post"] and len(number) == 4 and not match["mag"])


def fact_unit(unit: str) -> str:
    """The unit a fact is stated in: the unit as written, except that people are counted in
    人 (the rules still see 名 and 位 as written, to tell 前10名, a rank, from 60名, a count).

    >>> [fact_unit(u) for u in ("名", "位", "人", "家")]
    ['人', '人', '人', '家']
    """
    return _PERSON_CLASSIFIERS.get(unit, unit)


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity with a known unit in ``text``; offsets shifted by ``offset``.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("2023年落地12.9万平方米厂房6个月")]
    [('12.9万平方米', 129000.0, '平方米'), ('6个月', 6.0, '个月')]
    """
    found = []
    for match in _PATTERN.finditer(text):
        if match.start() > 0 and text[match.start() - 1] in "第.":
            continue  # an ordinal (第一家) or part of a decimal
        if match["chinese"] and not match["pre"] and match.start() > 0 \
                and text[match.start() - 1] in "数几上成":
            continue  # 数十家, 几百人, 上千亩: no number is stated
        if match["arabic"] and match.start() > 0 and text[match.start() - 1].isdigit():
            continue
        if _is_year(match):
            continue
        quantity = _from_match(match, offset)
        if quantity is not None and not _UNIT_IN_WORD.match(text, quantity.end - offset - 1):
            if quantity.unit == "元" and _per_kilogram(text, match, found, offset):
                quantity = replace(quantity, unit="元/公斤")
            found.append(quantity)
    shares = [_share(match, offset) for match in _SHARE.finditer(text)]
    taken = {q.start - offset for q in shares}
    shares += [_share(match, offset) for match in _TENTHS.finditer(text)
               if match.start("share") not in taken and not _CHANGED.search(
                   text, max(0, match.start() - 6), match.start())
               and not _PART_OF.search(text, max(0, match.start() - 14), match.start())]
    return sorted([*found, *shares], key=lambda q: q.start) if shares else found


#: A price per kilogram (of hydrogen, of a herb): 每公斤28元, 每千克约33元, 35元/公斤.
_PER_KILOGRAM_BEFORE = re.compile(
    r"每(?:公斤|千克)(?:约|仅|只有|仅为|为|达|在|不到|不足|降至|降到)?$")
_PER_KILOGRAM_AFTER = re.compile(r"/(?:公斤|千克)|每(?:公斤|千克)")
#: ... and the price it changes to, after one per kilogram: 由每公斤35元降至[25元].
_CHANGED_TO = re.compile(r"(?:降至|降到|降为|降低到|下降到|下降至|减少到|增至|升至|涨到|到|至)$")


def _per_kilogram(text: str, match: re.Match[str], found: Sequence[Quantity],
                  offset: int = 0) -> bool:
    """Whether the sum of money ``match`` states is a price per kilogram (``found``: the
    quantities before it, their offsets shifted by ``offset``).

    >>> [q.unit for q in find_quantities("氢价由每公斤35元降至25元,运费2元")]
    ['元/公斤', '元/公斤', '元']
    """
    start = match.start()
    if match["mag"] or match["mag2"]:
        return False  # 万元, 亿元: no price per kilogram
    if _PER_KILOGRAM_BEFORE.search(text, max(0, start - 8), start) or \
            _PER_KILOGRAM_AFTER.match(text, match.end()):
        return True
    previous = found[-1] if found else None
    return (previous is not None and previous.unit == "元/公斤"
            and bool(_CHANGED_TO.search(text, max(0, start - 4), start))
            and not any(mark in text[previous.end - offset:start] for mark in ",，。;；!?！？"))


#: A unit that is part of a word, not a count: 三班倒 (shifts), 纯度“5个9” (five nines),
#: 上世纪80年代 (a decade), 高镍三元正极材料 (ternary, of a battery's chemistry).
_UNIT_IN_WORD = re.compile(r"班[倒制]|个[0-9９](?![0-9A-Za-z])|年代|元(?:正极|材料|锂|电池|前驱体)")


#: A share in tenths or a half after the word for a share or a rate (订单占比超过四成,
#: 本地配套率还不到三成, 配套占比首次超过一半), after 占…的 opening a clause or after
#: 已 (,占全国总产量的四成左右; 订单已占营业收入的近三成; not 减速器占成本的三成: a
#: noun's share, not the topic's) or a year-on-year growth (同比增长近六成; not
#: 比去年增长了四成): a percentage. Elsewhere 三成, 一半 are left out (降三成, 缩短一半:
#: changes the gold does not count).
_PRE = rf"(?P<pre>{'|'.join(p for p, _ in _PREFIX_QUALIFIERS)})?"  # 超过, 不到 …
_TENTH = r"(?P<tenths>[一二两三四五六七八九])成"
_POST = r"(?P<post>以上|左右|多)?"
_SHARE = re.compile(
    r"(?:占比|比例|比重|配套率|(?:(?<=[,，已])|(?<=已经))占[^\d,，。;；:：!?！？“”]{1,12}?的|同比增长)"
    r"(?:首次|已经|已|达到|达|为|是|还|也|均|仅)*"
    rf"(?P<share>{_PRE}(?:{_TENTH}|(?P<half>一半)){_POST})")


#: A share in tenths standing alone (公司七成以上的原料, 其中约六成来自本地, 小微企业占了
#: 九成以上): a percentage, as most writers count it; not a change (成本降低了三成, 比北京
#: 低三成左右, 订单增长了四成: see :data:`_CHANGED`), a fraction of a noun (:data:`_PART_OF`),
#: nor 一成不变, 几成, 一成立.
_TENTHS = re.compile(rf"(?<![数几十成])(?P<share>{_PRE}{_TENTH}{_POST})(?![立为功长本交果熟型不])")
_CHANGED = re.compile(r"(?:降|低|少|减少|缩短|提高|提升|增加|增长|多出|高|省|翻)了?$")
#: A fraction of a noun (减速器占机器人成本的三成, 价格只有进口的六成): no figure of the topic.
_PART_OF = re.compile(r"(?:占|只有|仅有|相当于)[^\d,，。;；:：!?！？“”]{0,12}的$")


def _share(match: re.Match[str], offset: int) -> Quantity:
    """The percentage a :data:`_SHARE` match states.

    >>> [(q.value, q.qualifier) for q in find_quantities("订单占比超过四成,配套率不到一半")]
    [(40.0, '>'), (50.0, '<')]
    """
    half = match.groupdict().get("half")
    value = 50.0 if half else 10.0 * _DIGITS[match["tenths"]]
    start, end = match.span("share")
    return Quantity(value, "%", _qualifier(match["pre"], None, match["post"]), start + offset,
                    end + offset, match["share"], half or match["tenths"] + "成")


def parse_quantity(s: str) -> Quantity | None:
    """The quantity ``s`` states as a whole, or None.

    >>> [(q.value, q.unit, q.qualifier) for q in map(parse_quantity, ("近五倍", "10多家"))]
    [(5.0, '倍', '<'), (10.0, '家', '>')]
    """
    match = _PATTERN.fullmatch(s.strip())
    if match is None or _is_year(match):
        return None
    return _from_match(match)
