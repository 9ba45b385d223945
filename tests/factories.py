"""factory_boy factories for every model: small, valid defaults that tests override."""

import datetime

import factory
from django.contrib.auth import get_user_model

from claims.models import Actor, Category, Claim, Place, Topic
from sources.models import Article, ArticleVersion, Feed, Outlet


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("domain",)

    name = factory.Sequence(lambda n: f"Outlet {n}")
    domain = factory.Sequence(lambda n: f"outlet{n}.example")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    url = factory.Sequence(lambda n: f"https://news.example/articles/{n}")
    title = factory.Sequence(lambda n: f"Article {n}")
    outlet = factory.SubFactory(OutletFactory)
    published_on = datetime.date(2024, 11, 1)
    status = Article.Status.DONE


class ArticleVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleVersion

    article = factory.SubFactory(ArticleFactory)
    title = factory.LazyAttribute(lambda version: version.article.title)
    text = "Officials said about 10,000 soldiers had arrived."


class FeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feed

    url = factory.Sequence(lambda n: f"https://news.example/feed/{n}.xml")


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Actor {n}")
    slug = factory.Sequence(lambda n: f"actor-{n}")
    kind = Actor.Kind.STATE


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"Place {n}")
    slug = factory.Sequence(lambda n: f"place-{n}")
    kind = Place.Kind.REGION


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    category = Category.DEPLOYED
    subject = "North Korean troops"
    place = factory.SubFactory(PlaceFactory)
    slug = factory.Sequence(lambda n: f"topic-{n}")


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    topic = factory.SubFactory(TopicFactory)
    article = factory.SubFactory(ArticleFactory)
    actor = factory.SubFactory(ActorFactory)
    category = factory.LazyAttribute(lambda claim: claim.topic.category if claim.topic else "other")
    subject = factory.LazyAttribute(lambda claim: claim.topic.subject if claim.topic else "")
    place = factory.LazyAttribute(lambda claim: claim.topic.place if claim.topic else None)
    value_low = 10000
    value_high = 10000
    qualifier = Claim.Qualifier.APPROXIMATELY
    wording = "about 10,000"
    quote = "about 10,000 soldiers"
    stated_on = datetime.date(2024, 11, 1)
    status = Claim.Status.CONFIRMED
