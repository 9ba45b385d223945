"""Who may change data: editors (members of the Editors group) and staff."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

EDITORS_GROUP = "Editors"


def is_editor(user) -> bool:
    """Editors submit articles and review claims; staff are editors too."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    # Asked by the view's decorator and again by the template's context processor: one query.
    if not hasattr(user, "_is_editor"):
        user._is_editor = user.groups.filter(name=EDITORS_GROUP).exists()
    return user._is_editor


def editor_required(view):
    """Send anonymous visitors to sign in; refuse signed-in readers with 403."""

    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not is_editor(request.user):
            raise PermissionDenied("Only editors can change data.")
        return view(request, *args, **kwargs)

    return wrapper
