"""A small, true data set: North Korean troops sent to Russia, October 2024 to September 2025.

Who asserted each figure (South Korea's NIS and lawmakers, the Pentagon and its spokespeople, the White
House, the State Department, Zelensky, Ukraine's military intelligence, Russian officials), when, and
which outlet reported it. The figures, names and dates are public record; every summary below is
written for this project and quotes no article.

How much to trust each part:
- Figures, actors and dates: as widely reported at the time. Two dates are approximate and marked so
  on the report: the Pentagon's 11,000-12,000 estimate (said in mid-December 2024; the exact day is
  not certain) and the NIS death toll of about 2,000 (early September 2025).
- Titles: plain descriptive titles written for this data set, not the outlets' real headlines.
- URLs: the outlet's own site and section for the beat, followed by a descriptive slug of ours. They
  identify each report uniquely inside the demo; they are not guaranteed to resolve, so check the
  outlet's archive for the original story before citing it.

Bounds follow the extraction contract: a point figure ("about 3,000") sets value_low == value_high; a
lower bound ("at least 100", "more than 3,000") sets value_low only; an upper bound ("nearly 1,000")
sets value_high only; a range ("11,000 to 12,000") sets both.
"""

import datetime
from dataclasses import dataclass, field

from claims.models import Actor, Category, Claim, Place

Q = Claim.Qualifier


@dataclass(frozen=True)
class ActorSeed:
    slug: str
    name: str
    kind: str
    parent: str = ""
    title: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceSeed:
    slug: str
    name: str
    kind: str
    parent: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicSeed:
    slug: str
    title: str
    category: str
    subject: str
    place: str
    description: str = ""


@dataclass(frozen=True)
class ClaimSeed:
    """One figure (or a plain statement) and the words of the summary that state it."""

    quote: str  # must occur exactly once in the report's text: the claim's span points at it
    category: str
    place: str
    actor: str
    actor_name: str
    stated_on: datetime.date
    wording: str = ""
    low: int | None = None
    high: int | None = None
    qualifier: str = Q.EXACT
    subject: str = "North Korean troops"
    topic: str = ""
    relayed_by: str = ""
    statement: str = ""
    as_of: datetime.date | None = None


@dataclass(frozen=True)
class Report:
    """One article: where it was published and a few sentences of ours summarising it."""

    url: str
    outlet: str  # the outlet's domain, a key of OUTLETS
    title: str
    published_on: datetime.date
    sentences: tuple[str, ...]
    claims: tuple[ClaimSeed, ...] = field(default=())

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def day(year: int, month: int, day_of_month: int) -> datetime.date:
    return datetime.date(year, month, day_of_month)


