"""Fill an empty database with a realistic synthetic data set, the same every time for a seed.

For measuring pages at scale (bench/pages.py) and trying the app with a lot of data. The shape follows
real data: a few hundred actors nested under states, places nested under countries, thousands of topics
whose claim counts are heavy-tailed, outlets of very different sizes, articles with one to ten claims,
figures log-normal per topic that grow over time and on which actors disagree (a few by a lot), mixed
qualifiers, dates across three years, and mostly confirmed or proposed claims.

Claims and articles go in with PostgreSQL's COPY (a million claims in a few minutes), or bulk_create on
other databases. No history rows are written: nobody edited these claims.
"""

import bisect
import datetime
import itertools
import json
import math
import random
import time
from dataclasses import dataclass, field

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.text import slugify

from claims.models import Actor, Category, Claim, Place, Topic
from sources.models import Article, Outlet

START = datetime.date(2022, 2, 24)
DAYS = 3 * 365
CLAIMS_PER_TOPIC = 250  # on average; the spread around it is heavy-tailed
BATCH = 20_000

# (country, nationality, aliases, regions)
COUNTRIES = [
    ("United States", "American", ["US", "U.S.", "Washington"], []),
    (
        "Ukraine",
        "Ukrainian",
        ["Kyiv"],
        ["Donetsk", "Luhansk", "Kharkiv", "Zaporizhzhia", "Kherson"],
    ),
    ("Russia", "Russian", ["Moscow", "Kremlin"], ["Kursk", "Belgorod", "Bryansk", "Crimea"]),
    ("South Korea", "South Korean", ["Seoul", "ROK"], []),
    ("North Korea", "North Korean", ["Pyongyang", "DPRK"], []),
    ("United Kingdom", "British", ["UK", "Britain", "London"], []),
    ("France", "French", ["Paris"], []),
    ("Germany", "German", ["Berlin"], []),
    ("Poland", "Polish", ["Warsaw"], []),
    ("Israel", "Israeli", [], ["Gaza", "West Bank", "Golan Heights"]),
    ("Lebanon", "Lebanese", ["Beirut"], ["South Lebanon", "Bekaa Valley"]),
    ("Iran", "Iranian", ["Tehran"], []),
    ("Syria", "Syrian", ["Damascus"], ["Idlib", "Aleppo", "Deir ez-Zor"]),
    ("Turkey", "Turkish", ["Ankara", "Türkiye"], []),
    ("Yemen", "Yemeni", [], ["Hodeidah", "Marib", "Red Sea coast"]),
    ("Saudi Arabia", "Saudi", ["Riyadh"], []),
    ("Sudan", "Sudanese", ["Khartoum"], ["Darfur", "Kordofan", "El Fasher"]),
    ("Ethiopia", "Ethiopian", ["Addis Ababa"], ["Tigray", "Amhara"]),
    ("Myanmar", "Myanmar", ["Naypyidaw"], ["Rakhine", "Shan", "Sagaing"]),
    ("India", "Indian", ["New Delhi"], ["Manipur"]),
    ("Pakistan", "Pakistani", ["Islamabad"], ["Balochistan"]),
    ("Afghanistan", "Afghan", ["Kabul"], []),
    ("Iraq", "Iraqi", ["Baghdad"], ["Nineveh", "Anbar"]),
    ("Libya", "Libyan", ["Tripoli"], ["Cyrenaica"]),
    ("Mali", "Malian", ["Bamako"], ["Kidal", "Gao"]),
    ("Somalia", "Somali", ["Mogadishu"], []),
    ("Nigeria", "Nigerian", ["Abuja"], ["Borno"]),
    ("DR Congo", "Congolese", ["DRC", "Kinshasa"], ["North Kivu", "Ituri"]),
    ("Colombia", "Colombian", ["Bogotá"], []),
    ("Armenia", "Armenian", ["Yerevan"], []),
    ("Azerbaijan", "Azerbaijani", ["Baku"], ["Karabakh"]),
    ("Belarus", "Belarusian", ["Minsk"], []),
    ("China", "Chinese", ["Beijing", "PRC"], []),
    ("Japan", "Japanese", ["Tokyo"], []),
    ("Estonia", "Estonian", ["Tallinn"], []),
    ("Finland", "Finnish", ["Helsinki"], []),
]
# (name, kind, aliases) for each state's institutions
INSTITUTIONS = [
    ("Ministry of Defence of {country}", Actor.Kind.MINISTRY, ["{nationality} defence ministry"]),
    (
        "Ministry of Foreign Affairs of {country}",
        Actor.Kind.MINISTRY,
        ["{nationality} foreign ministry"],
    ),
    ("{nationality} General Staff", Actor.Kind.MILITARY, ["{nationality} military"]),
    ("{nationality} intelligence service", Actor.Kind.INTELLIGENCE, ["{nationality} intelligence"]),
    ("{nationality} parliament", Actor.Kind.LEGISLATURE, []),
]
INTERNATIONAL = [
    ("United Nations", Actor.Kind.INTERNATIONAL, ["UN"]),
    ("UN human rights office", Actor.Kind.INTERNATIONAL, ["OHCHR"]),
    ("UN refugee agency", Actor.Kind.INTERNATIONAL, ["UNHCR"]),
    ("International Organization for Migration", Actor.Kind.INTERNATIONAL, ["IOM"]),
    ("NATO", Actor.Kind.INTERNATIONAL, ["the alliance"]),
    ("International Committee of the Red Cross", Actor.Kind.INTERNATIONAL, ["ICRC"]),
    ("World Health Organization", Actor.Kind.INTERNATIONAL, ["WHO"]),
    ("OSCE", Actor.Kind.INTERNATIONAL, []),
    ("Institute for the Study of War", Actor.Kind.NGO, ["ISW"]),
    ("ACLED", Actor.Kind.NGO, []),
    ("Airwars", Actor.Kind.NGO, []),
    ("Oryx", Actor.Kind.NGO, []),
    ("Human Rights Watch", Actor.Kind.NGO, ["HRW"]),
    ("Amnesty International", Actor.Kind.NGO, ["Amnesty"]),
    ("Mediazona", Actor.Kind.MEDIA, []),
    ("BBC Russian", Actor.Kind.MEDIA, []),
]
FIRST_NAMES = [
    "Anna",
    "Oleksandr",
    "Maria",
    "Kim",
    "Lee",
    "Park",
    "James",
    "Sarah",
    "David",
    "Elena",
    "Ivan",
    "Ahmed",
    "Fatima",
    "Jean",
    "Marie",
    "Hans",
    "Olga",
    "Yusuf",
    "Amir",
    "Li",
    "Wei",
    "Hiroshi",
    "Ana",
    "Carlos",
    "Nadia",
    "Pavel",
    "Irina",
    "Omar",
    "Leila",
    "John",
]
LAST_NAMES = [
    "Kovalenko",
    "Smith",
    "Park",
    "Kim",
    "Lee",
    "Ivanov",
    "Petrov",
    "Hassan",
    "Dubois",
    "Müller",
    "Nowak",
    "Cohen",
    "Haddad",
    "Yilmaz",
    "Tanaka",
    "Garcia",
    "Okafor",
    "Mensah",
    "Singh",
    "Khan",
    "Novak",
    "Schmidt",
    "Rossi",
    "Johansson",
    "Volkov",
    "Shevchenko",
    "Popescu",
    "Bakr",
    "Mendes",
    "Reyes",
]
TITLES = ["spokesperson", "minister", "press secretary", "chief of staff", "lawmaker", "commander"]
REGION_PREFIXES = ["Northern", "Southern", "Eastern", "Western", "Central"]

