"""Place names linked to the gazetteer, and figures for a region counted under its country."""

import pytest

from claims.models import Place


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Kursk", "kursk-oblast"),
        ("Kursk region", "kursk-oblast"),
        ("Kursk Oblast", "kursk-oblast"),
        ("the Kursk region", "kursk-oblast"),
        ("in Kursk", "kursk-oblast"),
        ("Russia's Kursk region", "kursk-oblast"),
        ("Russia's Far East", "russian-far-east"),
        ("the front line", "front-line"),
        ("frontline", "front-line"),
        ("Kyiv", "kyiv"),
        ("Kiev", "kyiv"),
        ("Odessa", "odesa"),
        ("Zaporozhye", "zaporizhzhia"),
        ("Sumy region", "sumy-oblast"),
        ("Donetsk Oblast", "donetsk-oblast"),
        ("Khan Yunis", "khan-younis"),
        ("Gaza Strip", "gaza-strip"),
        ("El-Fasher", "el-fasher"),
        ("Idlib province", "idlib"),
        ("Rakhine", "rakhine-state"),
        ("DRC", "dr-congo"),
        ("North Korea", "north-korea"),
        ("northern Kharkiv", "kharkiv"),
        ("Ukraine's border", "ukraine"),
    ],
)
def test_it_links_place_names_and_their_variants(place_slug_for, name, slug):
    assert place_slug_for(name) == slug


@pytest.mark.parametrize("name", [None, "", "Atlantis", "the region"])
def test_it_leaves_unknown_places_unlinked(place_slug_for, name):
    assert place_slug_for(name) is None


@pytest.mark.django_db
def test_a_kursk_figure_also_belongs_under_russia(reference):
    russia = Place.objects.get(slug="russia")
    inside_russia = Place.descendant_ids(russia.pk)

    for slug in ["kursk-oblast", "sudzha", "russian-far-east", "vladivostok"]:
        assert Place.objects.get(slug=slug).pk in inside_russia
    assert Place.objects.get(slug="kyiv").pk not in inside_russia
    assert [place.slug for place in Place.objects.get(slug="sudzha").ancestors()] == [
        "kursk-oblast",
        "russia",
    ]
