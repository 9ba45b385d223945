"""The OpenAPI 3.1 description of the read-only JSON API (claims/views/api.py).

Query parameters are read from the forms the views validate with, so the description cannot drift
from what the API accepts; the response schemas are written here and the API tests check every
documented property against real responses.
"""

from django import forms

from .filters import ClaimFilterForm, PageForm

NULLABLE_STRING = {"type": ["string", "null"]}
NULLABLE_INTEGER = {"type": ["integer", "null"]}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}


def _ref_schema(name_field: str = "name") -> dict:
    return {
        "type": ["object", "null"],
        "required": ["id", "slug", name_field],
        "properties": {
            "id": {"type": "integer"},
            "slug": {"type": "string"},
            name_field: {"type": "string"},
        },
    }


OUTLET = {
    "type": ["object", "null"],
    "required": ["name", "domain"],
    "properties": {"name": {"type": "string"}, "domain": {"type": "string"}},
}


def _object(properties: dict) -> dict:
    return {"type": "object", "required": list(properties), "properties": properties}


SCHEMAS = {
    "Claim": _object(
        {
            "id": {"type": "integer"},
            "url": {"type": "string", "format": "uri", "description": "The claim's page"},
            "figure": {"type": "string", "description": 'As displayed: "~10,000", "≥ 3,000"'},
            "value_low": NULLABLE_INTEGER,
            "value_high": NULLABLE_INTEGER,
            "qualifier": {"type": "string", "description": "Empty when exactly as stated"},
            "wording": {"type": "string", "description": "The figure as written"},
            "statement": {"type": "string", "description": "A claim without a figure, in words"},
            "category": {"type": "string"},
            "subject": {"type": "string", "description": "What is counted"},
            "topic": _ref_schema("title"),
            "place": _ref_schema(),
            "place_as_named": {"type": "string"},
            "actor": {**_ref_schema(), "description": "Who asserted it; null: the outlet"},
            "actor_as_named": {"type": "string"},
            "relayed_by": _ref_schema(),
            "quote": {"type": "string"},
            "stated_on": NULLABLE_DATE,
            "as_of": {**NULLABLE_DATE, "description": "The date the figure refers to"},
            "reported_on": {**NULLABLE_DATE, "description": "Stated on, else published on"},
            "status": {
                "type": "string",
                "enum": ["proposed", "confirmed", "rejected", "superseded"],
            },
            "article": _object(
                {
                    "id": {"type": "integer"},
                    "url": {"type": "string", "format": "uri"},
                    "title": {"type": "string"},
                    "published_on": NULLABLE_DATE,
                    "outlet": OUTLET,
                }
            ),
        }
    ),
    "Topic": _object(
        {
            "id": {"type": "integer"},
            "slug": {"type": "string"},
            "title": {"type": "string"},
            "url": {"type": "string", "format": "uri"},
            "category": {"type": "string"},
            "subject": {"type": "string"},
            "place": _ref_schema(),
            "status": {"type": "string"},
            "description": {"type": "string"},
        }
    ),
    "Actor": _object(
        {
            "id": {"type": "integer"},
            "slug": {"type": "string"},
            "name": {"type": "string"},
            "url": {"type": "string", "format": "uri"},
            "kind": {"type": "string"},
            "title": {"type": "string", "description": "Role, e.g. Pentagon press secretary"},
            "aliases": {"type": "array", "items": {"type": "string"}},
            "parent": _ref_schema(),
        }
    ),
    "Article": _object(
        {
            "id": {"type": "integer"},
            "url": {"type": "string", "format": "uri", "description": "Canonical URL"},
            "page": {"type": "string", "format": "uri", "description": "The article's page here"},
            "title": {"type": "string"},
            "author": {"type": "string"},
            "published_on": NULLABLE_DATE,
            "language": {"type": "string"},
            "outlet": OUTLET,
            "status": {"type": "string"},
            "claims_found": NULLABLE_INTEGER,
        }
    ),
    "Errors": _object(
        {
            "errors": {
                "type": "object",
                "additionalProperties": {"type": "array", "items": {"type": "string"}},
            }
        }
    ),
}


def _parameter_schema(field: forms.Field) -> dict:
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": [value for value, _ in field.choices if value]}
    if isinstance(field, forms.DateField):
        return {"type": "string", "format": "date"}
    if isinstance(field, forms.IntegerField):
        return {"type": "integer", "minimum": field.min_value or 0}
    return {"type": "string"}


def query_parameters(*form_classes) -> list[dict]:
    """The query parameters the given forms accept, described from their fields."""
    parameters = []
    for form_class in form_classes:
        for name, field in form_class.base_fields.items():
            description = " ".join(
                str(part) for part in (field.label or "", field.help_text) if part
            )
            parameters.append(
                {
                    "name": name,
                    "in": "query",
                    "required": False,
                    "schema": _parameter_schema(field),
                    **({"description": description} if description else {}),
                }
            )
    return parameters


def _list_operation(summary: str, schema: str, parameters: list, *, previous: bool) -> dict:
    page = {
        "next": {"type": ["string", "null"], "format": "uri"},
        "results": {"type": "array", "items": {"$ref": f"#/components/schemas/{schema}"}},
    }
    if previous:
        page["previous"] = {"type": ["string", "null"], "format": "uri"}
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "One page; follow `next` for the following one",
                    "content": {"application/json": {"schema": _object(page)}},
                },
                "400": {
                    "description": "A filter could not be used; the message says why",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}
                    },
                },
                "401": {"description": "Sign-in required (when the site requires it to read)"},
            },
        }
    }


def openapi_document(server_url: str) -> dict:
    """The whole OpenAPI 3.1 document, with `server_url` as the API's base."""
    # Imported here: the views import this module.
    from .views.api import ActorListForm, ArticleListForm, TopicListForm

    return {
        "openapi": "3.1.0",
        "info": {
            "title": "claimwatch API",
            "version": "1",
            "description": "Read-only: who asserted which figure, when, and where it was reported.",
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/claims/": _list_operation(
                "Claims, filtered as on the home page",
                "Claim",
                query_parameters(ClaimFilterForm, PageForm),
                previous=True,
            ),
            "/topics/": _list_operation(
                "Topics", "Topic", query_parameters(TopicListForm), previous=False
            ),
            "/actors/": _list_operation(
                "Actors", "Actor", query_parameters(ActorListForm), previous=False
            ),
            "/articles/": _list_operation(
                "Articles", "Article", query_parameters(ArticleListForm), previous=False
            ),
        },
        "components": {"schemas": SCHEMAS},
    }
