"""Downloads of any filtered claims list, as CSV and JSON, streamed row by row.

Rows come from `values_list` over a server-side cursor in chunks, so a million claims never sit in
memory at once, and no model instance is built for any of them. On PostgreSQL the CSV is written by
the database itself (`COPY (SELECT …) TO STDOUT WITH CSV`), byte for byte as the Python writer writes
it, several times faster.
"""

import csv
import datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, transaction
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


# --- CSV written by PostgreSQL --------------------------------------------------------------------

# Python's f"{n:,}" for a figure: digits in groups of three (a bigint has at most 19 digits).
_GROUPED = "to_char({}, 'FM9,999,999,999,999,999,990')"
# Claim.figure_display in SQL, over the subquery's columns.
_FIGURE_SQL = (
    "CASE"
    " WHEN value_low IS NULL AND value_high IS NULL THEN NULL"
    " WHEN value_low IS NOT NULL AND value_high IS NOT NULL AND value_low <> value_high"
    f" THEN {_GROUPED.format('value_low')} || '–' || {_GROUPED.format('value_high')}"
    " WHEN value_low IS NOT NULL AND value_high IS NOT NULL"
    " THEN CASE WHEN qualifier = 'approximately' THEN '~' ELSE '' END"
    f" || {_GROUPED.format('value_low')}"
    " WHEN value_low IS NOT NULL"
    " THEN CASE WHEN qualifier = 'more than' THEN '> ' ELSE '≥ ' END"
    f" || {_GROUPED.format('value_low')}"
    " ELSE CASE qualifier WHEN 'nearly' THEN '≲ ' WHEN 'less than' THEN '< ' ELSE '≤ ' END"
    f" || {_GROUPED.format('value_high')}"
    " END"
)
# Columns holding numbers or dates; every other one is text and gets the formula guard.
_NOT_TEXT = {"id", "value_low", "value_high", "published_on", "stated_on", "as_of", "reported_on"}
# FORMULA_STARTS as the code points ascii() gives for a text's first character (0 for "").
# An integer test per cell: comparing left(column, 1) as text costs three times as much over a
# 100,000-row export.
_FORMULA_STARTS_SQL = ", ".join(str(ord(start)) for start in FORMULA_STARTS)
COPY_ROWS_PER_CHUNK = 500
# PostgreSQL's memory for the export's sort (the default 4MB spills 100,000 rows to disk).
COPY_WORK_MEM = "64MB"


def _text_sql(column: str) -> str:
    """A text column as the Python writer has it: guarded against formulas, "" written as nothing.

    PostgreSQL's CSV quotes an empty string (to tell it from NULL) where Python's writes nothing.
    """
    return (
        f"NULLIF(CASE WHEN ascii({column}) IN ({_FORMULA_STARTS_SQL})"
        f" THEN chr(39) || {column} ELSE {column} END, '')"
    )


def copy_statement(claims) -> tuple[str, tuple]:
    """The COPY statement (and its parameters) that writes `claims` as the Python writer would."""
    inner, params = claims.values_list(*FIELDS).query.sql_with_params()
    columns = [heading for heading, path in COLUMNS if path]
    selected = []
    for heading, path in COLUMNS:
        if path is None:
            selected.append(f"{_FIGURE_SQL} AS figure")
        elif heading in _NOT_TEXT:
            selected.append(heading)
        else:
            selected.append(f"{_text_sql(heading)} AS {heading}")
    sql = (
        f"COPY (SELECT {', '.join(selected)} FROM ({inner}) AS claim ({', '.join(columns)}))"
        " TO STDOUT WITH (FORMAT csv, HEADER true)"
    )
    return sql, params


def copied_csv_lines(claims):
    """The CSV text of `claims` from PostgreSQL's COPY, a few hundred rows at a time.

    The server sends one row per message and ends it with a line feed; the Python writer ends lines
    with CR LF, so each row's last byte is swapped (line breaks inside quoted text stay as they are,
    as the Python writer leaves them).
    """
    sql, params = copy_statement(claims)
    with transaction.atomic(using=claims.db), connections[claims.db].cursor() as cursor:
        # For this statement only: sort in memory rather than in temporary files, and no JIT
        # compilation, which costs more than it saves on a query that mostly moves rows.
        cursor.execute(
            "SELECT set_config('work_mem', %s, true), set_config('jit', 'off', true)",
            [COPY_WORK_MEM],
        )
        with cursor.cursor.copy(sql, params) as copy:
            chunk = []
            for row in copy:
                chunk.append(bytes(row)[:-1] + b"\r\n")
                if len(chunk) >= COPY_ROWS_PER_CHUNK:
                    yield b"".join(chunk)
                    chunk = []
            if chunk:
                yield b"".join(chunk)


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
    postgresql = connections[claims.db].vendor == "postgresql"
    lines = copied_csv_lines(claims) if postgresql else csv_lines(claims)
    return _download(lines, extension="csv", content_type="text/csv; charset=utf-8")


def claims_json(request):
    """The filtered claims list as a JSON array."""
    claims, form = _filtered(request)
    if claims is None:
        return _bad_filters(form)
    return _download(json_chunks(claims), extension="json", content_type="application/json")
