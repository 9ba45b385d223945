"""Where a figure is about, and when it was stated."""

import datetime


def test_it_names_the_place_after_the_figure(only_claim):
    claim = only_claim("The army said 5,000 soldiers were deployed in the Kursk region.")
    assert claim.location == "Kursk region"


def test_it_names_a_place_at_the_head_of_the_sentence(extract):
    claims = extract("In Kharkiv, four people were killed, the governor said.")
    assert claims[0].location == "Kharkiv"


def test_it_reads_a_village_by_its_name(only_claim):
    claim = only_claim("Shelling of the village of Nova Dolyna killed 7 people, officials said.")
    assert claim.location == "Nova Dolyna"


def test_the_speakers_name_is_not_the_place(only_claim):
    claim = only_claim("The Gaza health ministry said 30 people were wounded.")
    assert claim.location is None


def test_a_dateline_gives_the_place(only_claim):
    claim = only_claim("ODESA — Twelve people were injured overnight, officials said.")
    assert claim.location == "Odesa"


def test_it_dates_a_claim_on_the_weekday_named(only_claim):
    claim = only_claim("The ministry said on Monday that 300 troops were sent.")
    assert claim.stated_on == datetime.date(2025, 3, 3)


def test_it_dates_a_claim_made_yesterday(only_claim):
    claim = only_claim("Yesterday the ministry said 300 troops were sent.")
    assert claim.stated_on == datetime.date(2025, 3, 5)


def test_it_gives_no_date_for_a_vague_time(only_claim):
    claim = only_claim("Last week the ministry said 300 troops were sent.")
    assert claim.stated_on is None


def test_a_figure_with_no_place_takes_the_last_place_of_its_paragraph(extract):
    claims = extract(
        "Army units defeated two brigades near the villages of Ostrova and Lemny in the Vardin "
        "region. "
        "The enemy lost up to 90 servicemen and 2 tanks."
    )
    assert {c.location for c in claims} == {"Vardin region"}


def test_a_region_named_with_its_country_is_the_region(only_claim):
    claim = only_claim(
        "Some 8,000 soldiers were sent to Ruritania's Vardin region, officials said."
    )
    assert claim.location == "Ruritania's Vardin region"


def test_the_place_type_after_the_names_the_place(only_claim):
    claim = only_claim(
        "Strikes on a market in the Vardin district killed 12 people, officials said."
    )
    assert claim.location == "Vardin district"


def test_a_border_town_is_the_town_not_the_border(only_claim):
    claim = only_claim("Gunmen killed 9 soldiers near the border town of Ostrova, the army said.")
    assert claim.location == "Ostrova"


def test_the_venue_of_a_briefing_is_not_the_place_of_the_figure(only_claim):
    claim = only_claim(
        "Speaking at a briefing in Geneva, a UN spokesman said 40 people were killed in Vardin."
    )
    assert claim.location == "Vardin"


def test_a_figure_stated_at_a_venue_has_no_place_of_its_own(only_claim):
    claim = only_claim("At a news conference in Geneva, the agency said 2,500 trucks were waiting.")
    assert claim.location is None


def test_an_organisation_named_after_a_place_is_not_a_place(only_claim):
    claim = only_claim(
        "In Ostrova, 9 people waiting for aid were shot dead, the Vardin Relief Foundation said."
    )
    assert claim.location == "Ostrova"


def test_local_speakers_place_locates_their_figure(only_claim):
    claim = only_claim("The authorities in Vesna province said 12 people were killed.")
    assert claim.location == "Vesna province"


def test_a_think_tanks_seat_is_not_the_place(only_claim):
    claim = only_claim("A research centre in Washington estimated that 900 troops were killed.")
    assert claim.location is None


def test_a_figure_with_no_place_takes_the_headlines(extractor_with_title):
    claims = extractor_with_title(
        "Shelling hits Kherson again",
        "Officials said 4 people were wounded overnight. Repairs began at noon.",
    )
    assert claims[0].location == "Kherson"


def test_a_title_case_headline_gives_only_the_place_it_names(extractor_with_title):
    claims = extractor_with_title(
        "About 3,000 More North Korean Troops Have Left for Kursk Region, Seoul Says",
        "Officials said 3,000 troops had left.",
    )
    assert claims[0].location == "Kursk Region"
