"""Reading behind a sign-in, when the READ_REQUIRES_LOGIN setting asks for it."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse

# Always reachable: signing in (and resetting a password), the admin's own sign-in, static files.
OPEN_PREFIXES = ("/accounts/", "/admin/", "/healthz/")


class ReadRequiresLoginMiddleware:
    """Send anonymous visitors to sign in before they read anything; the API answers 401.

    A middleware rather than a decorator on each view, so a page added later cannot be forgotten.
    The setting is read on every request, so tests (and a settings reload) can switch it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.READ_REQUIRES_LOGIN
            and not request.user.is_authenticated
            and not self.is_open(request.path_info)
        ):
            if request.path_info.startswith("/api/"):
                return JsonResponse({"errors": {"auth": ["Sign in to read."]}}, status=401)
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)

    @staticmethod
    def is_open(path: str) -> bool:
        static_prefix = "/" + settings.STATIC_URL.lstrip("/")
        return path.startswith((*OPEN_PREFIXES, static_prefix))
