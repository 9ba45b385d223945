"""Failures of fetching and extraction, each with a message a person understands."""


class FetchError(Exception):
    """A fetch that failed, e.g. "the site answered 404" or "the page is larger than 5 MB".

    `transient` marks failures worth retrying later (timeouts, connection errors, 429, 5xx);
    `retry_after` is how many seconds the site asked us to wait, when it said so.
    """

    def __init__(self, message: str, *, transient: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.message = message
        self.transient = transient
        self.retry_after = retry_after

    def __str__(self):
        return self.message


class BlockedAddress(FetchError):
    """The URL, or a redirect it led to, names an address the fetcher must never reach."""

    def __init__(self, message: str = "this address is not allowed"):
        super().__init__(message, transient=False)


class NotAnArticle(Exception):
    """The page was fetched but holds no article text."""

    def __init__(self, message: str = "no article text found on the page"):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return self.message
