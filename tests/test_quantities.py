"""Chinese numerals, magnitudes, units and qualifiers."""

from __future__ import annotations

import pytest

from chainkg.quantities import (
    COUNT_UNITS,
    UNITS,
    chinese_numeral,
    find_quantities,
    parse_quantity,
)


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("4.3万余家", 43000, "家", ">"),
    ("超千亿元", 1e11, "元", ">"),
    ("近五倍", 5, "倍", "<"),
    ("90%", 90, "%", "="),
    ("810亿元", 8.1e10, "元", "="),
    ("10多家", 10, "家", ">"),
    ("百余家", 100, "家", ">"),
    ("约28亿元", 2.8e9, "元", "~"),
    ("14.25亿元", 1.425e9, "元", "="),
    ("6GWh", 6, "GWh", "="),
    ("2万升", 20000, "升", "="),
    ("3.1亿元", 3.1e8, "元", "="),
    ("6个月", 6, "个月", "="),
    ("12.9万平方米", 129000, "平方米", "="),
    ("1600吨", 1600, "吨", "="),
    ("2257亩", 2257, "亩", "="),
    ("3.42平方公里", 3.42, "平方公里", "="),
    ("8070万人次", 8.07e7, "人次", "="),
    ("500万元", 5e6, "元", "="),
    ("1,600吨", 1600, "吨", "="),
    ("不到10家", 10, "家", "<"),
    ("不足一成", None, None, None),
    ("50%以上", 50, "%", ">"),
    ("超过8000亩", 8000, "亩", ">"),
    ("逾百家", 100, "家", ">"),
    ("20%左右", 20, "%", "~"),
    ("近10年", 10, "年", "<"),
    ("两家", 2, "家", "="),
    ("十二个", 12, "个", "="),
    ("一百二十人", 120, "人", "="),
    ("两千万元", 2e7, "元", "="),
    ("突破千亿元", 1e11, "元", ">"),
    ("不少于300家", 300, "家", ">"),
    ("不超过5亿元", 5e8, "元", "<"),
    ("200台套", 200, "台套", "="),
    ("5万只", 5e4, "只", "="),
    ("1000公斤", 1000, "公斤", "="),
    ("46份", 46, "份", "="),
    ("2023年", None, None, None),
    ("两三年", None, None, None),
    ("十三五", None, None, None),
])
def test_parse_quantity(text, value, unit, qualifier):
    quantity = parse_quantity(text)
    if value is None:
        assert quantity is None
    else:
        assert quantity is not None
        assert (quantity.value, quantity.unit, quantity.qualifier) == \
            (pytest.approx(value), unit, qualifier)
        assert quantity.text == text


@pytest.mark.parametrize(("numeral", "value"), [
    ("两", 2), ("二", 2), ("十", 10), ("十二", 12), ("二十", 20), ("一百二十", 120),
    ("一百零五", 105), ("三千", 3000), ("一万二千", 12000), ("四亿五千万", 4.5e8),
    ("千亿", 1e11), ("二〇二四", 2024), ("两三", None), ("万生", None),
])
def test_chinese_numerals(numeral, value):
    assert chinese_numeral(numeral) == value


def test_find_quantities_keeps_offsets_and_skips_years_dates_and_ordinals():
    text = "2023年全省吸纳技术合同成交额达810亿元,作为第一家入驻企业,2月1日签约6个项目。"
    found = find_quantities(text, offset=100)
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("810亿元", 8.1e10, "元"), ("6个", 6, "个")]
    assert all(text[q.start - 100:q.end - 100] == q.text for q in found)


def test_numbers_without_a_unit_are_not_quantities():
    assert find_quantities("拨打12345热线,5G基站,十三五规划") == []


def test_the_longest_unit_wins():
    assert [q.unit for q in find_quantities("运送乘客超8070万人次,揭牌6个月,面积3平方公里")] == [
        "人次", "个月", "平方公里"]


def test_doses_of_a_kit_are_counted_in_ren_fen_not_people():
    assert [(q.value, q.unit) for q in find_quantities("年产试剂盒1000万人份")] == [
        (1e7, "人份")]


