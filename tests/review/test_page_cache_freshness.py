"""Writes that send no save signals still make the cached page pieces stale at once."""

import pytest

from claims.models import Claim
from claims.pagecache import data_version
from claims.services import claims_bulk_confirm
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def test_bulk_confirmation_refreshes_cached_pages(editor, django_capture_on_commit_callbacks):
    claims = ClaimFactory.create_batch(2, status=Claim.Status.PROPOSED)
    before = data_version()

    with django_capture_on_commit_callbacks(execute=True):
        claims_bulk_confirm(claim_ids=[claim.pk for claim in claims], user=editor)

    assert data_version() != before
