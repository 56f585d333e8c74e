"""Generate ontology/regions.ttl: the regions of 北京, 天津 and 河北 down to county level,
and every other province-level division and prefecture-level city of China.

The source is the administrative-division table the ``cpca`` package ships
(``cpca/resources/adcodes.csv``, 12-digit adcodes). It predates several changes, which
``CHANGES`` below applies, each with the year it took effect; ``ABOLISHED`` lists codes
that no longer exist. Outside 京津冀 only provinces and prefecture-level cities are
written (news names 山东, 深圳, 上海 as partners and origins; their counties are not
needed), each city ``partOfRegion`` its province and the provinces under nothing.
Functional areas that news names as places (雄安新区, 渤海新区, 亦庄 ...) are added
from ``FUNCTIONAL_AREAS``; Wikidata links only where
/work/shared/reference/six-chains.md gives the item (the provinces and Hebei's cities).

Usage::

    python scripts/make_regions.py            # rewrite ontology/regions.ttl
    python scripts/make_regions.py --check    # exit 1 if the committed file differs

``make run`` does not call this; tests/test_regions.py checks the committed file is
what this script produces.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "ABOLISHED",
    "CHANGES",
    "FUNCTIONAL_AREAS",
    "RegionRow",
    "adcodes_path",
    "build_regions",
    "main",
    "read_adcodes",
    "render_turtle",
]

OUT = Path(__file__).resolve().parents[1] / "ontology" / "regions.ttl"
PROVINCE_PREFIXES = ("11", "12", "13")

#: Codes the cpca table still lists but that were abolished, with what happened.
ABOLISHED = {
    "130421": "邯郸县, abolished 2016, split between 邯山区, 丛台区 and 复兴区",
    "130521": "邢台县, abolished 2020, split between 信都区, 襄都区 and 任泽区",
    "371200": "莱芜市, abolished 2019, merged into 济南市",
}

#: old code -> (new code, new name, year, note): renames and county-to-district changes.
CHANGES = {
    "130428": ("130407", "肥乡区", 2016, "肥乡县 became a district"),
    "130429": ("130408", "永年区", 2016, "永年县 became a district"),
    "130223": ("130284", "滦州市", 2018, "滦县 became a county-level city"),
    "130823": ("130881", "平泉市", 2017, "平泉县 became a county-level city"),
    "130502": ("130502", "襄都区", 2020, "邢台 桥东区 renamed"),
    "130503": ("130503", "信都区", 2020, "邢台 桥西区 renamed"),
    "130526": ("130505", "任泽区", 2020, "任县 became a district"),
    "130527": ("130506", "南和区", 2020, "南和县 became a district"),
    # cpca files the two directly administered cities under 139xxx; GB/T 2260 codes:
    "139001": ("130682", "定州市", 0, "GB/T 2260 code, under 保定"),
    "139002": ("130181", "辛集市", 0, "GB/T 2260 code, under 石家庄"),
    "542400": ("540600", "那曲市", 2017, "那曲地区 became a prefecture-level city"),
}

#: Wikidata items, from reference/six-chains.md (others left unlinked, not guessed).
WIKIDATA = {
    "110000": "Q956", "120000": "Q11736", "130000": "Q21208",
    "130100": "Q58401", "130200": "Q58422", "130300": "Q58560", "130400": "Q58570",
    "130500": "Q58576", "130600": "Q58584", "130700": "Q58650", "130800": "Q58675",
    "130900": "Q58695", "131000": "Q58710", "131100": "Q58724",
}

#: English names of the provinces and prefecture-level cities.
ENGLISH = {
    "110000": "Beijing", "120000": "Tianjin", "130000": "Hebei",
    "130100": "Shijiazhuang", "130200": "Tangshan", "130300": "Qinhuangdao",
    "130400": "Handan", "130500": "Xingtai", "130600": "Baoding", "130700": "Zhangjiakou",
    "130800": "Chengde", "130900": "Cangzhou", "131000": "Langfang", "131100": "Hengshui",
}

ABBREVIATIONS = {"110000": "京", "120000": "津", "130000": "冀"}

#: Short forms that would be read as ordinary words or as other names in news text
#: (朝阳产业, 新华社, 长安汽车, 互联网大厂 ...); the full name still matches.
UNSAFE_SHORT_FORMS = frozenset({
    "和平", "河东", "河西", "南开", "朝阳", "东城", "西城", "长安", "新华", "复兴", "开平",
    "海港", "运河", "万全", "路南", "路北", "双桥", "沙河", "大名", "兴隆", "大城", "故城",
    "清河", "大厂", "安平", "无极", "双滦", "桥东",
    # cities elsewhere in China whose short form is a common word or another name
    "大同", "安康", "中山", "白银", "阿里", "长治", "来宾", "中卫", "普洱", "玉树", "红河",
    "怒江", "海北", "海西", "黄南", "山南",
})

#: Functional areas: slug, name, alt labels, English name, level, parent adcode, note.
FUNCTIONAL_AREAS = (
    ("jingjinji", "京津冀", ("京津冀地区", "京津冀区域"), "Beijing-Tianjin-Hebei", "macro",
     None, "The macro region of the three provinces."),
    ("xiongan", "雄安新区", ("雄安", "河北雄安", "河北雄安新区"), "Xiong'an New Area",
     "functional", "130600", "State-level new area set up in 2017 over 雄县, 容城县 and "
     "安新县 of 保定."),
    ("bohai-new-area", "沧州渤海新区", ("渤海新区",), "Cangzhou Bohai New Area",
     "functional", "130900", "Provincial new area of 沧州 around 黄骅港."),
    ("beijing-etdz", "北京经济技术开发区", ("北京经开区", "亦庄", "北京亦庄", "亦庄新城"),
     "Beijing Economic-Technological Development Area", "functional", "110000",
     "National development area in 大兴 and 通州 with its own administration (亦庄新城)."),
    ("beijing-sub-centre", "北京城市副中心", ("城市副中心",), "Beijing Municipal Sub-centre",
     "functional", "110000", "The municipal sub-centre in 通州区."),
    # Hebei's city new areas and county-level management areas, named as places in news
    # (the official list of such areas, not names taken from any article)
    ("zhengding-new-area", "正定新区", ("石家庄正定新区",), "Zhengding New Area",
     "functional", "130100", "New area of 石家庄 north of the 滹沱河, in 正定县."),
    ("jinan-new-area", "冀南新区", ("邯郸冀南新区",), "Jinan New Area", "functional",
     "130400", "New area of 邯郸 south-west of the city."),
    ("xingdong-new-area", "邢东新区", ("邢台邢东新区",), "Xingdong New Area", "functional",
     "130500", "New area of 邢台 east of the city."),
    ("beidaihe-new-area", "北戴河新区", ("秦皇岛北戴河新区",), "Beidaihe New Area",
     "functional", "130300", "Coastal new area of 秦皇岛 in 昌黎 and 抚宁."),
    ("binhu-new-area", "滨湖新区", ("衡水滨湖新区",), "Binhu New Area", "functional",
     "131100", "New area of 衡水 by the 衡水湖."),
    ("baigou-new-town", "白沟新城", ("保定白沟新城",), "Baigou New Town", "functional",
     "130600", "New town of 保定 in 高碑店, the luggage-trade town."),
    ("chabei", "察北管理区", ("张家口察北管理区",), "Chabei Management Area", "functional",
     "130700", "County-level management area of 张家口."),
    ("saibei", "塞北管理区", ("张家口塞北管理区",), "Saibei Management Area", "functional",
     "130700", "County-level management area of 张家口."),
    ("hangu-management-area", "汉沽管理区", ("唐山汉沽管理区",), "Hangu Management Area",
     "functional", "130200", "County-level management area of 唐山 (not Tianjin's former "
     "汉沽区)."),
)


@dataclass
class RegionRow:
    """One region as it will be written: code, official name and the forms news uses."""

    code: str
    name: str
    level: str
    parent: str | None
    alt_labels: list[str] = field(default_factory=list)
    short: str | None = None


def adcodes_path() -> Path:
    """The adcode table inside the installed cpca package."""
    import cpca  # only this script needs it

    return Path(cpca.__file__).parent / "resources" / "adcodes.csv"


def read_adcodes(path: Path) -> dict[str, str]:
    """6-digit adcode -> name for 北京, 天津 and 河北 (down to counties) and the other
    provinces and prefecture-level cities, corrections applied."""
    codes: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, name = row["adcode"][:6], row["name"].strip()
            if code in CHANGES:
                code, name = CHANGES[row["adcode"][:6]][:2]
            if code in ABOLISHED or not code[:2].isdigit() or (
                    not code.startswith(PROVINCE_PREFIXES) and _level(code) == "county"):
                continue
            if name in ("市辖区", "省直辖县级行政区划", "县") or name.endswith("直辖县级行政区划"):
                continue
            codes[code] = name
    return codes


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def _parent(code: str, codes: dict[str, str]) -> str | None:
    level = _level(code)
    if level == "province":
        return None
    city = code[:4] + "00"
    if level == "county" and city in codes:
        return city
    return code[:2] + "0000"


_AUTONOMOUS = re.compile(r"(.{2,}?)(?:[^族]{1,4}族)+自治[县州]")


def _short_form(name: str, level: str) -> str | None:
    """The form without its administrative suffix, if one makes sense.

    >>> _short_form("曹妃甸区", "county"), _short_form("滨海新区", "county")
    ('曹妃甸', None)
    >>> _short_form("围场满族蒙古族自治县", "county"), _short_form("雄县", "county")
    ('围场', None)
    >>> _short_form("广西壮族自治区", "province"), _short_form("延边朝鲜族自治州", "city")
    ('广西', '延边')
    """
    if level == "province":
        short = re.sub(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$", "", name)
    elif (m := _AUTONOMOUS.fullmatch(name)) is not None:
        short = m.group(1)
    elif level == "city":
        short = re.sub(r"(?:市|地区)$", "", name)
    elif name.endswith(("新区", "矿区")):
        return None
    else:
        short = re.sub(r"[区县市]$", "", name)
    return short if short != name and len(short) >= 2 else None


def build_regions(codes: dict[str, str]) -> list[RegionRow]:
    """Rows for every code, with short and qualified forms that stay unambiguous."""
    rows = {c: RegionRow(c, n, _level(c), _parent(c, codes)) for c, n in codes.items()}
    for row in rows.values():
        row.short = _short_form(row.name, row.level)
    # a short form is dropped if it is another region's name, if a higher level claims
    # it (承德 is the city, not 承德县), or if two regions of one level share it
    names = {row.name for row in rows.values()}
    claims: dict[str, list[RegionRow]] = {}
    for row in rows.values():
        if row.short:
            claims.setdefault(row.short, []).append(row)
    rank = {"province": 0, "city": 1, "county": 2}
    for short, claimants in claims.items():
        best = min(rank[r.level] for r in claimants)
        winners = [r for r in claimants if rank[r.level] == best]
        for row in claimants:
            unsafe = short in UNSAFE_SHORT_FORMS or short in names
            if unsafe or row not in winners or len(winners) > 1:
                row.short = None
    for row in rows.values():
        forms = {row.short} if row.short else set()
        m = _AUTONOMOUS.fullmatch(row.name)
        if m and row.level == "county":
            forms.add(m.group(1) + "县")
        parent = rows.get(row.parent) if row.parent else None
        if parent and parent.level == "province" and row.level == "city":
            forms |= {parent.name + row.name,
                      f"{parent.short or parent.name}{row.short or row.name}"}
        elif parent and row.level == "county":
            pshort = parent.short or parent.name
            forms |= {parent.name + row.name, pshort + row.name}
            if row.short:
                forms.add(pshort + row.short)
        forms.discard(row.name)
        row.alt_labels = sorted(forms, key=lambda s: (len(s), s))
    return sorted(rows.values(), key=lambda r: r.code)


def _lit(text: str, lang: str | None = "zh") -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def _block(iri: str, classes: str, pairs: list[tuple[str, str]]) -> str:
    lines = [f"{iri} a {classes} ;"]
    lines += [f"    {p} {o} ;" for p, o in pairs]
    lines[-1] = lines[-1][:-2] + " ."
    return "\n".join(lines)


HEADER = """\
# GENERATED by scripts/make_regions.py from the cpca package's adcodes.csv
# (corrections for post-2015 changes applied there). Do not edit by hand.
@prefix ckg: <https://w3id.org/chainkg/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix region: <https://w3id.org/chainkg/region/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wd: <http://www.wikidata.org/entity/> .