# The shared reference slugs: the starter reference lists upsert the same rows by these slugs.
K = Actor.Kind
ACTORS = (
    ActorSeed(
        "united-states",
        "United States",
        K.STATE,
        aliases=("US", "U.S.", "USA", "Washington", "American officials"),
    ),
    ActorSeed(
        "us-department-of-defense",
        "Pentagon",
        K.MINISTRY,
        parent="united-states",
        aliases=(
            "US Department of Defense",
            "Department of Defense",
            "Defense Department",
            "DoD",
            "Department of War",
        ),
    ),
    ActorSeed(
        "sabrina-singh",
        "Sabrina Singh",
        K.PERSON,
        parent="us-department-of-defense",
        title="Deputy Pentagon Press Secretary",
    ),
    ActorSeed(
        "pat-ryder",
        "Pat Ryder",
        K.PERSON,
        parent="us-department-of-defense",
        title="Pentagon press secretary",
    ),
    ActorSeed(
        "lloyd-austin",
        "Lloyd Austin",
        K.PERSON,
        parent="us-department-of-defense",
        title="Secretary of Defense",
    ),
    ActorSeed("white-house", "White House", K.STATE, parent="united-states"),
    ActorSeed(
        "john-kirby",
        "John Kirby",
        K.PERSON,
        parent="white-house",
        title="National Security Council spokesman",
    ),
    ActorSeed(
        "us-state-department",
        "US State Department",
        K.MINISTRY,
        parent="united-states",
        aliases=("State Department",),
    ),
    ActorSeed(
        "antony-blinken",
        "Antony Blinken",
        K.PERSON,
        parent="us-state-department",
        title="Secretary of State",
    ),
    ActorSeed(
        "south-korea",
        "South Korea",
        K.STATE,
        aliases=("Seoul", "ROK", "Republic of Korea", "South Korean officials"),
    ),
    ActorSeed(
        "south-korea-nis",
        "National Intelligence Service",
        K.INTELLIGENCE,
        parent="south-korea",
        aliases=(
            "NIS",
            "South Korea's spy agency",
            "South Korean intelligence",
            "spy agency",
        ),
    ),
    ActorSeed(
        "south-korea-national-assembly",
        "National Assembly of South Korea",
        K.LEGISLATURE,
        parent="south-korea",
        aliases=("South Korean lawmakers",),
    ),
    ActorSeed(
        "lee-seong-kweun",
        "Lee Seong-kweun",
        K.PERSON,
        parent="south-korea-national-assembly",
        title="Lawmaker on the intelligence committee",
        aliases=("Lee Seong-kwon",),
    ),
    ActorSeed(
        "south-korea-jcs",
        "Joint Chiefs of Staff (South Korea)",
        K.MILITARY,
        parent="south-korea",
        aliases=("JCS",),
    ),
    ActorSeed("ukraine", "Ukraine", K.STATE, aliases=("Kyiv", "Kiev", "Ukrainian officials")),
    ActorSeed(
        "volodymyr-zelensky",
        "Volodymyr Zelensky",
        K.PERSON,
        parent="ukraine",
        title="President of Ukraine",
        aliases=(
            "Zelensky",
            "Zelenskyy",
            "Zelenskiy",
            "Volodymyr Zelenskyy",
            "Ukrainian President",
        ),
    ),
    ActorSeed(
        "ukraine-hur",
        "Defence Intelligence of Ukraine",
        K.INTELLIGENCE,
        parent="ukraine",
        aliases=(
            "HUR",
            "GUR",
            "Ukraine's military intelligence",
            "Ukrainian military intelligence",
        ),
    ),
    ActorSeed(
        "ukraine-general-staff",
        "General Staff of the Armed Forces of Ukraine",
        K.MILITARY,
        parent="ukraine",
        aliases=("Ukraine's General Staff", "General Staff"),
    ),
    ActorSeed(
        "ukraine-ministry-of-defence",
        "Ministry of Defence of Ukraine",
        K.MINISTRY,
        parent="ukraine",
    ),
    ActorSeed("russia", "Russia", K.STATE, aliases=("Moscow", "Russian Federation", "Kremlin")),
    ActorSeed(
        "russia-ministry-of-defence",
        "Russian Ministry of Defence",
        K.MINISTRY,
        parent="russia",
        aliases=("Russian Defence Ministry", "Russia's Defense Ministry"),
    ),
    ActorSeed(
        "sergei-shoigu",
        "Sergei Shoigu",
        K.PERSON,
        parent="russia",
        title="Secretary of the Security Council",
    ),
    ActorSeed("north-korea", "North Korea", K.STATE, aliases=("Pyongyang", "DPRK")),
    ActorSeed(
        "kcna", "KCNA", K.MEDIA, parent="north-korea", aliases=("Korean Central News Agency",)
    ),
    # Beyond the shared list: actors only this data set needs.
    ActorSeed(
        "nato", "NATO", K.INTERNATIONAL, aliases=("North Atlantic Treaty Organization", "alliance")
    ),
    ActorSeed(
        "mark-rutte",
        "Mark Rutte",
        K.PERSON,
        parent="nato",
        title="NATO Secretary General",
        aliases=("Rutte",),
    ),
    ActorSeed(
        "valery-gerasimov",
        "Valery Gerasimov",
        K.PERSON,
        parent="russia-ministry-of-defence",
        title="Chief of the General Staff of the Russian Armed Forces",
        aliases=("Gerasimov",),
    ),
)

P = Place.Kind
PLACES = (
    PlaceSeed("russia", "Russia", P.COUNTRY),
    PlaceSeed(
        "kursk-oblast",
        "Kursk",
        P.REGION,
        parent="russia",
        aliases=("Kursk region", "Kursk Oblast", "Kursk province"),
    ),
    PlaceSeed(
        "russian-far-east",
        "Russian Far East",
        P.REGION,
        parent="russia",
        aliases=("Russia's Far East", "Far East"),
    ),
    PlaceSeed("ukraine", "Ukraine", P.COUNTRY),
    PlaceSeed("north-korea", "North Korea", P.COUNTRY),
    PlaceSeed("south-korea", "South Korea", P.COUNTRY),
    PlaceSeed(
        "front-line",
        "the front line",
        P.AREA,
        parent="ukraine",
        aliases=("front line", "frontline", "front lines"),
    ),
)

C = Category
IN_RUSSIA = "north-korean-troops-in-russia"
IN_KURSK = "north-korean-troops-in-kursk"
KILLED = "north-korean-soldiers-killed"
WOUNDED = "north-korean-soldiers-wounded"
CASUALTIES = "north-korean-casualties"
CAPTURED = "north-korean-soldiers-captured"
BUILDERS = "north-korean-military-builders-and-deminers"
WEEKLY_CASUALTIES = "north-korean-casualties-in-a-week"

