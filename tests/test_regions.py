"""The region gazetteer: regions.ttl as generated from cpca, and how it reads."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from chainkg.ontology import region_abbreviations, region_by_iri, region_gazetteer, region_index
from chainkg.paths import ONTOLOGY_DIR, ROOT

REGION = "https://w3id.org/chainkg/region/"
JINGJINJI = {REGION + code for code in ("110000", "120000", "130000")}


def _make_regions():
    spec = importlib.util.spec_from_file_location("make_regions",
                                                  ROOT / "scripts" / "make_regions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_regions", module)
    spec.loader.exec_module(module)
    return module


def test_committed_regions_ttl_is_what_the_script_generates():
    pytest.importorskip("cpca", reason="cpca (the regions extra) is not installed, so "
                        "regions.ttl cannot be regenerated here")
    text = _make_regions().generate()
    committed = Path(ONTOLOGY_DIR, "regions.ttl").read_text(encoding="utf-8")
    assert text == committed, "run: python scripts/make_regions.py"


def test_short_forms_are_derived_with_care():
    short = _make_regions()._short_form
    assert short("唐山市", "city") == "唐山"
    assert short("河北省", "province") == "河北"
    assert short("北京市", "province") == "北京"
    assert short("曹妃甸区", "county") == "曹妃甸"
    assert short("张北县", "county") == "张北"
    assert short("丰宁满族自治县", "county") == "丰宁"
    assert short("滨海新区", "county") is None      # not 滨海新
    assert short("峰峰矿区", "county") is None      # not 峰峰矿
    assert short("雄县", "county") is None          # not 雄


def test_every_county_level_code_is_current_after_the_corrections():
    by_code = {r.adcode: r.name for r in region_gazetteer() if r.adcode}
    assert "130421" not in by_code                    # 邯郸县, abolished 2016
    assert by_code["130408"] == "永年区"
    assert by_code["130284"] == "滦州市"
    assert by_code["130503"] == "信都区"
    assert by_code["130682"] == "定州市"
    assert not any(name in ("市辖区", "省直辖县级行政区划") for name in by_code.values())


def test_the_three_provinces_and_their_counts():
    inside = [r.level for r in region_gazetteer() if r.province in JINGJINJI]
    assert inside.count("province") == 3
    assert inside.count("city") == 11                 # Hebei's prefecture-level cities
    assert inside.count("county") > 190
    assert [r.level for r in region_gazetteer()].count("macro") == 1


def test_the_rest_of_china_down_to_prefecture_level_cities():
    outside = [r for r in region_gazetteer() if r.province and r.province not in JINGJINJI]
    assert sum(r.level == "province" for r in outside) == 31   # with 香港, 澳门, 台湾
    assert sum(r.level == "city" for r in outside) > 290
    assert not any(r.level == "county" for r in outside)
    shenzhen = region_index()["深圳"]
    assert (shenzhen.level, shenzhen.parent) == ("city", REGION + "440000")
    assert region_by_iri(REGION + "440000").parent is None      # not inside 京津冀
    assert region_index()["山东"].name == "山东省"
    assert region_index()["广西"].name == "广西壮族自治区"


@pytest.mark.parametrize(("label", "name", "adcode"), [
    ("唐山", "唐山市", "130200"), ("唐山市", "唐山市", "130200"),
    ("曹妃甸", "曹妃甸区", "130209"), ("张北", "张北县", "130722"),
    ("河北", "河北省", "130000"), ("北京", "北京市", "110000"),
    ("天津滨海新区", "滨海新区", "120116"), ("北京大兴", "大兴区", "110115"),
    ("围场", "围场满族蒙古族自治县", "130828"), ("承德", "承德市", "130800"),
])
def test_labels_news_uses_resolve_to_one_region(label, name, adcode):
    region = region_index()[label]
    assert (region.name, region.adcode) == (name, adcode)


@pytest.mark.parametrize("label", ["河北区", "桥西区", "和平", "新华", "长安", "大厂", "雄"])
def test_ambiguous_or_wordlike_short_forms_are_not_labels(label):
    # 河北区 is a full name (Tianjin), but its short form 河北 belongs to the province
    region = region_index().get(label)
    assert region is None or region.name == label


def test_alternative_labels_are_unique_and_at_least_two_characters():
    names = [r.name for r in region_gazetteer()]
    seen: dict[str, str] = {}
    for region in region_gazetteer():
        assert region.labels[0] == region.name
        for label in region.labels[1:]:
            assert len(label) >= 2, label
            assert label not in names, label
            assert seen.setdefault(label, region.iri) == region.iri, label


def test_official_names_two_regions_share_are_left_out_of_the_index():
    # 桥西区 is a district of 石家庄 and of 张家口; only qualified forms resolve
    assert "桥西区" not in region_index()
    assert region_index()["石家庄桥西区"].adcode == "130104"
    assert region_index()["张家口市桥西区"].adcode == "130703"


def test_hierarchy_reaches_a_province():
    for region in region_gazetteer():
        if region.level == "macro":
            assert region.parent is None and region.province is None
            continue
        if region.level == "province" and region.iri not in JINGJINJI:
            assert region.parent is None and region.province == region.iri
            continue
        assert region.parent is not None, region.name
        assert region_by_iri(region.province).level == "province"
    caofeidian = region_index()["曹妃甸区"]
    assert caofeidian.parent == REGION + "130200"
    assert caofeidian.province == REGION + "130000"


def test_functional_areas():
    xiongan = region_by_iri(REGION + "xiongan")
    assert (xiongan.level, xiongan.adcode, xiongan.parent) == ("functional", None,
                                                               REGION + "130600")
    assert region_index()["亦庄"] == region_index()["北京经开区"]
    assert region_index()["渤海新区"].name == "沧州渤海新区"
    assert region_index()["京津冀地区"].iri == REGION + "jingjinji"


def test_abbreviations_are_not_labels():
    assert {a: r.name for a, r in region_abbreviations().items()} == {
        "京": "北京市", "津": "天津市", "冀": "河北省"}
    assert "冀" not in region_index()