def test_units_are_unique():
    assert len(UNITS) == len(set(UNITS))


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("120万千瓦", 1.2e6, "千瓦"),  # 万 is the magnitude, 千瓦 the unit
    ("50万千瓦时", 5e5, "千瓦时"),
    ("3千米", 3, "公里"),
    ("10多亿元", 1e9, "元"),
])
def test_magnitude_characters_that_belong_to_the_unit(text, value, unit):
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)


def test_a_qualifier_character_inside_a_word_is_no_qualifier():
    assert [(q.text, q.qualifier) for q in find_quantities("签约6个项目,约5家,最近3年")] == [
        ("6个", "="), ("约5家", "~"), ("3年", "=")]


def test_count_units_are_units():
    assert COUNT_UNITS.issubset(UNITS)


def test_vague_amounts_state_no_number():
    assert find_quantities("数十家企业,几百人,上千亩") == []


def test_batches_and_sticks_are_counted_units():
    found = find_quantities("检测服务1.6万批次,新增冻干粉针剂年产能3000万支")
    assert [(q.value, q.unit) for q in found] == [(16000, "批次"), (3e7, "支")]


def test_racks_visits_and_sessions_are_counted_units():
    found = find_quantities("标准机柜15.6万架,诊断55家次,测试服务5000车次,招聘会10场")
    assert [(q.value, q.unit) for q in found] == [
        (156000, "架"), (55, "家次"), (5000, "车次"), (10, "场")]


def test_chips_seedlings_buildings_wafers_and_vehicle_trips_are_counted_units():
    found = find_quantities("年封装芯片3亿颗,年供种苗8000万株,厂房12栋,双极板30万片,车辆1.2万辆次")
    assert [(q.value, q.unit) for q in found] == [
        (3e8, "颗"), (8e7, "株"), (12, "栋"), (300000, "片"), (12000, "辆次")]


def test_magnitudes_give_whole_values_without_float_noise():
    assert [q.value for q in find_quantities("总投资4.6亿元,年产1.2万吨,产值3.3亿元")] == [
        460000000, 12000, 330000000]


def test_a_share_in_tenths_or_a_half_after_a_share_word_is_a_percentage():
    found = find_quantities("订单占比超过四成,本地配套率还不到三成,配套占比首次超过一半,"
                            "比重约六成左右")
    assert [(q.value, q.unit, q.qualifier, q.text) for q in found] == [
        (40, "%", ">", "超过四成"), (30, "%", "<", "不到三成"), (50, "%", ">", "超过一半"),
        (60, "%", "~", "约六成左右")]


def test_tenths_and_halves_elsewhere_are_changes_not_shares():
    assert find_quantities("成本降低三成,周期缩短了一半,比北京低三成左右,订单增长了四成") == []


def test_tenths_standing_alone_are_shares_as_most_writers_count_them():
    """Round 16: the writers who saw no rules count 七成产品, 其中约六成 as percentages
    (21 of 24 such shares in their gold); changes and a noun's fraction stay out."""
    found = find_quantities("七成产品销往京津,其中约六成来自本地,小微企业占了九成以上")
    assert [(q.value, q.unit, q.qualifier) for q in found] == [
        (70, "%", "="), (60, "%", "~"), (90, "%", ">")]
    assert find_quantities("价格只有进口的六成左右,一成不变") == []


def test_the_opening_lookahead_only_makes_the_pattern_fast():
    """The quantity pattern opens with a lookahead on the characters a quantity can start
    with (a digit, a numeral, a qualifier); without it, it finds the same in every dev text."""
    import re
    from pathlib import Path

    from chainkg import quantities

    lookahead = rf"(?=[\d{quantities._FIRST_CHARS}])"
    assert quantities._PATTERN.pattern.startswith(lookahead)
    plain = re.compile(quantities._PATTERN.pattern.removeprefix(lookahead))
    dev = Path(__file__).parent / "fixtures" / "dev"
    texts = [path.read_text(encoding="utf-8") for path in sorted(dev.glob("*.txt"))]
    assert texts
    for text in texts:
        assert ([m.groupdict() | {"span": m.span()} for m in quantities._PATTERN.finditer(text)]
                == [m.groupdict() | {"span": m.span()} for m in plain.finditer(text)])