TOPICS = (
    TopicSeed(
        IN_RUSSIA,
        "North Korean troops in Russia",
        C.DEPLOYED,
        "North Korean troops",
        "russia",
        "How many North Korean soldiers Russia has received, by the estimates of Seoul, Washington "
        "and Kyiv.",
    ),
    TopicSeed(
        IN_KURSK,
        "North Korean troops in Kursk",
        C.DEPLOYED,
        "North Korean troops",
        "kursk-oblast",
        "North Korean soldiers moved to the Kursk region to fight Ukraine's incursion.",
    ),
    TopicSeed(
        KILLED,
        "North Korean soldiers killed",
        C.KILLED,
        "North Korean soldiers",
        "russia",
        "Deaths among the North Korean troops fighting for Russia.",
    ),
    TopicSeed(
        WOUNDED,
        "North Korean soldiers wounded",
        C.WOUNDED,
        "North Korean soldiers",
        "russia",
        "Wounded among the North Korean troops fighting for Russia.",
    ),
    TopicSeed(
        CASUALTIES,
        "North Korean casualties",
        C.CASUALTIES,
        "North Korean soldiers",
        "russia",
        "Killed and wounded together, where the figure does not separate them.",
    ),
    TopicSeed(
        WEEKLY_CASUALTIES,
        "North Korean casualties in a single week",
        C.CASUALTIES,
        "North Korean soldiers in one week",
        "kursk-oblast",
        "Losses over one week of fighting: a rate, not a running total, so it has its own timeline.",
    ),
    TopicSeed(
        CAPTURED,
        "North Korean soldiers captured",
        C.CAPTURED,
        "North Korean soldiers",
        "kursk-oblast",
        "North Korean soldiers taken prisoner by Ukrainian forces.",
    ),
    TopicSeed(
        BUILDERS,
        "North Korean military builders and deminers",
        C.DEPLOYED,
        "North Korean military builders and deminers",
        "kursk-oblast",
        "Engineers and construction troops promised for clearing and rebuilding the Kursk region.",
    ),
)

OUTLETS = {
    "en.yna.co.kr": "Yonhap News Agency",
    "apnews.com": "Associated Press",
    "reuters.com": "Reuters",
    "defense.gov": "U.S. Department of Defense",
    "state.gov": "U.S. Department of State",
    "kyivindependent.com": "The Kyiv Independent",
    "bbc.com": "BBC News",
    "tass.com": "TASS",
    "president.gov.ua": "President of Ukraine",
}

NIS = {"actor": "south-korea-nis", "actor_name": "National Intelligence Service"}
NIS_VIA_LEE = {**NIS, "relayed_by": "lee-seong-kweun"}
ZELENSKY = {"actor": "volodymyr-zelensky", "actor_name": "Volodymyr Zelensky"}

