"""Names as articles write them, linked to the starter actors."""

import pytest

from claims.linking import ActorIndex
from claims.linking.actors import guess_kind, split_title
from claims.models import Actor


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        # case, accents, punctuation
        ("Pentagon", "us-department-of-defense"),
        ("the Pentagon", "us-department-of-defense"),
        ("THE PENTAGON", "us-department-of-defense"),
        ("US Department of Defense", "us-department-of-defense"),
        ("U.S. Defense Department", "us-department-of-defense"),
        ("Médecins Sans Frontières", "msf"),
        ("Medecins Sans Frontieres", "msf"),
        ("Volker Turk", "volker-turk"),
        # spelling variants of one name
        ("Zelensky", "volodymyr-zelensky"),
        ("Zelenskyy", "volodymyr-zelensky"),
        ("Zelenskiy", "volodymyr-zelensky"),
        ("ZELENSKIY", "volodymyr-zelensky"),
        ("Volodymyr Zelenskyy", "volodymyr-zelensky"),
        ("Oleksandr Syrskyi", "oleksandr-syrskyi"),
        ("Syrskiy", "oleksandr-syrskyi"),
        ("Sergei Shoygu", "sergei-shoigu"),
        ("Lee Seong-kwon", "lee-seong-kweun"),
        ("Lee Seong kweun", "lee-seong-kweun"),
        # possessives
        ("South Korea's spy agency", "south-korea-nis"),
        ("South Korea’s spy agency", "south-korea-nis"),
        ("Ukraine's General Staff", "ukraine-general-staff"),
        ("Ukraine's government", "ukraine"),
        ("Russia's Defense Ministry", "russia-ministry-of-defence"),
        ("Israel's military", "israel-defense-forces"),
        ("Gaza's health ministry", "gaza-health-ministry"),
        ("Hamas' armed wing", "qassam-brigades"),
        ("the Pentagon's", "us-department-of-defense"),
        # titles before a name
        ("Deputy Pentagon Press Secretary Sabrina Singh", "sabrina-singh"),
        ("Pentagon press secretary Pat Ryder", "pat-ryder"),
        ("Maj. Gen. Pat Ryder", "pat-ryder"),
        ("President Volodymyr Zelenskiy", "volodymyr-zelensky"),
        ("Kremlin spokesman Dmitry Peskov", "dmitry-peskov"),
        ("Defense Secretary Lloyd Austin", "lloyd-austin"),
        # surname alone, once the full name is known
        ("Singh", "sabrina-singh"),
        ("Ryder", "pat-ryder"),
        ("Peskov", "dmitry-peskov"),
        # acronyms and agencies by description
        ("NIS", "south-korea-nis"),
        ("HUR", "ukraine-hur"),
        ("Ukraine's military intelligence", "ukraine-hur"),
        ("the UN refugee agency", "unhcr"),
        ("OCHA", "ocha"),
        ("Institute for the Study of War", "isw"),
        ("Rapid Support Forces", "rsf"),
        ("Ansar Allah", "houthis"),
        ("Kremlin", "russia"),
        # a description of a body under a named owner, or with the owner as an adjective
        ("South Korea's intelligence service", "south-korea-nis"),
        ("Ukraine's defence intelligence", "ukraine-hur"),
        ("Ukrainian energy ministry", "ukraine-energy-ministry"),
        ("Ukrainian officials", "ukraine"),
        ("South Korean", "south-korea"),
    ],
)
def test_it_links_names_as_articles_write_them(actor_slug_for, name, slug):
    assert actor_slug_for(name) == slug


@pytest.mark.parametrize(
    "name",
    ["", "   ", "Jane Doe", "Kursk region officials", "Pentagon Papers Society", "Smith"],
)
def test_it_does_not_guess_at_names_it_does_not_know(actor_slug_for, name):
    assert actor_slug_for(name) is None


def test_a_surname_shared_by_two_people_links_to_neither():
    index = ActorIndex(
        [
            Actor(pk=1, name="Anna Kim", kind=Actor.Kind.PERSON, aliases=[]),
            Actor(pk=2, name="Daniel Kim", kind=Actor.Kind.PERSON, aliases=[]),
        ]
    )
    assert index.resolve("Kim") is None
    assert index.resolve("Daniel Kim") == 2


def test_titles_are_only_dropped_before_people():
    index = ActorIndex(
        [Actor(pk=1, name="Ukraine", kind=Actor.Kind.STATE, aliases=[])],
    )
    # "Ukraine" is the last word, but "Voice of" is a different body, not a role.
    assert index.resolve("Voice of Ukraine") is None
    assert index.resolve("acting Ukraine") == 1


@pytest.mark.parametrize(
    ("name", "title", "bare"),
    [
        ("Deputy Press Secretary Jane Doe", "Deputy Press Secretary", "Jane Doe"),
        ("the National Security Council", "", "National Security Council"),
        ("South Korean lawmakers", "", "South Korean lawmakers"),
        ("Jane Doe", "", "Jane Doe"),
    ],
)
def test_it_splits_a_role_from_a_persons_name(name, title, bare):
    assert split_title(name) == (title, bare)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Estonian Defence Ministry", Actor.Kind.MINISTRY),
        ("Lithuanian military intelligence", Actor.Kind.INTELLIGENCE),
        ("Moldovan army", Actor.Kind.MILITARY),
        ("Finnish parliament", Actor.Kind.LEGISLATURE),
        ("Conflict Observatory", Actor.Kind.NGO),
        ("Jane Doe", Actor.Kind.PERSON),
        ("Estonia", Actor.Kind.STATE),
        ("somebody", Actor.Kind.OTHER),
    ],
)
def test_it_guesses_what_kind_of_actor_an_unknown_name_is(name, kind):
    assert guess_kind(name, country_keys={"estonia"}) == kind
