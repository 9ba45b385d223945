"""Canonical forms of article URLs, and the outlet domain a URL belongs to.

Two submissions of the same article must land on the same row, so the canonical form drops what
differs between shares of one page (tracking parameters, fragments, default ports, letter case of
the scheme and host) and keeps everything else exactly as it was, in its order.
"""

from urllib.parse import unquote_plus, urlsplit, urlunsplit

# Query parameters that say who shared a link or which campaign it came from, never which page.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "mc_cid",
        "mc_eid",
        "igshid",
        "igsh",
        "ref_src",
        "ref_url",
        "ocid",
        "cmpid",
        "cmp",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "s_kwcid",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "__twitter_impression",
        "smid",
        "sr_share",
        "xtor",
        "ito",
        "taid",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "wt.mc_id",
        "wt_mc_id",
        "spm",
        "share_id",
        "vero_id",
        "oly_enc_id",
        "oly_anon_id",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "itm_")
DEFAULT_PORTS = {"http": 80, "https": 443}
OUTLET_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def _is_tracking(name: str) -> bool:
    name = unquote_plus(name).strip().lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def _host(parts, url: str) -> str:
    try:
        host = parts.hostname
        port = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError as error:
        raise ValueError(f"this address has a malformed host or port: {url}") from error
    if not host:
        raise ValueError(f"this address names no site: {url}")
    host = host.rstrip(".").lower()
    if not host or any(character in host for character in " \t\n\\/<>\"'`{}|^%@"):
        raise ValueError(f"this address has a malformed host: {url}")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    else:
        try:  # internationalised names in the form they travel in
            host = host.encode("idna").decode("ascii")
        except UnicodeError as error:
            raise ValueError(f"this address has a malformed host: {url}") from error
    if port is not None and port != DEFAULT_PORTS[parts.scheme.lower()]:
        host = f"{host}:{port}"
    return host


def canonicalize_url(url: str) -> str:
    """The canonical form of an http(s) URL: lower-case scheme and host, no default port, no
    fragment, no user name or password, no tracking parameters; path and other parameters untouched.

    Raises ValueError with a message a person can act on for anything that is not a well-formed
    http or https address.
    """
    url = (url or "").strip()
    if not url:
        raise ValueError("no address given")
    if any(ord(character) < 32 or character == " " for character in url):
        raise ValueError("this address contains spaces or control characters")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if not scheme:
        raise ValueError(f"this address has no scheme; it should start with https:// ({url})")
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"only http and https addresses can be fetched, not {scheme}:")
    host = _host(parts, url)
    query = "&".join(
        piece
        for piece in parts.query.split("&")
        if piece and not _is_tracking(piece.split("=", 1)[0])
    )
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def outlet_domain(url: str) -> str:
    """The domain an outlet is known by: the URL's host in lower case without "www.", "m." or
    "amp." ("https://www.Reuters.com/x" -> "reuters.com")."""
    parts = urlsplit(url.strip() if "//" in url else f"//{url.strip()}")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise ValueError(f"this address names no site: {url}")
    stripped = True
    while stripped:
        stripped = False
        for prefix in OUTLET_PREFIXES:
            rest = host.removeprefix(prefix)
            if rest != host and "." in rest:
                host, stripped = rest, True
    return host