REPORTS = (
    Report(
        url="https://en.yna.co.kr/nk/nis-north-korea-sends-1500-special-forces-to-russia",
        outlet="en.yna.co.kr",
        title="NIS says North Korea has sent 1,500 special forces to Russia",
        published_on=day(2024, 10, 18),
        sentences=(
            "South Korea's National Intelligence Service said on 18 October 2024 that North Korea "
            "had begun sending troops to help Russia's war against Ukraine.",
            "According to the agency, Russian navy ships carried 1,500 North Korean special forces "
            "soldiers to Russia's Far East between 8 and 13 October.",
            "The NIS said Pyongyang had decided to send 12,000 troops in all, organised in four "
            "brigades.",
        ),
        claims=(
            ClaimSeed(
                "1,500 North Korean special forces soldiers",
                C.DEPLOYED,
                "russian-far-east",
                **NIS,
                stated_on=day(2024, 10, 18),
                wording="1,500",
                low=1500,
                high=1500,
                topic=IN_RUSSIA,
            ),
            # A plan, not a count of troops present: kept out of the timeline, like the one below.
            ClaimSeed(
                "send 12,000 troops in all",
                C.DEPLOYED,
                "russia",
                **NIS,
                stated_on=day(2024, 10, 18),
                wording="12,000 planned",
                low=12000,
                high=12000,
            ),
        ),
    ),
    Report(
        url="https://kyivindependent.com/zelensky-north-korea-preparing-10000-soldiers-for-russia/",
        outlet="kyivindependent.com",
        title="Zelensky says North Korea is preparing 10,000 soldiers for Russia",
        published_on=day(2024, 10, 17),
        sentences=(
            "Speaking in Brussels on 17 October 2024, President Volodymyr Zelensky said Ukrainian "
            "intelligence had found North Korea preparing 10,000 soldiers to join Russia's forces.",
            "He described it as North Korea becoming a party to the war.",
        ),
        claims=(
            ClaimSeed(
                "preparing 10,000 soldiers",
                C.DEPLOYED,
                "russia",
                **ZELENSKY,
                stated_on=day(2024, 10, 17),
                wording="10,000",
                low=10000,
                high=10000,
                topic=IN_RUSSIA,
            ),
        ),
    ),
    Report(
        url="https://apnews.com/article/white-house-north-korea-3000-troops-eastern-russia",
        outlet="apnews.com",
        title="White House says at least 3,000 North Korean soldiers have moved into eastern Russia",
        published_on=day(2024, 10, 23),
        sentences=(
            "White House national security spokesman John Kirby said on 23 October 2024 that the "
            "United States had evidence of North Korean troops in Russia.",
            "In the US assessment, North Korea moved at least 3,000 soldiers into eastern Russia "
            "between early and mid-October.",
            "Kirby said it was not yet clear whether the troops would be sent to fight Ukraine.",
        ),
        claims=(
            ClaimSeed(
                "at least 3,000 soldiers into eastern Russia",
                C.DEPLOYED,
                "russian-far-east",
                actor="john-kirby",
                actor_name="John Kirby",
                stated_on=day(2024, 10, 23),
                wording="at least 3,000",
                low=3000,
                qualifier=Q.AT_LEAST,
                topic=IN_RUSSIA,
            ),
        ),
    ),
    Report(
        url="https://www.reuters.com/world/austin-evidence-north-korean-troops-in-russia/",
        outlet="reuters.com",
        title="Austin says there is evidence of North Korean troops in Russia",
        published_on=day(2024, 10, 23),
        sentences=(
            "US Defense Secretary Lloyd Austin, speaking in Rome on 23 October 2024, said there was "
            "evidence that North Korean troops were in Russia.",
            "He said it remained to be seen what they would do there, and that their use in the "
            "war would be a very serious matter.",
        ),
        claims=(
            ClaimSeed(
                "there was evidence that North Korean troops were in Russia",
                C.DEPLOYED,
                "russia",
                actor="lloyd-austin",
                actor_name="Lloyd Austin",
                stated_on=day(2024, 10, 23),
                statement="There is evidence that North Korean troops are in Russia.",
                topic=IN_RUSSIA,
            ),
        ),
    ),
    Report(
        url="https://en.yna.co.kr/nk/nis-about-3000-north-korean-troops-in-russia",
        outlet="en.yna.co.kr",
        title="NIS tells lawmakers about 3,000 North Korean troops are in Russia",
        published_on=day(2024, 10, 23),
        sentences=(
            "Briefing the National Assembly's intelligence committee on 23 October 2024, the "
            "National Intelligence Service said a second group of 1,500 North Korean soldiers had "
            "reached Russia, bringing the total there to about 3,000.",
            "Lawmakers Lee Seong-kweun and Park Sun-won relayed the agency's assessment to "
            "reporters after the closed-door session.",
            "The NIS expected the number sent to reach about 10,000 by December.",
        ),
        claims=(
            ClaimSeed(
                "bringing the total there to about 3,000",
                C.DEPLOYED,
                "russia",
                **NIS_VIA_LEE,
                stated_on=day(2024, 10, 23),
                wording="about 3,000",
                low=3000,
                high=3000,
                qualifier=Q.APPROXIMATELY,
                topic=IN_RUSSIA,
            ),
            # A forecast: kept out of the timeline of troops present.
            ClaimSeed(
                "reach about 10,000 by December",
                C.DEPLOYED,
                "russia",
                **NIS_VIA_LEE,
                stated_on=day(2024, 10, 23),
                wording="about 10,000 by December",
                low=10000,
                high=10000,
                qualifier=Q.APPROXIMATELY,
                as_of=day(2024, 12, 31),
            ),
        ),
    ),
    Report(
        url="https://kyivindependent.com/hur-first-north-korean-units-arrive-in-kursk-oblast/",
        outlet="kyivindependent.com",
        title="Ukraine's military intelligence says the first North Korean units have reached Kursk",
        published_on=day(2024, 10, 24),
        sentences=(
            "Ukraine's military intelligence agency said on 24 October 2024 that the first North "
            "Korean units trained in Russia had arrived in the Kursk region the day before.",
            "It said the soldiers had been trained at ranges in Russia's Far East.",
        ),
        claims=(
            ClaimSeed(
                "the first North Korean units trained in Russia had arrived in the Kursk region",
                C.DEPLOYED,
                "kursk-oblast",
                actor="ukraine-hur",
                actor_name="Ukraine's military intelligence",
                stated_on=day(2024, 10, 24),
                statement="The first North Korean units have arrived in the Kursk region.",
                topic=IN_KURSK,
                as_of=day(2024, 10, 23),
            ),
        ),
    ),
    Report(
        url="https://www.defense.gov/News/Transcripts/singh-briefing-north-korean-soldiers-eastern-russia/",
        outlet="defense.gov",
        title="Pentagon briefing: about 10,000 North Korean soldiers sent to train in eastern Russia",
        published_on=day(2024, 10, 28),
        sentences=(
            "At a Pentagon briefing on 28 October 2024, Deputy Press Secretary Sabrina Singh said "
            "North Korea had sent around 10,000 soldiers to train in eastern Russia.",
            "She said some of them had already moved closer to Ukraine, and that the Pentagon was "
            "concerned Russia meant to use them against Ukrainian forces.",
        ),
        claims=(
            ClaimSeed(
                "around 10,000 soldiers to train in eastern Russia",
                C.DEPLOYED,
                "russian-far-east",
                actor="sabrina-singh",
                actor_name="Sabrina Singh",
                stated_on=day(2024, 10, 28),
                wording="around 10,000",
                low=10000,
                high=10000,
                qualifier=Q.APPROXIMATELY,
                topic=IN_RUSSIA,
            ),
        ),
    ),
    Report(
        url="https://www.bbc.com/news/world/nato-confirms-north-korean-troops-sent-to-russia",
        outlet="bbc.com",
        title="NATO confirms North Korean troops have been sent to Russia",
        published_on=day(2024, 10, 28),
        sentences=(
            "NATO Secretary General Mark Rutte said on 28 October 2024 that the alliance could "
            "confirm North Korean troops had been sent to Russia and that units had been deployed "
            "to the Kursk region.",
            "He called it a significant escalation of North Korea's part in Russia's war.",
        ),
        claims=(
            ClaimSeed(
                "units had been deployed to the Kursk region",
                C.DEPLOYED,
                "kursk-oblast",
                actor="mark-rutte",
                actor_name="Mark Rutte",
                stated_on=day(2024, 10, 28),
                statement="North Korean units have been deployed to the Kursk region.",
                topic=IN_KURSK,
            ),
        ),
    ),
    Report(
        url="https://www.state.gov/blinken-austin-joint-press-availability-with-south-korean-ministers/",
        outlet="state.gov",
        title="Blinken and Austin hold a joint press availability with South Korea's ministers",
        published_on=day(2024, 10, 31),
        sentences=(
            "After talks in Washington with South Korea's foreign and defence ministers on 31 "
            "October 2024, Secretary of State Antony Blinken said about 8,000 North Korean "
            "soldiers were now in Russia's Kursk region.",
            "He said the United States had not yet seen them used in combat against Ukraine but "
            "expected that in the coming days.",
        ),
        claims=(
            ClaimSeed(
                "about 8,000 North Korean soldiers",
                C.DEPLOYED,
                "kursk-oblast",
                actor="antony-blinken",
                actor_name="Antony Blinken",
                stated_on=day(2024, 10, 31),
                wording="about 8,000",
                low=8000,
                high=8000,
                qualifier=Q.APPROXIMATELY,
                topic=IN_KURSK,
            ),
        ),
    ),
    Report(
        url="https://www.reuters.com/world/us-says-10000-north-korean-troops-in-kursk-region/",
        outlet="reuters.com",
        title="US says about 10,000 North Korean troops are in Russia's Kursk region",
        published_on=day(2024, 11, 4),
        sentences=(
            "The US State Department said on 4 November 2024 that about 10,000 North Korean "
            "troops were now in Russia's Kursk region.",
            "A spokesperson said Washington expected them to go into combat against Ukrainian "
            "forces soon.",
        ),
        claims=(
            ClaimSeed(
                "about 10,000 North Korean troops were now in Russia's Kursk region",
                C.DEPLOYED,
                "kursk-oblast",
                actor="us-state-department",
                actor_name="State Department",
                stated_on=day(2024, 11, 4),
                wording="about 10,000",
                low=10000,
                high=10000,
                qualifier=Q.APPROXIMATELY,
                topic=IN_KURSK,
            ),
        ),
    ),
    Report(
        url="https://kyivindependent.com/zelensky-11000-north-korean-soldiers-in-kursk-oblast/",
        outlet="kyivindependent.com",
        title="Zelensky says 11,000 North Korean soldiers are in Kursk Oblast",
        published_on=day(2024, 11, 4),
        sentences=(
            "In his evening address on 4 November 2024, President Volodymyr Zelensky said 11,000 "
            "North Korean soldiers were already in Russia's Kursk region.",
            "He criticised Ukraine's partners for watching the build-up instead of acting.",
        ),
        claims=(
            ClaimSeed(
                "11,000 North Korean soldiers were already in Russia's Kursk region",
                C.DEPLOYED,
                "kursk-oblast",
                **ZELENSKY,
                stated_on=day(2024, 11, 4),
                wording="11,000",
                low=11000,
                high=11000,
                topic=IN_KURSK,
            ),
        ),
    ),
    Report(
        url="https://apnews.com/article/us-more-than-10000-north-korean-troops-combat-kursk",
        outlet="apnews.com",
        title="US says North Korean troops have begun fighting in Kursk",
        published_on=day(2024, 11, 12),
        sentences=(
            "The US State Department said on 12 November 2024 that more than 10,000 North Korean "
            "soldiers had been sent to eastern Russia.",
            "Most of them had moved into the Kursk region and had begun taking part in combat "
            "alongside Russian forces, the department said.",
        ),
        claims=(
            ClaimSeed(
                "more than 10,000 North Korean soldiers had been sent to eastern Russia",
                C.DEPLOYED,
                "russia",
                actor="us-state-department",
                actor_name="State Department",
                stated_on=day(2024, 11, 12),
                wording="more than 10,000",
                low=10000,
                qualifier=Q.MORE_THAN,
                topic=IN_RUSSIA,
            ),
        ),
    ),
    Report(
        # The day is approximate: the Pentagon gave this estimate in mid-December 2024.
        url="https://www.defense.gov/News/Transcripts/singh-briefing-north-korean-casualties-kursk/",
        outlet="defense.gov",
        title="Pentagon briefing: North Korean troops killed and wounded in Kursk",
        published_on=day(2024, 12, 16),
        sentences=(
            "Deputy Pentagon Press Secretary Sabrina Singh said in mid-December 2024 that North "
            "Korean soldiers had been killed and wounded fighting in the Kursk region.",
            "The Pentagon put the North Korean force in Russia at 11,000 to 12,000 troops.",
        ),
        claims=(
            ClaimSeed(
                "had been killed and wounded fighting in the Kursk region",
                C.CASUALTIES,
                "kursk-oblast",
                actor="sabrina-singh",
                actor_name="Sabrina Singh",
                stated_on=day(2024, 12, 16),
                statement="North Korean soldiers have been killed and wounded in the Kursk region.",
                topic=CASUALTIES,
            ),
            ClaimSeed(
                "11,000 to 12,000 troops",
                C.DEPLOYED,
                "russia",
                actor="us-department-of-defense",
                actor_name="Pentagon",
                stated_on=day(2024, 12, 16),
                wording="11,000 to 12,000",
                low=11000,
                high=12000,
                qualifier=Q.RANGE,
                topic=IN_RUSSIA,
            ),
        ),
    ),
    Report(
        url="https://en.yna.co.kr/nk/nis-at-least-100-north-korean-soldiers-killed-in-russia",
        outlet="en.yna.co.kr",
        title="NIS says at least 100 North Korean soldiers have been killed fighting for Russia",
        published_on=day(2024, 12, 19),
        sentences=(
            "Lee Seong-kweun, a member of the National Assembly's intelligence committee, told "
            "reporters on 19 December 2024 that the National Intelligence Service counted at least "
            "100 North Korean soldiers killed in the fighting in the Kursk region.",
            "The agency put the number of wounded at nearly 1,000, he said.",
            "According to the briefing, the troops had been sent into front-line assaults with "
            "little preparation for the terrain or for drone attacks.",
        ),
        claims=(
            ClaimSeed(
                "at least 100 North Korean soldiers killed",
                C.KILLED,
                "kursk-oblast",
                **NIS_VIA_LEE,
                stated_on=day(2024, 12, 19),
                wording="at least 100",
                low=100,
                qualifier=Q.AT_LEAST,
                subject="North Korean soldiers",
                topic=KILLED,
            ),
            ClaimSeed(
                "the number of wounded at nearly 1,000",
                C.WOUNDED,
                "kursk-oblast",
                **NIS_VIA_LEE,
                stated_on=day(2024, 12, 19),
                wording="nearly 1,000",
                high=1000,
                qualifier=Q.NEARLY,
                subject="North Korean soldiers",
                topic=WOUNDED,
            ),
        ),
    ),
    Report(
        url="https://www.president.gov.ua/en/news/north-korean-losses-in-kursk-region-exceed-3000",
        outlet="president.gov.ua",
        title="Zelensky: North Korean losses in the Kursk region exceed 3,000",
        published_on=day(2024, 12, 23),
        sentences=(
            "President Volodymyr Zelensky wrote on 23 December 2024 that, by preliminary figures, "
            "more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region.",
            "He warned that Pyongyang could send Russia more troops and equipment.",
        ),
        claims=(
            ClaimSeed(
                "more than 3,000 North Korean soldiers had been killed or wounded",
                C.CASUALTIES,
                "kursk-oblast",
                **ZELENSKY,
                stated_on=day(2024, 12, 23),
                wording="more than 3,000",
                low=3000,
                qualifier=Q.MORE_THAN,
                subject="North Korean soldiers",
                topic=CASUALTIES,
            ),
        ),
    ),
    Report(
        url="https://www.reuters.com/world/white-house-north-korean-casualties-kursk-past-week/",
        outlet="reuters.com",
        title="White House says North Korean troops took over 1,000 casualties in a week",
        published_on=day(2024, 12, 27),
        sentences=(
            "White House spokesman John Kirby said on 27 December 2024 that North Korean forces "
            "had suffered more than 1,000 killed and wounded in the Kursk region in the past week "
            "alone.",
            "He said Russian commanders were throwing them into massed infantry attacks.",
        ),
        claims=(
            ClaimSeed(
                "more than 1,000 killed and wounded",
                C.CASUALTIES,
                "kursk-oblast",
                actor="john-kirby",
                actor_name="John Kirby",
                stated_on=day(2024, 12, 27),
                wording="more than 1,000 in a week",
                low=1000,
                qualifier=Q.MORE_THAN,
                subject="North Korean soldiers in one week",
                topic=WEEKLY_CASUALTIES,
            ),
        ),
    ),
    Report(
        url="https://www.bbc.com/news/world/ukraine-captures-two-north-korean-soldiers-kursk",
        outlet="bbc.com",
        title="Ukraine says it has captured two North Korean soldiers in Kursk",
        published_on=day(2025, 1, 11),
        sentences=(
            "President Volodymyr Zelensky said on 11 January 2025 that Ukrainian forces had "
            "captured two North Korean soldiers in the Kursk region.",
            "Both men were wounded and had been taken to Kyiv for questioning by the SBU security "
            "service.",
        ),
        claims=(
            ClaimSeed(
                "captured two North Korean soldiers",
                C.CAPTURED,
                "kursk-oblast",
                **ZELENSKY,
                stated_on=day(2025, 1, 11),
                wording="two",
                low=2,
                high=2,
                subject="North Korean soldiers",
                topic=CAPTURED,
            ),
        ),
    ),
    Report(
        url="https://en.yna.co.kr/nk/nis-300-north-korean-soldiers-killed-2700-wounded",
        outlet="en.yna.co.kr",
        title="NIS estimates 300 North Korean soldiers killed and 2,700 wounded in Russia",
        published_on=day(2025, 1, 13),
        sentences=(
            "On 13 January 2025 lawmaker Lee Seong-kweun relayed a new National Intelligence "
            "Service estimate: about 300 North Korean soldiers killed since the troops went into "
            "combat, and about 2,700 wounded.",
            "The agency also said notes found on dead soldiers showed they had been pressed to "
            "kill themselves rather than be captured.",
        ),
        claims=(
            ClaimSeed(
                "about 300 North Korean soldiers killed",
                C.KILLED,
                "kursk-oblast",
                **NIS_VIA_LEE,
                stated_on=day(2025, 1, 13),
                wording="about 300",
                low=300,
                high=300,
                qualifier=Q.APPROXIMATELY,
                subject="North Korean soldiers",
                topic=KILLED,
            ),
            ClaimSeed(
                "about 2,700 wounded",
                C.WOUNDED,
                "kursk-oblast",
                **NIS_VIA_LEE,
                stated_on=day(2025, 1, 13),
                wording="about 2,700",
                low=2700,
                high=2700,
                qualifier=Q.APPROXIMATELY,
                subject="North Korean soldiers",
                topic=WOUNDED,
            ),
        ),
    ),
    Report(
        url="https://en.yna.co.kr/nk/jcs-north-korea-sent-3000-more-troops-to-russia",
        outlet="en.yna.co.kr",
        title="JCS says North Korea sent about 3,000 more troops to Russia early in 2025",
        published_on=day(2025, 3, 27),
        sentences=(
            "South Korea's Joint Chiefs of Staff said on 27 March 2025 that North Korea appeared "
            "to have sent about 3,000 more soldiers to Russia in January and February.",
            "The JCS said Pyongyang was also still supplying Russia with missiles and artillery.",
        ),
        claims=(
            # An increment, not a total: kept out of the "troops in Russia" timeline.
            ClaimSeed(
                "about 3,000 more soldiers",
                C.DEPLOYED,
                "russia",
                actor="south-korea-jcs",
                actor_name="Joint Chiefs of Staff",
                stated_on=day(2025, 3, 27),
                wording="about 3,000 more",
                low=3000,
                high=3000,
                qualifier=Q.APPROXIMATELY,
                subject="additional North Korean troops",
            ),
        ),
    ),
    Report(
        url="https://tass.com/defense/gerasimov-north-korean-servicemen-kursk-region",
        outlet="tass.com",
        title="Gerasimov credits North Korean servicemen in the Kursk fighting",
        published_on=day(2025, 4, 26),
        sentences=(
            "Valery Gerasimov, chief of Russia's General Staff, said on 26 April 2025 that Russian "
            "forces had retaken the Kursk region, and for the first time Moscow publicly credited "
            "North Korean soldiers with helping to push Ukrainian troops out.",
            "Ukraine said fighting in the region was still going on.",
        ),
        claims=(
            ClaimSeed(
                "credited North Korean soldiers with helping to push Ukrainian troops out",
                C.DEPLOYED,
                "kursk-oblast",
                actor="valery-gerasimov",
                actor_name="Valery Gerasimov",
                stated_on=day(2025, 4, 26),
                statement="North Korean soldiers fought alongside Russian forces in Kursk.",
                topic=IN_KURSK,
            ),
        ),
    ),
    Report(
        url="https://apnews.com/article/north-korea-confirms-troops-sent-to-russia-kursk",
        outlet="apnews.com",
        title="North Korea confirms for the first time that it sent troops to fight for Russia",
        published_on=day(2025, 4, 28),
        sentences=(
            "North Korea's state news agency KCNA confirmed on 28 April 2025 that the country had "
            "sent troops to Russia, saying they were deployed on Kim Jong Un's orders and had "
            "helped retake the Kursk region.",
            "It was Pyongyang's first acknowledgement of the deployment.",
        ),
        claims=(
            ClaimSeed(
                "the country had sent troops to Russia",
                C.DEPLOYED,
                "kursk-oblast",
                actor="kcna",
                actor_name="KCNA",
                stated_on=day(2025, 4, 28),
                statement="North Korea sent troops to Russia and they fought in the Kursk region.",
                topic=IN_KURSK,
            ),
        ),
    ),
    Report(
        url="https://en.yna.co.kr/nk/nis-4700-north-korean-casualties-600-dead",
        outlet="en.yna.co.kr",
        title="NIS estimates 4,700 North Korean casualties in Russia, about 600 of them dead",
        published_on=day(2025, 4, 30),
        sentences=(
            "The National Intelligence Service told lawmakers on 30 April 2025 that North Korean "
            "casualties in the war had reached about 4,700, according to Lee Seong-kweun.",
            "Of those, about 600 had been killed, the agency estimated.",
            "The briefing came two days after Pyongyang first admitted sending troops.",
        ),
        claims=(
            ClaimSeed(
                "casualties in the war had reached about 4,700",
                C.CASUALTIES,
                "russia",
                **NIS_VIA_LEE,
                stated_on=day(2025, 4, 30),
                wording="about 4,700",
                low=4700,
                high=4700,
                qualifier=Q.APPROXIMATELY,
                subject="North Korean soldiers",
                topic=CASUALTIES,
            ),
            ClaimSeed(
                "about 600 had been killed",
                C.KILLED,
                "russia",
                **NIS_VIA_LEE,
                stated_on=day(2025, 4, 30),
                wording="about 600",
                low=600,
                high=600,
                qualifier=Q.APPROXIMATELY,
                subject="North Korean soldiers",
                topic=KILLED,
            ),
        ),
    ),
    Report(
        url="https://tass.com/politics/shoigu-pyongyang-deminers-military-builders-kursk",
        outlet="tass.com",
        title="Shoigu says North Korea will send deminers and military builders to Kursk",
        published_on=day(2025, 6, 17),
        sentences=(
            "On a visit to Pyongyang on 17 June 2025, Russian Security Council secretary Sergei "
            "Shoigu said North Korea would send 1,000 deminers to the Kursk region.",
            "He said 5,000 military construction workers would follow to rebuild what the "
            "fighting had destroyed.",
        ),
        claims=(
            ClaimSeed(
                "send 1,000 deminers",
                C.DEPLOYED,
                "kursk-oblast",
                actor="sergei-shoigu",
                actor_name="Sergei Shoigu",
                stated_on=day(2025, 6, 17),
                wording="1,000 deminers",
                low=1000,
                high=1000,
                subject="North Korean deminers",
                topic=BUILDERS,
            ),
            ClaimSeed(
                "5,000 military construction workers",
                C.DEPLOYED,
                "kursk-oblast",
                actor="sergei-shoigu",
                actor_name="Sergei Shoigu",
                stated_on=day(2025, 6, 17),
                wording="5,000 military builders",
                low=5000,
                high=5000,
                subject="North Korean military builders",
                topic=BUILDERS,
            ),
        ),
    ),
    Report(
        # The day is approximate: the NIS gave this estimate to lawmakers in early September 2025.
        url="https://en.yna.co.kr/nk/nis-about-2000-north-korean-soldiers-killed-in-russia",
        outlet="en.yna.co.kr",
        title="NIS estimates about 2,000 North Korean soldiers killed fighting for Russia",
        published_on=day(2025, 9, 4),
        sentences=(
            "In early September 2025 the National Intelligence Service told lawmakers that about "
            "2,000 North Korean soldiers had been killed fighting for Russia, Lee Seong-kweun said "
            "after the closed-door briefing.",
        ),
        claims=(
            ClaimSeed(
                "about 2,000 North Korean soldiers had been killed",
                C.KILLED,
                "russia",
                **NIS_VIA_LEE,
                stated_on=day(2025, 9, 4),
                wording="about 2,000",
                low=2000,
                high=2000,
                qualifier=Q.APPROXIMATELY,
                subject="North Korean soldiers",
                topic=KILLED,
            ),
        ),
    ),
)