<https://w3id.org/chainkg/regions> a owl:Ontology ;
    dcterms:title "chainkg regions of Beijing, Tianjin and Hebei"@en ;
    dcterms:description "Administrative regions of 北京, 天津 and 河北 down to county level, \
the other provinces and prefecture-level cities of China, and the functional areas news \
names as places."@en ;
    dcterms:source "cpca {version} resources/adcodes.csv (GB/T 2260 based)" ;
    owl:imports <https://w3id.org/chainkg/ontology> ."""


def render_turtle(rows: list[RegionRow], cpca_version: str) -> str:
    """The Turtle text of regions.ttl (deterministic: same input, same bytes)."""
    blocks = [HEADER.replace("{version}", cpca_version)]
    for row in rows:
        pairs = [("rdfs:label", _lit(row.name)), ("skos:prefLabel", _lit(row.name))]
        pairs += [("skos:altLabel", _lit(a)) for a in row.alt_labels]
        if row.code in ENGLISH:
            pairs.append(("rdfs:label", _lit(ENGLISH[row.code], "en")))
        if row.code in ABBREVIATIONS:
            pairs.append(("ckg:abbreviation", _lit(ABBREVIATIONS[row.code])))
        pairs += [("ckg:adcode", _lit(row.code, None)),
                  ("ckg:regionLevel", _lit(row.level, None))]
        if row.parent or row.code[:2] in PROVINCE_PREFIXES:
            parent = f"region:{row.parent}" if row.parent else "region:jingjinji"
            pairs.append(("ckg:partOfRegion", parent))
        if row.code in WIKIDATA:
            pairs.append(("skos:exactMatch", f"wd:{WIKIDATA[row.code]}"))
        blocks.append(_block(f"region:{row.code}", "ckg:AdministrativeRegion", pairs))
    for slug, name, alts, english, level, parent, note in FUNCTIONAL_AREAS:
        pairs = [("rdfs:label", _lit(name)), ("skos:prefLabel", _lit(name))]
        pairs += [("skos:altLabel", _lit(a)) for a in sorted(alts, key=lambda s: (len(s), s))]
        pairs += [("rdfs:label", _lit(english, "en")), ("ckg:regionLevel", _lit(level, None))]
        if parent:
            pairs.append(("ckg:partOfRegion", f"region:{parent}"))
        pairs.append(("rdfs:comment", _lit(note, "en")))
        blocks.append(_block(f"region:{slug}", "ckg:FunctionalArea", pairs))
    return "\n\n".join(blocks) + "\n"


def generate(path: Path | None = None) -> str:
    """regions.ttl as the installed cpca (or the table at ``path``) produces it."""
    from importlib.metadata import version

    source = path or adcodes_path()
    return render_turtle(build_regions(read_adcodes(source)), version("cpca"))


def main(argv: list[str] | None = None) -> int:
    """Write ontology/regions.ttl, or with --check compare it; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--out", type=Path, default=OUT, help="default: %(default)s")
    args = parser.parse_args(argv)
    text = generate()
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'differs from the generator'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(' a ckg:')} regions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