# Category: (share of topics, typical figure, subjects)
CATEGORIES = {
    Category.KILLED: (20, 2_000, ["civilians", "soldiers", "{nationality} soldiers", "children"]),
    Category.WOUNDED: (10, 3_000, ["civilians", "soldiers", "{nationality} soldiers"]),
    Category.CASUALTIES: (14, 20_000, ["{nationality} troops", "{nationality} forces"]),
    Category.DEPLOYED: (10, 8_000, ["{nationality} troops", "{nationality} soldiers"]),
    Category.CAPTURED: (6, 300, ["prisoners of war", "{nationality} soldiers"]),
    Category.MISSING: (5, 1_500, ["civilians", "soldiers"]),
    Category.DISPLACED: (10, 200_000, ["people", "refugees", "residents"]),
    Category.EQUIPMENT: (12, 400, ["tanks", "armoured vehicles", "artillery systems", "aircraft"]),
    Category.LAUNCHED: (8, 150, ["drones", "missiles", "ballistic missiles", "rockets"]),
    Category.INTERCEPTED: (4, 120, ["drones", "missiles"]),
    Category.OTHER: (1, 50, ["detainees"]),
}
VERBS = {
    Category.KILLED: "killed",
    Category.WOUNDED: "wounded",
    Category.CASUALTIES: "killed or wounded",
    Category.DEPLOYED: "deployed",
    Category.CAPTURED: "captured",
    Category.MISSING: "missing",
    Category.DISPLACED: "displaced",
    Category.EQUIPMENT: "destroyed",
    Category.LAUNCHED: "launched",
    Category.INTERCEPTED: "intercepted",
    Category.OTHER: "held",
}
# (qualifier, share): points, approximations, bounds both ways and ranges, as extractors find them.
QUALIFIERS = [
    (Claim.Qualifier.EXACT, 38),
    (Claim.Qualifier.APPROXIMATELY, 20),
    (Claim.Qualifier.AT_LEAST, 12),
    (Claim.Qualifier.MORE_THAN, 6),
    (Claim.Qualifier.UP_TO, 5),
    (Claim.Qualifier.NEARLY, 4),
    (Claim.Qualifier.RANGE, 15),
]
STATUSES = [
    (Claim.Status.CONFIRMED, 70),
    (Claim.Status.PROPOSED, 22),
    (Claim.Status.REJECTED, 5),
    (Claim.Status.SUPERSEDED, 3),
]
CLAIMS_PER_ARTICLE = list(range(1, 11))
CLAIMS_PER_ARTICLE_WEIGHTS = [30, 20, 14, 10, 8, 6, 5, 3, 2, 2]


