"""The claims filter: one form, one function from its values to a QuerySet, and the paging.

The home page, the CSV and JSON downloads and the API all read the same query string through
`ClaimFilterForm` and `filter_claims`, so a list, its download and its API answer always agree.

Paging never counts the whole table. Date sorts page by a keyset cursor on (reported_on, id), which
walks the claims_claim_reported_idx index from where the last page ended however deep it is; a page
number (`?page=500`) is still addressable through an offset over that index that fetches ids only and
joins the related rows for the one page afterwards.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import F, Q

from sources.models import Outlet

from .models import Actor, Category, Claim, Place, Topic
from .search import search_claims

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
VISIBLE = ""
ALL = "all"

# Each sort and the ORDER BY it means. The date sorts follow claims_claim_reported_idx exactly
# (DESC NULLS FIRST, or that index read backwards), so PostgreSQL never sorts the table.
SORTS = {
    "-date": ("newest first", (F("reported_on").desc(nulls_first=True), F("id").desc())),
    "date": ("oldest first", (F("reported_on").asc(nulls_last=True), F("id").asc())),
    # Along claims_claim_visible_value_idx (DESC NULLS LAST): claims without a lower figure last.
    "-figure": (
        "largest figure first",
        (
            F("value_low").desc(nulls_last=True),
            F("value_high").desc(nulls_last=True),
            F("id").desc(),
        ),
    ),
    "figure": (
        "smallest figure first",
        (F("value_low").asc(nulls_last=True), F("value_high").asc(nulls_last=True), F("id").asc()),
    ),
}
DEFAULT_SORT = "-date"


def _lookup(model, value: str, *, by: str, label: str):
    """The object a filter names by slug (or domain), by id, or by its exact name."""
    value = value.strip()
    match = Q(**{by: value})
    if value.isdigit():
        match |= Q(pk=int(value))
    name_field = "title" if model is Topic else "name"
    match |= Q(**{f"{name_field}__iexact": value})
    found = model.objects.filter(match).order_by("pk").first()
    if found is None:
        raise ValidationError(f"There is no {label} called “{value}”.")
    return found


def _named(choices_id: str) -> forms.TextInput:
    """A text input for a name or slug, suggesting names from the page's <datalist>."""
    return forms.TextInput(attrs={"list": choices_id, "autocomplete": "off", "placeholder": "any"})


class ClaimFilterForm(forms.Form):
    """What a visitor can narrow the claims list by. Every field is optional."""

    q = forms.CharField(
        required=False,
        max_length=200,
        label="Search",
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": "words in quote or subject"}
        ),
    )
    topic = forms.CharField(required=False, max_length=320, widget=_named("topic-choices"))
    actor = forms.CharField(
        required=False,
        max_length=220,
        help_text="and the actors nested under it",
        widget=_named("actor-choices"),
    )
    place = forms.CharField(
        required=False,
        max_length=220,
        help_text="and the places inside it",
        widget=_named("place-choices"),
    )
    outlet = forms.CharField(required=False, max_length=253, widget=_named("outlet-choices"))
    category = forms.ChoiceField(required=False, choices=[("", "any category"), *Category.choices])
    status = forms.ChoiceField(
        required=False,
        choices=[(VISIBLE, "current (not rejected, not superseded)"), (ALL, "all, with rejected")]
        + [(value, label) for value, label in Claim.Status.choices],
    )
    date_from = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )
    sort = forms.ChoiceField(
        required=False, choices=[(key, label) for key, (label, _) in SORTS.items()]
    )

    def clean_topic(self):
        value = self.cleaned_data["topic"]
        return _lookup(Topic, value, by="slug", label="topic") if value.strip() else None

    def clean_actor(self):
        value = self.cleaned_data["actor"]
        return _lookup(Actor, value, by="slug", label="actor") if value.strip() else None

    def clean_place(self):
        value = self.cleaned_data["place"]
        return _lookup(Place, value, by="slug", label="place") if value.strip() else None

    def clean_outlet(self):
        value = self.cleaned_data["outlet"].strip().lower().removeprefix("www.")
        return _lookup(Outlet, value, by="domain", label="outlet") if value else None

    def clean_sort(self):
        return self.cleaned_data["sort"] or DEFAULT_SORT

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            raise ValidationError("The “from” date is after the “to” date.")
        return cleaned

    def is_filtered(self) -> bool:
        """Whether anything narrows the list (the sort does not)."""
        return any(
            self.cleaned_data.get(name) for name in self.fields if name not in ("sort", "status")
        ) or self.cleaned_data.get("status") not in (VISIBLE, None)


def filter_claims(form_data: dict):
    """The claims a cleaned `ClaimFilterForm` asks for, in its sort order, rows not yet fetched."""
    claims = Claim.objects.all()
    status = form_data.get("status") or VISIBLE
    if status == VISIBLE:
        claims = claims.visible()
    elif status != ALL:
        claims = claims.filter(status=status)
    if topic := form_data.get("topic"):
        claims = claims.filter(topic=topic)
    if actor := form_data.get("actor"):
        claims = claims.filter(actor_id__in=Actor.descendant_ids(actor.pk))
    if place := form_data.get("place"):
        claims = claims.filter(place_id__in=Place.descendant_ids(place.pk))
    if outlet := form_data.get("outlet"):
        claims = claims.filter(article__outlet=outlet)
    if category := form_data.get("category"):
        claims = claims.filter(category=category)
    if date_from := form_data.get("date_from"):
        claims = claims.filter(reported_on__gte=date_from)
    if date_to := form_data.get("date_to"):
        claims = claims.filter(reported_on__lte=date_to)
    if text := form_data.get("q"):
        claims = search_claims(claims, text)
    sort = form_data.get("sort") or DEFAULT_SORT
    return claims.order_by(*SORTS[sort][1])


