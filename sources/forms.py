"""Forms for submitting articles and feeds, each bad input answered with a message a person reads."""

from django import forms

from .ingest.fetch import decode_body
from .ingest.urls import canonicalize_url

MAX_URLS = 100
MAX_UPLOAD_BYTES = 5_000_000
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")


def _checked_url(value: str) -> str:
    url = value.strip()
    if url:
        try:
            canonicalize_url(url)
        except ValueError as error:
            raise forms.ValidationError(f"That address is not usable: {error}.") from None
    return url


class UrlsForm(forms.Form):
    """One web address, or many, one a line."""

    urls = forms.CharField(
        label="Addresses",
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": "https://…  (one a line)"}),
        help_text=f"One address, or up to {MAX_URLS}, one a line.",
        error_messages={"required": "Enter at least one address."},
    )

    def clean_urls(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            raise forms.ValidationError("Enter at least one address.")
        if len(lines) > MAX_URLS:
            raise forms.ValidationError(
                f"That is {len(lines)} addresses; submit at most {MAX_URLS} at a time."
            )
        problems, seen, urls = [], set(), []
        for number, line in enumerate(lines, start=1):
            try:
                canonical = canonicalize_url(line)
            except ValueError as error:
                problems.append(f"Line {number}: {error}.")
                continue
            if canonical not in seen:  # the same page twice in one paste is one submission
                seen.add(canonical)
                urls.append(line)
        if problems:
            raise forms.ValidationError(problems)
        return urls


class TextForm(forms.Form):
    """Pasted text, for paywalled or offline material, with what is known about it."""

    text = forms.CharField(
        label="Article text",
        widget=forms.Textarea(attrs={"rows": 8}),
        strip=True,
        error_messages={"required": "Paste the article's text."},
    )
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False, help_text="Who published it")
    url = forms.CharField(
        label="Address", max_length=2000, required=False, help_text="Where it was published"
    )
    published_on = forms.DateField(
        label="Published on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the date as YYYY-MM-DD."},
    )

    def clean_url(self) -> str:
        return _checked_url(self.cleaned_data["url"])


class UploadForm(forms.Form):
    """A saved HTML page (the browser's "Save page as…")."""

    file = forms.FileField(
        label="HTML file",
        error_messages={
            "required": "Choose a saved HTML page to upload.",
            "empty": "That file is empty.",
        },
    )
    url = forms.CharField(
        label="Address",
        max_length=2000,
        required=False,
        help_text="Where the page was published, if the file does not say",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"That file is {upload.size / 1_000_000:.1f} MB; the limit is "
                f"{MAX_UPLOAD_BYTES / 1_000_000:g} MB."
            )
        name = (upload.name or "").lower()
        content_type = (upload.content_type or "").split(";")[0].strip().lower()
        if not name.endswith(HTML_EXTENSIONS) and content_type not in {
            "text/html",
            "application/xhtml+xml",
        }:
            raise forms.ValidationError(
                f"That is not an HTML file ({content_type or 'unknown type'}); save the page as "
                "HTML, or paste its text instead."
            )
        body = upload.read()
        if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise forms.ValidationError("That file is not an HTML page (it holds binary data).")
        html, _ = decode_body(body)
        if "<" not in html:
            raise forms.ValidationError("That file holds no HTML.")
        return html

    def clean_url(self) -> str:
        return _checked_url(self.cleaned_data["url"])


class FeedForm(forms.Form):
    """An RSS or Atom feed to follow."""

    url = forms.CharField(
        label="Feed address",
        max_length=2000,
        error_messages={"required": "Enter the feed's address."},
    )
    title = forms.CharField(max_length=300, required=False)

    def clean_url(self) -> str:
        return _checked_url(self.cleaned_data["url"])
