"""Reviewing a claim changes its status or fields, never deletes it, and keeps who and why."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from claims import services
from claims.models import Claim
from tests.factories import ActorFactory, ClaimFactory, TopicFactory

pytestmark = pytest.mark.django_db


def latest_history(claim):
    return claim.history.order_by("-history_date", "-history_id").first()


def test_confirming_marks_the_reviewer_and_records_it(proposals, editor):
    claim = proposals[0]
    services.claim_confirm(claim=claim, user=editor)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.CONFIRMED
    assert claim.reviewed_by == editor and claim.reviewed_at is not None
    record = latest_history(claim)
    assert record.history_user == editor
    assert record.history_change_reason == "Confirmed"


def test_rejecting_keeps_the_claim_and_the_reason(proposals, editor):
    claim = proposals[1]
    services.claim_reject(claim=claim, user=editor, reason="The figure is the Pentagon's, not new")
    assert Claim.objects.filter(pk=claim.pk, status=Claim.Status.REJECTED).exists()
    assert claim not in Claim.objects.visible()
    assert latest_history(claim).history_change_reason == (
        "Rejected: The figure is the Pentagon's, not new"
    )


def test_correcting_changes_the_fields_confirms_and_keeps_the_old_values(proposals, editor):
    claim = proposals[0]
    services.claim_correct(
        claim=claim,
        user=editor,
        changes={"value_low": 11000, "value_high": 12000, "qualifier": Claim.Qualifier.RANGE},
        reason="The minister gave a range",
    )
    claim.refresh_from_db()
    assert (claim.value_low, claim.value_high, claim.qualifier) == (11000, 12000, "range")
    assert claim.is_edited and claim.status == Claim.Status.CONFIRMED
    record = latest_history(claim)
    assert record.history_change_reason == "The minister gave a range"
    assert record.history_user == editor
    delta = record.diff_against(record.prev_record)
    assert {"value_high", "qualifier", "is_edited", "status"} <= set(delta.changed_fields)
    assert record.prev_record.value_high == 11000


def test_a_correction_needs_a_reason(proposals, editor):
    with pytest.raises(ValidationError) as raised:
        services.claim_correct(
            claim=proposals[0], user=editor, changes={"value_low": 12000}, reason="  "
        )
    assert "reason" in raised.value.message_dict


def test_a_correction_that_puts_low_above_high_is_refused_and_changes_nothing(proposals, editor):
    claim = proposals[0]
    with pytest.raises(ValidationError) as raised:
        services.claim_correct(
            claim=claim, user=editor, changes={"value_low": 13000}, reason="typo"
        )
    assert "must not be above the high value" in raised.value.message_dict["value_high"][0]
    assert claim.value_low == 11000  # the caller's object is left as it was
    claim.refresh_from_db()
    assert claim.value_low == 11000 and not claim.is_edited
    assert claim.history.count() == 1


def test_a_correction_that_removes_both_figure_and_statement_is_refused(proposals, editor):
    with pytest.raises(ValidationError) as raised:
        services.claim_correct(
            claim=proposals[0],
            user=editor,
            changes={"value_low": None, "value_high": None},
            reason="not a figure",
        )
    assert "statement" in raised.value.message_dict


def test_a_correction_that_changes_nothing_says_so(proposals, editor):
    with pytest.raises(ValidationError, match="Nothing was changed"):
        services.claim_correct(
            claim=proposals[0], user=editor, changes={"value_low": 11000}, reason="looks right"
        )


def test_review_status_cannot_be_set_through_a_correction(proposals, editor):
    with pytest.raises(ValidationError, match="cannot be corrected: status"):
        services.claim_correct(
            claim=proposals[0], user=editor, changes={"status": "confirmed"}, reason="sneaky"
        )


def test_moving_takes_on_the_topic_and_records_where_from(proposals, editor):
    claim = proposals[0]
    killed = TopicFactory(category="killed", subject="North Korean soldiers", title="NK killed")
    services.claim_move(claim=claim, user=editor, topic=killed, reason="it counts deaths")
    claim.refresh_from_db()
    assert claim.topic == killed
    assert (claim.category, claim.subject, claim.place) == ("killed", killed.subject, killed.place)
    assert claim.is_edited
    assert latest_history(claim).history_change_reason == (
        "Moved from North Korean troops in Kursk to NK killed: it counts deaths"
    )


def test_moving_to_the_same_topic_is_refused(proposals, editor, topic):
    with pytest.raises(ValidationError, match="already in"):
        services.claim_move(claim=proposals[0], user=editor, topic=topic)


def test_bulk_confirm_confirms_only_proposals_and_records_each(proposals, editor):
    rejected = ClaimFactory(status=Claim.Status.REJECTED)
    count = services.claims_bulk_confirm(
        claim_ids=[proposals[0].pk, proposals[1].pk, rejected.pk, 999999], user=editor
    )
    assert count == 2
    assert set(Claim.objects.confirmed().values_list("pk", flat=True)) >= {
        proposals[0].pk,
        proposals[1].pk,
    }
    rejected.refresh_from_db()
    assert rejected.status == Claim.Status.REJECTED
    for claim in proposals:
        record = latest_history(claim)
        assert record.history_user == editor
        assert record.history_change_reason == "Confirmed (bulk)"
        assert record.status == Claim.Status.CONFIRMED


def test_a_confirmed_correction_supersedes_the_older_figure_from_the_same_actor(editor, topic):
    pentagon = ActorFactory(name="Pentagon")
    older = ClaimFactory(
        topic=topic,
        actor=pentagon,
        value_low=8000,
        value_high=8000,
        stated_on=datetime.date(2024, 10, 28),
    )
    other_actor = ClaimFactory(topic=topic, stated_on=datetime.date(2024, 10, 20))
    newer = ClaimFactory(
        topic=topic,
        actor=pentagon,
        value_low=10000,
        value_high=10000,
        stated_on=datetime.date(2024, 11, 4),
        status=Claim.Status.PROPOSED,
    )

    assert list(services.claims_superseded_by(newer)) == [older]
    with pytest.raises(ValidationError, match="Confirm this claim"):
        services.claim_supersede_older(claim=newer, user=editor)

    services.claim_confirm(claim=newer, user=editor)
    assert services.claim_supersede_older(claim=newer, user=editor) == 1
    older.refresh_from_db()
    other_actor.refresh_from_db()
    assert older.status == Claim.Status.SUPERSEDED
    assert other_actor.status == Claim.Status.CONFIRMED
    assert latest_history(older).history_change_reason == f"Superseded by claim #{newer.pk}"


def test_nothing_is_ever_deleted(proposals, editor, topic):
    first, second = proposals
    services.claim_reject(claim=first, user=editor)
    services.claim_correct(claim=second, user=editor, changes={"value_low": 9000}, reason="r")
    services.claim_move(claim=second, user=editor, topic=TopicFactory())
    assert Claim.objects.count() == 2
    assert not Claim.history.filter(history_type="-").exists()
