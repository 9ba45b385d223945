"""Forms for reviewing claims: correcting one, moving one to a topic, rejecting, filtering the queue."""

from django import forms
from django.db.models import Q
from django.urls import reverse

from .models import Actor, Claim, Place, Topic
from .services import CORRECTABLE_FIELDS

# How many suggestions a lookup offers while a reviewer types.
LOOKUP_LIMIT = 12


class Lookup:
    """How one kind of named thing is found from what a reviewer types: its slug, name or alias.

    There may be thousands of actors, so forms take a typed name (helped by a short list of
    suggestions from the lookup endpoint) instead of a <select> listing every one.
    """

    def __init__(self, kind: str, model, label: str, name_field: str, has_aliases: bool):
        self.kind, self.model, self.label = kind, model, label
        self.name_field, self.has_aliases = name_field, has_aliases

    def matches(self, text: str):
        """Everything whose slug, name or alias is exactly `text` (case aside)."""
        exact = Q(slug=text) | Q(**{f"{self.name_field}__iexact": text})
        if self.has_aliases:
            exact |= Q(aliases__contains=[text])
        return self.model.objects.filter(exact)

    def suggestions(self, text: str):
        """A few things whose slug, name or an alias contains `text`, for the suggestion list."""
        if not text:
            return self.model.objects.none()
        found = Q(slug__icontains=text) | Q(**{f"{self.name_field}__icontains": text})
        if self.has_aliases:
            found |= Q(aliases__icontains=text)
        return self.model.objects.filter(found).order_by(self.name_field)[:LOOKUP_LIMIT]

    def resolve(self, text: str):
        """The one object `text` names, or a ValidationError saying what to type instead."""
        candidates = list(self.matches(text)[:6])
        by_slug = [obj for obj in candidates if obj.slug == text]
        if by_slug:
            return by_slug[0]
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise forms.ValidationError(
                f"No {self.label} matches “{text}”: type its name or pick one from the suggestions."
            )
        slugs = ", ".join(obj.slug for obj in candidates[:5])
        raise forms.ValidationError(
            f"Several {self.label}s match “{text}”; type one of these instead: {slugs}."
        )


LOOKUPS = {
    "actors": Lookup("actors", Actor, "actor", "name", has_aliases=True),
    "places": Lookup("places", Place, "place", "name", has_aliases=True),
    "topics": Lookup("topics", Topic, "topic", "title", has_aliases=False),
}


class LookupField(forms.CharField):
    """A text input that resolves to an actor, place or topic by slug, name or alias."""

    def __init__(self, lookup: Lookup, **kwargs):
        self.lookup = lookup
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 300)
        super().__init__(**kwargs)

    def clean(self, value):
        text = super().clean(value)  # the typed text, length-checked
        return self.lookup.resolve(text) if text else None

    def prepare_value(self, value):
        return getattr(value, "slug", value)

    def has_changed(self, initial, data):
        return (initial or "") != (data or "").strip()

    def suggest_into(self, datalist_id: str) -> None:
        """Offer suggestions from the lookup endpoint as the reviewer types (HTMX fills a datalist).

        The target and swap are set here because the input sits in a form whose own hx-target
        (the review row) would otherwise be inherited.
        """
        self.widget.attrs.update(
            {
                "list": datalist_id,
                "autocomplete": "off",
                "hx-get": reverse("review_lookup", args=[self.lookup.kind]),
                "hx-trigger": "input changed delay:250ms",
                "hx-target": f"#{datalist_id}",
                "hx-swap": "innerHTML",
                "hx-sync": "this:replace",
            }
        )


def _with_suggestions(form, prefix: str) -> list[dict]:
    """Wire every lookup field of `form` to its own datalist; returns the datalists to render."""
    datalists = []
    for name, field in form.fields.items():
        if isinstance(field, LookupField):
            datalist_id = f"{prefix}-{name}"
            field.suggest_into(datalist_id)
            datalists.append({"id": datalist_id, "kind": field.lookup.kind})
    return datalists


class ClaimCorrectForm(forms.ModelForm):
    """Every field a reviewer may correct, and the reason, which the history keeps."""

    topic = LookupField(LOOKUPS["topics"], help_text="Slug or title")
    actor = LookupField(LOOKUPS["actors"], help_text="Who asserted it: slug, name or alias")
    relayed_by = LookupField(LOOKUPS["actors"], help_text="Who passed it on, if anyone")
    place = LookupField(LOOKUPS["places"], help_text="Slug, name or alias")
    reason = forms.CharField(
        max_length=500,
        help_text="Why the extracted claim was wrong; kept in the claim's history.",
        widget=forms.TextInput(attrs={"placeholder": "e.g. the article says 12,000, not 11,000"}),
    )

    class Meta:
        model = Claim
        fields = CORRECTABLE_FIELDS
        widgets = {
            "quote": forms.Textarea(attrs={"rows": 2}),
            "sentence": forms.Textarea(attrs={"rows": 3}),
            "statement": forms.Textarea(attrs={"rows": 2}),
            "stated_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "as_of": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, instance: Claim, **kwargs):
        super().__init__(*args, instance=instance, **kwargs)
        for name in ("topic", "actor", "relayed_by", "place"):
            related = getattr(instance, name)
            self.initial[name] = related.slug if related else ""
        self.datalists = _with_suggestions(self, f"lookup-{instance.pk}")

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("value_low"), cleaned.get("value_high")
        if low is not None and high is not None and low > high:
            # Said here, in words, so the database constraint's generic message never shows.
            self.add_error(
                "value_high",
                f"The high value ({high:,}) is below the low value ({low:,}): "
                "the low value must not be above the high value.",
            )
        return cleaned

    def changes(self) -> dict:
        """The corrected fields and their new values, for `claim_correct`."""
        return {name: self.cleaned_data[name] for name in self.changed_data if name != "reason"}


class ClaimMoveForm(forms.Form):
    """Move a claim to another topic (the row's template writes the input and its suggestions)."""

    topic = LookupField(LOOKUPS["topics"], required=True, help_text="Slug or title")
    reason = forms.CharField(max_length=500, required=False)


class ClaimRejectForm(forms.Form):
    reason = forms.CharField(max_length=500, required=False)


class ReviewFilterForm(forms.Form):
    """Narrow the queue to one article, one extractor, or proposals the extractor was unsure of."""

    article = forms.IntegerField(required=False, min_value=1, label="Article id")
    extractor = forms.CharField(required=False, max_length=40)
    max_confidence = forms.FloatField(
        required=False,
        min_value=0,
        max_value=1,
        label="Confidence at most",
        help_text="0 to 1: show the proposals the extractor was least sure of",
    )

    def filter(self, claims):
        """Apply the valid filters to `claims`; an invalid one is left out and shown as an error."""
        self.is_valid()
        data = self.cleaned_data  # only the fields that were valid
        if data.get("article"):
            claims = claims.filter(article_id=data["article"])
        if data.get("extractor"):
            claims = claims.filter(extractor=data["extractor"])
        if data.get("max_confidence") is not None:
            claims = claims.filter(confidence__lte=data["max_confidence"])
        return claims
