"""Atom feeds of confirmed claims: one per topic, one per actor (with the actors nested under it)."""

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed

from ..models import Actor, Claim, Topic

FEED_LENGTH = 50


class ClaimFeed(Feed):
    """What topic and actor feeds share: the newest confirmed claims, each linking to its page."""

    feed_type = Atom1Feed

    def confirmed_claims(self, claims):
        return claims.confirmed().select_related("actor", "article__outlet", "place")[:FEED_LENGTH]

    def item_title(self, claim):
        figure = claim.figure_display() or claim.statement[:80]
        who = claim.actor.name if claim.actor else claim.actor_name or "reported"
        return f"{figure} {claim.subject}: {who}".strip()

    def item_description(self, claim):
        outlet = claim.article.outlet.name if claim.article.outlet else claim.article.url
        where = f" in {claim.place.name}" if claim.place else ""
        return f"{claim.get_category_display()}{where}. “{claim.quote}” ({outlet})"

    def item_pubdate(self, claim):
        day = claim.reported_on or claim.created_at.date()
        return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)

    def item_updateddate(self, claim):
        return claim.updated_at

    def item_author_name(self, claim):
        return claim.actor.name if claim.actor else None


class TopicFeed(ClaimFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def title(self, topic):
        return f"{topic.title}: confirmed claims"

    def link(self, topic):
        return topic.get_absolute_url()

    def subtitle(self, topic):
        return f"New confirmed figures on {topic.title}, newest first."

    def items(self, topic):
        return self.confirmed_claims(Claim.objects.about(topic))


class ActorFeed(ClaimFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Actor, slug=slug)

    def title(self, actor):
        return f"{actor.name}: confirmed claims"

    def link(self, actor):
        return actor.get_absolute_url()

    def subtitle(self, actor):
        return f"New confirmed figures asserted by {actor.name} and those under it."

    def items(self, actor):
        claims = Claim.objects.filter(actor_id__in=Actor.descendant_ids(actor.pk))
        return self.confirmed_claims(claims)


topic_feed = TopicFeed()
actor_feed = ActorFeed()
