from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"

    def ready(self):
        from . import pagecache, pipeline

        pipeline.connect()
        pagecache.connect()
