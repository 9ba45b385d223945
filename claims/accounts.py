"""Signing in, with failed attempts limited per address and username.

After LOGIN_FAILURE_LIMIT failed sign-ins for one username from one address within
LOGIN_FAILURE_WINDOW seconds, that pair is refused until the window (counted from the first failure)
has passed, even with the right password, so guessing cannot simply carry on. The counts live in
the Django cache (Redis in production), shared by every web process.
"""

import hashlib
import math
import time

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core.cache import cache


def _key(request, username: str) -> str:
    # The address is REMOTE_ADDR, never X-Forwarded-For, which any client can write.
    who = f"{request.META.get('REMOTE_ADDR', '')}|{username.strip().casefold()}"
    return "login-failures:" + hashlib.sha256(who.encode()).hexdigest()


def login_failures(request, username: str) -> tuple[int, float]:
    """How many recent failures this address and username have, and seconds until they expire."""
    key = _key(request, username)
    values = cache.get_many([key, key + ":start"])
    count, started = values.get(key, 0), values.get(key + ":start")
    remaining = started + settings.LOGIN_FAILURE_WINDOW - time.time() if started else 0
    return count, max(remaining, 0)


def login_failure_record(request, username: str) -> None:
    """Count one failed sign-in; the window starts at the first failure and is not extended."""
    key, window = _key(request, username), settings.LOGIN_FAILURE_WINDOW
    cache.add(key + ":start", time.time(), window)
    cache.add(key, 0, window)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)


def login_failures_clear(request, username: str) -> None:
    key = _key(request, username)
    cache.delete_many([key, key + ":start"])


class LoginView(auth_views.LoginView):
    """Django's sign-in page, refusing an address and username after too many failures."""

    def post(self, request, *args, **kwargs):
        username = request.POST.get("username", "")
        count, remaining = login_failures(request, username)
        if count >= settings.LOGIN_FAILURE_LIMIT:
            # The form is not validated at all: that would check the password.
            form = self.get_form_class()(request, initial={"username": username})
            minutes = max(1, math.ceil(remaining / 60))
            refused = (
                "Too many failed sign-ins for this username from your address. "
                f"Try again in {minutes} minute{'s' if minutes != 1 else ''}."
            )
            context = self.get_context_data(form=form, refused=refused)
            response = self.render_to_response(context)
            response.status_code = 429
            response["Retry-After"] = str(math.ceil(remaining))
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        login_failure_record(self.request, self.request.POST.get("username", ""))
        return super().form_invalid(form)

    def form_valid(self, form):
        login_failures_clear(self.request, self.request.POST.get("username", ""))
        return super().form_valid(form)