# --- Paging ---------------------------------------------------------------------------------------


class PageForm(forms.Form):
    """Where in a list to start: a page number, or a cursor from a next/previous link."""

    page = forms.IntegerField(required=False, min_value=1, max_value=1_000_000)
    cursor = forms.RegexField(
        required=False,
        regex=r"^[ab]\.(\d{4}-\d{2}-\d{2}|none)\.\d{1,19}$",
        error_messages={"invalid": "This page link is damaged; start again from the first page."},
    )


@dataclass
class Cursor:
    """A keyset position: after or before the row with this (reported_on, id)."""

    direction: str  # "a" after (the next page) or "b" before (the previous page)
    reported_on: datetime.date | None
    id: int

    @classmethod
    def parse(cls, text: str) -> "Cursor":
        direction, date_text, id_text = text.split(".")
        day = None if date_text == "none" else datetime.date.fromisoformat(date_text)
        return cls(direction, day, int(id_text))

    @classmethod
    def of(cls, direction: str, claim: Claim) -> str:
        day = claim.reported_on.isoformat() if claim.reported_on else "none"
        return f"{direction}.{day}.{claim.pk}"

    def beyond(self, *, smaller: bool) -> Q:
        """Rows past this position, walking towards smaller (date, id) pairs or towards larger.

        PostgreSQL's default puts NULL above every date (first when newest comes first, last when
        oldest comes first), so undated claims count as the largest dates here. The `lte`/`gte`
        half lets PostgreSQL start its index scan at the cursor instead of at the list's start.
        """
        if self.reported_on is None:
            if smaller:
                return Q(reported_on__isnull=True, id__lt=self.id) | Q(reported_on__isnull=False)
            return Q(reported_on__isnull=True, id__gt=self.id)
        if smaller:
            return Q(reported_on__lte=self.reported_on) & (
                Q(reported_on__lt=self.reported_on) | Q(id__lt=self.id)
            )
        return (
            Q(reported_on__gte=self.reported_on)
            & (Q(reported_on__gt=self.reported_on) | Q(id__gt=self.id))
        ) | Q(reported_on__isnull=True)


@dataclass
class ClaimPage:
    """One page of claims and the query parameters of its neighbours (None at either end)."""

    rows: list
    number: int | None
    next: dict | None
    previous: dict | None


ROW_RELATIONS = ("topic", "actor", "relayed_by", "place", "article", "article__outlet")


def paginate_claims(claims, *, sort: str, page: int | None, cursor: str | None, size=PAGE_SIZE):
    """One page of `claims` (filtered and sorted by `filter_claims`), each row's relations joined.

    A cursor pages date sorts by keyset; otherwise the page number pages by offset. Either way one
    query, and never a count of the whole list.
    """
    order = SORTS[sort][1]
    if cursor and sort in ("date", "-date"):
        position = Cursor.parse(cursor)
        forward = position.direction == "a"
        window = claims.filter(position.beyond(smaller=sort.startswith("-") == forward))
        if not forward:
            window = window.reverse()
        rows = list(window.select_related(*ROW_RELATIONS)[: size + 1])
        more, rows = len(rows) > size, rows[:size]
        if not forward:
            rows.reverse()
        number, has_next, has_previous = (
            None,
            (more if forward else True),
            (True if forward else more),
        )
    else:
        number = page or 1
        start = (number - 1) * size
        # Ids first, by offset along the sort's index; then the joins for this page's rows only,
        # so page 500 does not join the 25,000 rows it skips.
        if start == 0:
            # The first page is a plain LIMIT: a subquery here would let PostgreSQL pick a
            # bitmap of every full-text match and sort them all.
            rows = list(claims.select_related(*ROW_RELATIONS)[: size + 1])
        else:
            page_ids = claims.values("pk")[start : start + size + 1]
            rows = list(
                Claim.objects.filter(pk__in=page_ids)
                .select_related(*ROW_RELATIONS)
                .order_by(*order)
            )
        more, rows = len(rows) > size, rows[:size]
        has_next, has_previous = more, number > 1
    return ClaimPage(rows, number, *_neighbours(rows, sort, number, has_next, has_previous))


def _neighbours(rows, sort, number, has_next, has_previous):
    """The query parameters of the next and previous pages."""
    if not rows:  # past the end, or every row went away: offer the way back to the start
        return None, ({"page": 1} if has_previous else None)
    if sort in ("date", "-date"):
        return (
            {"cursor": Cursor.of("a", rows[-1])} if has_next else None,
            {"cursor": Cursor.of("b", rows[0])} if has_previous else None,
        )
    return (
        {"page": number + 1} if has_next else None,
        {"page": number - 1} if has_previous else None,
    )