def marker_domain(seed: int) -> str:
    """The domain of the outlet that records which seed made the data (bench/pages.py checks it)."""
    return f"seed-{seed}.synthetic.invalid"


def round_figure(value: float, digits: int = 2) -> int:
    """A figure as people state them: to two (sometimes three) significant digits."""
    if value < 10:
        return max(1, round(value))
    scale = 10 ** (int(math.log10(value)) + 1 - digits)
    return int(round(value / scale) * scale)


class Picker:
    """Weighted choice in O(log n) from precomputed cumulative weights."""

    def __init__(self, rng: random.Random, items: list, weights: list[float]):
        self.rng, self.items = rng, items
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]

    def __call__(self):
        return self.items[bisect.bisect(self.cumulative, self.rng.random() * self.total)]


@dataclass
class SyntheticTopic:
    topic: Topic
    start: int  # days after START
    length: int
    base: float
    growth: float
    speakers: list[tuple[Actor | None, float]] = field(default_factory=list)  # (actor, bias)
    speaker_picker: Picker | None = None


class Command(BaseCommand):
    help = "Fill an empty database with a realistic synthetic data set (deterministic from --seed)."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=100_000, help="How many claims")
        parser.add_argument("--seed", type=int, default=1, help="The same seed gives the same data")

    def handle(self, *args, claims: int, seed: int, **options):
        if claims < 1:
            raise CommandError("--claims must be at least 1.")
        if Claim.objects.exists():
            raise CommandError(
                "The database already has claims; synthetic data goes into an empty database "
                "(create one and point DATABASE_URL at it)."
            )
        started = time.monotonic()
        rng = random.Random(seed)
        with transaction.atomic():
            actors = self.make_actors(rng)
            places = self.make_places(rng)
            outlets = self.make_outlets(rng, seed)
            topics = self.make_topics(rng, claims, actors, places)
        self.stdout.write(
            f"{sum(map(len, actors.values()))} actors, {sum(map(len, places.values()))} places, "
            f"{len(outlets)} outlets, "
            f"{len(topics)} topics in {time.monotonic() - started:.1f}s"
        )
        written = self.make_articles_and_claims(rng, claims, topics, outlets)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"{written} claims (seed {seed}) in {time.monotonic() - started:.1f}s"
            )
        )

    # Reference data: small, made with bulk_create.

    def make_actors(self, rng: random.Random) -> dict[str, list[Actor]]:
        """States with their institutions and people; international bodies and research groups."""
        states = Actor.objects.bulk_create(
            Actor(name=name, slug=slugify(name), kind=Actor.Kind.STATE, aliases=aliases)
            for name, _, aliases, _ in COUNTRIES
        )
        institutions, owners = [], []
        for state, (country, nationality, _, _) in zip(states, COUNTRIES, strict=True):
            for template, kind, aliases in INSTITUTIONS:
                name = template.format(country=country, nationality=nationality)
                institutions.append(
                    Actor(
                        name=name,
                        slug=slugify(name),
                        kind=kind,
                        parent=state,
                        aliases=[a.format(nationality=nationality) for a in aliases],
                    )
                )
                owners.append(state)
        institutions = Actor.objects.bulk_create(institutions)
        people, used = [], set()
        for institution in institutions:
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                if name in used:
                    continue
                used.add(name)
                people.append(
                    Actor(
                        name=name,
                        slug=slugify(name),
                        kind=Actor.Kind.PERSON,
                        parent=institution,
                        title=rng.choice(TITLES),
                    )
                )
        people = Actor.objects.bulk_create(people)
        others = Actor.objects.bulk_create(
            Actor(name=name, slug=slugify(name), kind=kind, aliases=aliases)
            for name, kind, aliases in INTERNATIONAL
        )
        by_country: dict[str, list[Actor]] = {state.name: [state] for state in states}
        for institution in institutions:
            by_country[institution.parent.name].append(institution)
        for person in people:
            by_country[person.parent.parent.name].append(person)
        by_country[""] = others
        return by_country

    def make_places(self, rng: random.Random) -> dict[str, list[Place]]:
        """Countries, and regions nested in them."""
        countries = Place.objects.bulk_create(
            Place(name=name, slug=slugify(name), kind=Place.Kind.COUNTRY, aliases=aliases[:1])
            for name, _, aliases, _ in COUNTRIES
        )
        regions = []
        for country, (_, _, _, named) in zip(countries, COUNTRIES, strict=True):
            names = named or [
                f"{prefix} {country.name}" for prefix in rng.sample(REGION_PREFIXES, 3)
            ]
            regions.extend(
                Place(name=name, slug=slugify(name), kind=Place.Kind.REGION, parent=country)
                for name in names
            )
        regions = Place.objects.bulk_create(regions)
        by_country = {country.name: [country] for country in countries}
        for region in regions:
            by_country[region.parent.name].append(region)
        return by_country

    def make_outlets(self, rng: random.Random, seed: int) -> list[Outlet]:
        """Wire services, papers, broadcasters, ministries' sites and blogs; one records the seed."""
        kinds = ["News", "Post", "Times", "Herald", "Daily", "Wire", "Monitor", "Review", "Radio"]
        outlets = [Outlet(name="Synthetic data", domain=marker_domain(seed))]
        for i in range(150):
            country = COUNTRIES[i % len(COUNTRIES)][0]
            name = f"{country} {kinds[(i // len(COUNTRIES)) % len(kinds)]}"
            outlets.append(Outlet(name=name, domain=f"{slugify(name)}.example"))
        return Outlet.objects.bulk_create(outlets)

    def make_topics(self, rng, claims: int, actors, places) -> list[SyntheticTopic]:
        """Topics with a time window, a typical figure and trend, and the actors who speak to them."""
        count = max(3, claims // CLAIMS_PER_TOPIC)
        categories = list(CATEGORIES)
        category_picker = Picker(rng, categories, [CATEGORIES[c][0] for c in categories])
        countries = [name for name, *_ in COUNTRIES]
        # A few countries are where most of the fighting is reported.
        country_picker = Picker(rng, countries, [1 / (i + 1) ** 0.9 for i in range(len(countries))])
        nationality = {name: nat for name, nat, *_ in COUNTRIES}
        made, slugs = [], set()
        for _ in range(count):
            category = category_picker()
            where = country_picker()
            place = rng.choice(places[where])
            foreign = country_picker()
            subject = rng.choice(CATEGORIES[category][2]).format(nationality=nationality[foreign])
            topic = Topic(
                category=category,
                subject=subject,
                place=place,
                title=f"{subject[0].upper()}{subject[1:]} {Category(category).label} in {place.name}",
            )
            slug = slugify(topic.title)[:300]
            suffix = 2
            while slug in slugs:
                slug, suffix = f"{slugify(topic.title)[:300]}-{suffix}", suffix + 1
            slugs.add(slug)
            topic.slug = slug
            start = rng.randrange(DAYS - 30)
            speakers = self.pick_speakers(rng, actors, [where, foreign])
            made.append(
                SyntheticTopic(
                    topic=topic,
                    start=start,
                    length=rng.randint(30, DAYS - start),
                    base=CATEGORIES[category][1] * rng.lognormvariate(0, 1.0),
                    growth=rng.choice([0, 0.5, 1, 2, 3]),
                    speakers=speakers,
                )
            )
        saved = Topic.objects.bulk_create(item.topic for item in made)
        for item, topic in zip(made, saved, strict=True):
            item.topic = topic
            item.speaker_picker = Picker(
                rng, item.speakers, [1 / (i + 1) for i in range(len(item.speakers))]
            )
        return made

    def pick_speakers(self, rng, actors, countries: list[str]) -> list[tuple[Actor | None, float]]:
        """Two to twelve actors, mostly from the countries involved; each with its own bias, a few
        far off the others (the outliers a comparison should find). None is an outlet's own figure."""
        pool = [actor for country in dict.fromkeys(countries) for actor in actors[country]]
        pool += actors[""]
        wanted = min(len(pool), 12, 2 + int(rng.expovariate(1 / 2.5)))
        chosen = rng.sample(pool, wanted)
        speakers = []
        for actor in chosen:
            bias = rng.lognormvariate(0, 0.3)
            if rng.random() < 0.1:
                bias *= rng.choice([0.25, 0.3, 3, 4])
            speakers.append((actor, bias))
        speakers.append((None, 1.0))
        return speakers

    # Articles and claims: the bulk, written with COPY on PostgreSQL.

    def make_articles_and_claims(self, rng, claims: int, topics, outlets) -> int:
        """Articles of one to ten claims each until `claims` claims are written."""
        topic_picker = Picker(rng, topics, [rng.lognormvariate(0, 1.3) for _ in topics])
        outlet_picker = Picker(rng, outlets[1:], [1 / (i + 1) for i in range(len(outlets) - 1)])
        per_article = Picker(rng, CLAIMS_PER_ARTICLE, CLAIMS_PER_ARTICLE_WEIGHTS)
        qualifier = Picker(rng, *zip(*QUALIFIERS, strict=True))
        status = Picker(rng, *zip(*STATUSES, strict=True))
        now = timezone.now()
        article_id = (Article.objects.aggregate(top=models.Max("pk"))["top"] or 0) + 1
        claim_id = (Claim.objects.aggregate(top=models.Max("pk"))["top"] or 0) + 1
        articles, rows, written = [], [], 0
        writer = BulkWriter()
        while written < claims:
            main = topic_picker()
            published = START + datetime.timedelta(days=main.start + rng.randrange(main.length))
            outlet = outlet_picker()
            articles.append(
                {
                    "id": article_id,
                    "url": f"https://{outlet.domain}/{published:%Y/%m/%d}/{article_id}",
                    "title": f"{main.topic.title}: latest figures",
                    "outlet_id": outlet.pk,
                    "published_on": published,
                    "language": "en",
                    "status": Article.Status.DONE,
                    "origin": Article.Origin.URL,
                    "claims_found": 0,
                    "attempts": 1,
                    "fetched_at": now,
                }
            )
            count = min(per_article(), claims - written)
            for position in range(count):
                item = main if position == 0 or rng.random() < 0.7 else topic_picker()
                rows.append(
                    self.claim_row(rng, claim_id, article_id, published, item, qualifier, status)
                )
                claim_id += 1
            articles[-1]["claims_found"] = count
            written += count
            article_id += 1
            if len(rows) >= BATCH or written >= claims:
                writer.write(Article, articles)
                writer.write(Claim, rows)
                articles, rows = [], []
                self.stdout.write(f"  {written} claims", ending="\r")
                self.stdout.flush()
        writer.finish()
        self.stdout.write("")
        return written

    def claim_row(self, rng, claim_id, article_id, published, item, qualifier, status) -> dict:
        """One claim: the topic's figure at that date as this actor sees it, as an extractor reads it."""
        actor, bias = item.speaker_picker()
        topic = item.topic
        day = (published - START).days
        progress = min(1.0, max(0.0, (day - item.start) / max(item.length, 1)))
        value = item.base * (1 + item.growth * progress) * bias * rng.lognormvariate(0, 0.08)
        stated = published - datetime.timedelta(days=rng.randint(0, 2))
        stated_on = stated if rng.random() < 0.6 else None
        who = actor.name if actor else "Officials"
        place = topic.place.name if topic.place else ""
        row = {
            "id": claim_id,
            "article_id": article_id,
            "topic_id": topic.pk,
            "actor_id": actor.pk if actor else None,
            "actor_name": actor.name if actor else "",
            "category": topic.category,
            "subject": topic.subject,
            "place_id": topic.place_id,
            "place_name": place,
            "stated_on": stated_on,
            "reported_on": stated_on or published,
            "status": status(),
            "extractor": "rules",
            "extractor_version": "synthetic",
            "confidence": round(rng.uniform(0.5, 0.99), 2),
        }
        if rng.random() < 0.02:
            row["statement"] = f"{who} said {topic.subject} were {VERBS[topic.category]} in {place}"
            row["quote"] = row["sentence"] = row["statement"]
            return row
        kind = qualifier()
        figure = round_figure(value, 3 if rng.random() < 0.2 else 2)
        low = high = figure
        if kind == Claim.Qualifier.RANGE:
            low, high = round_figure(value * 0.9), round_figure(value * 1.1)
            if high <= low:
                high = low + max(1, low // 10)
            wording = f"{low:,} to {high:,}"
        elif kind in (Claim.Qualifier.AT_LEAST, Claim.Qualifier.MORE_THAN):
            high, wording = None, f"{kind} {figure:,}"
        elif kind in (Claim.Qualifier.UP_TO, Claim.Qualifier.NEARLY, Claim.Qualifier.LESS_THAN):
            low, wording = None, f"{kind} {figure:,}"
        elif kind == Claim.Qualifier.APPROXIMATELY:
            wording = f"about {figure:,}"
        else:
            wording = f"{figure:,}"
        quote = f"{who} said {wording} {topic.subject} had been {VERBS[topic.category]} in {place}"
        row.update(
            value_low=low,
            value_high=high,
            qualifier=kind,
            wording=wording,
            quote=quote,
            sentence=quote + ".",
        )
        return row


class BulkWriter:
    """Writes rows given as {attname: value} dicts: COPY on PostgreSQL, bulk_create elsewhere.

    Columns a row leaves out take the field's default (now() for auto_now fields), so the writer keeps
    working when a migration adds a field with a default.
    """

    def __init__(self):
        self.now = timezone.now()
        self.written: dict[type, int] = {}

    def columns(self, model) -> list[tuple[str, object]]:
        found = []
        for model_field in model._meta.concrete_fields:
            if getattr(model_field, "auto_now", False) or getattr(
                model_field, "auto_now_add", False
            ):
                default = self.now
            elif model_field.has_default():
                default = model_field.get_default()
            elif not model_field.null and isinstance(
                model_field, models.CharField | models.TextField
            ):
                default = ""
            else:
                default = None
            found.append((model_field, default))
        return found

    def write(self, model, rows: list[dict]):
        if not rows:
            return
        columns = self.columns(model)
        if connection.vendor != "postgresql":
            model.objects.bulk_create(
                model(**{f.attname: row.get(f.attname, default) for f, default in columns})
                for row in rows
            )
            return
        names = ", ".join(connection.ops.quote_name(f.column) for f, _ in columns)
        table = connection.ops.quote_name(model._meta.db_table)
        prepared = [(f.attname, default) for f, default in columns]
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(
                    [
                        json.dumps(value) if isinstance(value, list | dict) else value
                        for value in (row.get(attname, default) for attname, default in prepared)
                    ]
                )
        self.written[model] = self.written.get(model, 0) + len(rows)

    def finish(self):
        """Move each table's id sequence past the ids given explicitly."""
        if connection.vendor != "postgresql":
            return
        with connection.cursor() as cursor:
            for model in self.written:
                table = model._meta.db_table
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT MAX(id) FROM {connection.ops.quote_name(table)}))"
                )
