"""How figures are read: digits, words, ranges, hedges, and what is not a figure at all."""

import pytest


def bounds(claim):
    return claim.value_low, claim.value_high


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said 10,000 troops were sent.", (10_000, 10_000)),
        ("The ministry said 10 000 troops were sent.", (10_000, 10_000)),
        ("The ministry said ten-thousand troops were sent.", (10_000, 10_000)),
        ("The ministry said eleven thousand troops were sent.", (11_000, 11_000)),
        ("The ministry said 15-hundred troops were sent.", (1_500, 1_500)),
        ("The ministry said a thousand troops were sent.", (1_000, 1_000)),
        ("The ministry said 1.2 million people were displaced.", (1_200_000, 1_200_000)),
        ("The ministry said three hundred and forty troops were sent.", (340, 340)),
    ],
)
def test_it_reads_digits_words_and_mixes(only_claim, text, expected):
    assert bounds(only_claim(text)) == expected


def test_it_reads_a_range_written_with_to(only_claim):
    claim = only_claim("Officials said 11 to 12,000 marines were stationed on the island.")
    assert bounds(claim) == (11_000, 12_000)


def test_it_reads_a_range_written_with_between(only_claim):
    claim = only_claim("Between 2,000 and 2,500 reservists were called up, the army said.")
    assert bounds(claim) == (2_000, 2_500)
    assert claim.qualifier == "between"


def test_it_reads_a_range_written_with_a_hyphen(only_claim):
    claim = only_claim("The army said 4,000-5,000 conscripts had been sent to the border.")
    assert bounds(claim) == (4_000, 5_000)


def test_a_change_from_one_figure_to_another_is_two_figures(extract):
    claims = extract("The garrison grew from 1,500 to 3,000 soldiers, the governor said.")
    assert sorted(claim.value_low for claim in claims) == [1_500, 3_000]


@pytest.mark.parametrize(
    ("hedge", "expected"),
    [
        ("about", (900, 900)),
        ("approximately", (900, 900)),
        ("an estimated", (900, 900)),
        ("some", (900, 900)),
        ("at least", (900, None)),
        ("more than", (900, None)),
        ("over", (900, None)),
        ("up to", (None, 900)),
        ("as many as", (None, 900)),
        ("nearly", (None, 900)),
        ("close to", (None, 900)),
    ],
)
def test_it_turns_hedges_into_bounds(only_claim, hedge, expected):
    claim = only_claim(f"The governor said {hedge} 900 civilians had been evacuated.")
    assert bounds(claim) == expected
    assert claim.qualifier == hedge


def test_a_verb_of_exceeding_is_a_lower_bound(only_claim):
    claim = only_claim("The toll of dead civilians exceeded 200, the mayor said.")
    assert bounds(claim) == (200, None)


def test_it_ignores_model_numbers(extract):
    text = (
        "The salvo included Kh-101 and KN-23 missiles launched from Tu-95 bombers, "
        "while F-16 jets and an AN-124 transport stood by."
    )
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 the brigade moved north.",
        "The talks began on 12 March and ended on March 19.",
        "Sirens sounded at 10:42 and again at 11 p.m.",
        "The 58-year-old commander and a 34-year-old pilot were promoted.",
        "Aid worth $425 million and 3 billion euros was pledged.",
        "Output fell 12% and 30 per cent of homes lost power.",
        "Shells of 155 mm fell 40 km from the city, 300 days after the first attack.",
        "Thousands of soldiers and several hundred tanks massed; dozens of drones flew.",
        "The 47th brigade held a 12-storey block.",
    ],
)
def test_it_ignores_figures_that_are_not_counts(extract, text):
    assert extract(text) == []


def test_the_wording_keeps_the_figure_as_written(only_claim):
    claim = only_claim("Officials said roughly ten-thousand volunteers had enlisted and were sent.")
    assert claim.wording == "roughly ten-thousand"


def test_a_scale_glued_to_a_figure_multiplies_it(extract):
    claims = extract("The agency said 1.2m people had fled and 40k troops were sent north.")
    assert [(c.value_low, c.category) for c in claims] == [
        (1_200_000, "displaced"),
        (40_000, "deployed"),
    ]


def test_a_measure_in_metres_is_no_count(extract):
    claims = extract("A 10m wall now surrounds 40 homes, the council said.")
    assert [c.value_low for c in claims] == [40]


def test_lower_case_may_is_a_verb_not_a_month(only_claim):
    claim = only_claim("As many as 40,000 may have been killed, the study said.")
    assert (claim.value_low, claim.value_high) == (None, 40_000)


def test_one_by_one_is_no_figure(extract):
    assert extract("Volunteers count the dead one by one.") == []


def test_an_attack_count_reaches_past_a_long_object(only_claim):
    claim = only_claim("Officials said troops shelled border villages in the Sumy region 85 times.")
    assert claim.category == "launched"


def test_a_rate_is_no_count(extract):
    assert extract("Analysts expect one dead for every three wounded in such assaults.") == []


def test_a_footnote_marker_is_no_figure(only_claim):
    claim = only_claim("The general staff reported 58 assaults on the sector that day.[5]")
    assert claim.value_low == 58


def test_estimates_that_range_from_one_figure_to_another_are_a_range(only_claim):
    claim = only_claim("Estimates of the contingent range from 11,000 to 12,000 troops.")
    assert (claim.value_low, claim.value_high) == (11_000, 12_000)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Officials put the toll well above 1,000.", 1_000, None),
        ("Estimates put Russian casualties at more than 1mn.", 1_000_000, None),
        ("London estimates 1.1mn Russians have been killed or wounded.", 1_100_000, 1_100_000),
    ],
)
def test_above_and_a_scale_glued_to_the_figure(only_claim, text, low, high):
    claim = only_claim(text)
    assert (claim.value_low, claim.value_high) == (low, high)


def test_a_length_glued_to_a_figure_is_no_count(extract):
    assert extract("The shell landed 100m from the school, the mayor said.") == []


def test_half_a_million_is_half_of_it(only_claim):
    claim = only_claim("The camp shelters around half a million displaced people.")
    assert (claim.value_low, claim.value_high, claim.category) == (500_000, 500_000, "displaced")


def test_a_rise_by_one_figure_to_another_is_no_range(extract):
    claims = extract(
        "The decree raised the army's strength by 150,000 to 1.3 million servicemen. Recruitment "
        "grew by 5,000 to 6,000 soldiers a month."
    )
    assert [(claim.value_low, claim.value_high) for claim in claims] == [
        (1_300_000, 1_300_000),
        (5_000, 6_000),
    ]


def test_ages_of_children_are_no_figures(extract):
    claims = extract(
        "Nine of the dead were children under five. Mobile teams screened children under the "
        "age of five at the border."
    )
    assert [(claim.value_low, claim.value_high) for claim in claims] == [(9, 9)]
