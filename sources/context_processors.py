from .permissions import is_editor


def editor_flag(request):
    """Lets every template show editor-only links without a query of its own per link."""
    return {"is_editor": is_editor(request.user)}
