"""Downloads of any filtered claims list, as CSV and JSON, streamed row by row.

Rows come from `values_list` over a server-side cursor in chunks, so a million claims never sit in
memory at once, and no model instance is built for any of them.
"""

import csv
import datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponseBadRequest, StreamingHttpResponse

from ..filters import ClaimFilterForm, filter_claims
from ..models import Claim

CHUNK_SIZE = 2000

# The columns of a download, in order: a heading and the field path it is read from.
COLUMNS = [
    ("id", "id"),
    ("figure", None),  # figure_display(), computed from value_low, value_high and qualifier
    ("value_low", "value_low"),
    ("value_high", "value_high"),
    ("qualifier", "qualifier"),
    ("wording", "wording"),
    ("statement", "statement"),
    ("category", "category"),
    ("subject", "subject"),
    ("topic", "topic__slug"),
    ("place", "place__name"),
    ("place_as_named", "place_name"),
    ("actor", "actor__name"),
    ("actor_as_named", "actor_name"),
    ("relayed_by", "relayed_by__name"),
    ("outlet", "article__outlet__name"),
    ("article_url", "article__url"),
    ("article_title", "article__title"),
    ("published_on", "article__published_on"),
    ("stated_on", "stated_on"),
    ("as_of", "as_of"),
    ("reported_on", "reported_on"),
    ("status", "status"),
    ("quote", "quote"),
]
FIELDS = [path for _, path in COLUMNS if path]
# Spreadsheets run a cell that starts with one of these as a formula; quoted text must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_rows(claims):
    """Each claim of `claims` as a tuple in `COLUMNS` order, read in chunks."""
    for row in claims.values_list(*FIELDS, named=True).iterator(chunk_size=CHUNK_SIZE):
        # figure_display reads only value_low, value_high and qualifier, which the row carries.
        figure = Claim.figure_display(row)
        yield (row.id, figure, *row[1:])


def _filtered(request):
    form = ClaimFilterForm(request.GET)
    if not form.is_valid():
        return None, form
    return filter_claims(form.cleaned_data), form


def _bad_filters(form) -> HttpResponseBadRequest:
    messages = [f"{field}: {' '.join(errors)}" for field, errors in form.errors.items()]
    return HttpResponseBadRequest(
        "These filters could not be used:\n" + "\n".join(messages), content_type="text/plain"
    )


def _download(stream, *, extension: str, content_type: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(stream, content_type=content_type)
    filename = f"claims-{datetime.date.today().isoformat()}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class _Echo:
    """A file-like object whose write hands the line back, for csv.writer in a generator."""

    def write(self, value):
        return value


def _spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_lines(claims):
    """The CSV text of `claims`, a heading line and then one line per claim."""
    writer = csv.writer(_Echo())
    yield writer.writerow([heading for heading, _ in COLUMNS])
    for row in export_rows(claims):
        yield writer.writerow([_spreadsheet_safe(value) for value in row])


def json_chunks(claims):
    """The JSON array of `claims`, one object per claim, written a piece at a time."""
    encoder = DjangoJSONEncoder(ensure_ascii=False)
    headings = [heading for heading, _ in COLUMNS]
    yield "["
    separator = "\n"
    for row in export_rows(claims):
        yield separator + encoder.encode(dict(zip(headings, row, strict=True)))
        separator = ",\n"
    yield "\n]\n"


def claims_csv(request):
    """The filtered claims list as CSV."""
    claims, form = _filtered(request)
    if claims is None:
        return _bad_filters(form)
    return _download(csv_lines(claims), extension="csv", content_type="text/csv; charset=utf-8")


def claims_json(request):
    """The filtered claims list as a JSON array."""
    claims, form = _filtered(request)
    if claims is None:
        return _bad_filters(form)
    return _download(json_chunks(claims), extension="json", content_type="application/json")