def test_a_share_after_zhan_de_opening_a_clause_or_a_year_on_year_growth_is_a_percentage():
    found = find_quantities("产量约450万吨,占全国总产量的四成左右;订单已占营业收入的近三成;"
                            "投资同比增长近六成")
    assert [(q.value, q.unit, q.qualifier) for q in found if q.unit == "%"] == [
        (40, "%", "~"), (30, "%", "<"), (60, "%", "<")]


def test_a_noun_s_share_and_a_growth_against_last_year_stay_out():
    assert find_quantities("减速器占机器人成本的三成,订单比去年增长了四成") == []


def test_licences_and_runs_are_counted_but_units_inside_words_are_not():
    found = find_quantities("累计发放测试牌照73张,每周往返6班,实行三班倒,纯度达到“5个9”,"
                            "建设20个5G基站")
    assert [(q.value, q.unit) for q in found] == [(73, "张"), (6, "班"), (20, "个")]


def test_ge_ren_counts_people():
    found = [(q.value, q.unit) for q in find_quantities("以前一条包装线要20个人,现在只要8个人。")]
    assert (20, "人") in found and (8, "人") in found


def test_pills_boxes_orders_trips_and_deals_are_counts():
    """粒, 盒, 单, 趟, 笔 and 届 count things as 件 does (年产片剂15亿粒, 改造订单47单)."""
    found = [(q.value, q.unit) for q in find_quantities(
        "年产片剂15亿粒，年销量2000万盒，改造订单47单，每周班车2趟，撮合订单2300笔，已举办20届")]
    assert found == [(1.5e9, "粒"), (2e7, "盒"), (47, "单"), (2, "趟"), (2300, "笔"), (20, "届")]
    assert all(unit in COUNT_UNITS for unit in ("粒", "盒", "单", "趟", "笔", "届"))



def test_rods_cases_test_runs_and_sites_are_counts():
    """根, 例, 台次 and 处 count things (年产滚珠丝杠20万根, 完成手术1300余例, 承接测试车辆300台次,
    盘活厂房23处: four writers of blind-27 … -30 annotated them); 台次 is not read as 台."""
    found = [(q.value, q.unit) for q in find_quantities(
        "年产滚珠丝杠20万根,累计完成手术1300余例,每年可承接测试车辆300台次,盘活老旧厂房23处")]
    assert found == [(2e5, "根"), (1300, "例"), (300, "台次"), (23, "处")]
    assert all(unit in COUNT_UNITS for unit in ("根", "例", "台次", "处"))


def test_a_decade_is_no_quantity():
    """上世纪80年代, 八九十年代: a decade, not 80 years (blind-22 … -26 took it for a figure);
    an age (运行已近10年) stays."""
    found = find_quantities("铸造业起步于上世纪80年代,多数厂房建于上世纪八九十年代,运行已近10年")
    assert [(q.value, q.unit) for q in found] == [(10, "年")]


def test_flat_glass_is_counted_in_weight_cases():
    """Session 14 (blind-42 … -61): 重量箱 (the glass trade's weight case) is a unit."""
    (q,) = find_quantities("平板玻璃产量约1.3亿重量箱")
    assert (q.value, q.unit, q.qualifier) == (1.3e8, "重量箱", "~")


def test_a_battery_chemistrys_ternary_is_no_sum_of_money():
    assert [(q.text, q.unit) for q in find_quantities("可年产高镍三元正极材料4万吨")] == [
        ("4万吨", "吨")]


def test_battery_capacity_in_gigawatt_hours_keeps_its_unit():
    assert [(q.value, q.unit) for q in find_quantities("年产能约15吉瓦时")] == [(15.0, "吉瓦时")]


def test_a_price_per_kilogram_is_stated_in_yuan_per_kilogram():
    # 每公斤X元, X元/公斤, and the price it falls to; not 万元, nor a sum with no 每公斤
    found = find_quantities("终端氢价由每公斤35元左右降至25元,比柴油车省1.2万元;绿氢约20元/公斤")
    assert [(q.value, q.unit) for q in found] == [
        (35.0, "元/公斤"), (25.0, "元/公斤"), (12000.0, "元"), (20.0, "元/公斤")]


def test_the_price_a_change_falls_to_needs_a_price_per_kilogram_in_its_clause():
    found = find_quantities("每公斤35元。运费降至2元")
    assert [q.unit for q in found] == ["元/公斤", "元"]
