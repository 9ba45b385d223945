"""What the sources app announces to the rest of the project.

`claims` listens; `sources` never imports from `claims` (the dependency points one way).
"""

import django.dispatch

# Sent with sender=Article, article_id=…, version_id=… after the transaction that stored a new
# version commits. The article's status is already "extracting"; whoever extracts claims calls
# sources.services.article_finish (or article_fail) when it is done.
article_text_ready = django.dispatch.Signal()
