"""URL canonicalisation: one key per article however a link spells it."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that track the reader rather than select the content.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "yclid", "msclkid", "igshid", "mc_cid",
    "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "referrer", "cmpid", "ito", "spm",
    "share", "from", "source", "src", "via", "at_medium", "at_campaign", "ocid", "smid",
    "amp", "outputtype", "output", "utm",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_", "vero_")
AMP_HOST_PREFIXES = ("amp.", "m.", "mobile.", "www.")
AMP_PATH = re.compile(r"(/amp/?$)|(^/amp(?=/))|(\.amp(?=\.html?$))", re.IGNORECASE)


@lru_cache(maxsize=8192)  # a crawl asks for a URL's key when it is listed and when it is stored
def canonical_url(url: str) -> str:
    """The key of an article URL: https, bare lower-case host, no tracking or trailing slash."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return url
        # w3lib first reads backslashes, dot segments, IDN and escapes as a browser does, so that
        # nothing removed below comes back when a key is canonicalised again.
        parts = urlsplit(canonicalize_url(url, keep_fragments=False))
        port = parts.port
    except ValueError:  # "[" around no IPv6 address, a port that is no number: not a page's URL
        return url
    if not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    # Until none is left, so that a key canonicalised again stays the same (www.amp.x.org).
    while host.startswith(AMP_HOST_PREFIXES) and host.count(".") >= 2:
        host = host.split(".", 1)[1]
    host = f"[{host}]" if ":" in host else host  # an IPv6 address keeps its brackets
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path)
    # Until nothing changes, so that a key canonicalised again stays the same (/x/amp/amp/).
    previous = None
    while path != previous:
        previous, path = path, AMP_PATH.sub("", path.rstrip("/"))
    path = path or "/"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _is_tracking(k)])
    rebuilt = urlunsplit(("https", netloc, path, query, ""))
    return canonicalize_url(rebuilt, keep_fragments=False)


def _is_tracking(key: str) -> bool:
    k = key.lower()
    return k in TRACKING_PARAMS or k.startswith(TRACKING_PREFIXES)


def same_site(url: str, domains: tuple[str, ...]) -> bool:
    """True when `url`'s host is one of `domains` or a subdomain of one."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # "[" around no IPv6 address
        return False
    return any(host == d or host.endswith("." + d) for d in (x.lower() for x in domains))
