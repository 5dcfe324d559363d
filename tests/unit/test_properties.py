"""Property-based tests of URL canonicalisation and text normalisation: idempotent, total on any
input, and keeping what pipeline/urls.py, pipeline/text.py and docs/dedup.md promise."""

from __future__ import annotations

import codecs
import re
import unicodedata
from urllib.parse import parse_qsl, urlsplit

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.extract import decode_html, page_encoding
from pipeline.text import body_hash, clean_whitespace, normalize_text
from pipeline.urls import TRACKING_PARAMS, TRACKING_PREFIXES, canonical_url, same_site

# Pure functions: many examples are cheap. Derandomized so that CI sees the same examples each run.
FAST = settings(max_examples=200, derandomize=True, database=None)
SOME = settings(max_examples=100, derandomize=True, database=None)

# --- strategies -------------------------------------------------------------------------------

LOWER = "abcdefghijklmnopqrstuvwxyz"
SLUG = LOWER + "0123456789-"
HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
TRACKING_KEYS = (
    *sorted(TRACKING_PARAMS),
    "utm_source", "utm_medium", "utm_campaign", "UTM_Content", "Utm_Term", "pk_campaign",
    "mtm_kwd", "hsa_acc", "oly_enc_id", "vero_id",
)

label = st.text(LOWER + "0123456789", min_size=1, max_size=8)
# A host with no mobile/AMP prefix of its own: the form canonical_url keeps.
bare_host = st.builds(
    lambda names, tld: ".".join([*names, tld]),
    st.lists(label.filter(lambda s: s + "." not in HOST_PREFIXES), min_size=1, max_size=3),
    st.sampled_from(["com", "org", "kz", "uz", "cn", "ru", "co.uk"]),
)
idn_host = st.sampled_from([
    "пример.рф", "ШОС.РФ", "例子.中国", "bücher.de", "XN--E1AFMKFD.XN--P1AI", "δοκιμή.gr",
])
ip_host = st.sampled_from(["127.0.0.1", "[::1]", "10.0.0.7", "[2001:db8::1]"])
any_host = st.one_of(
    bare_host,
    st.builds(lambda p, h: p + h, st.sampled_from(HOST_PREFIXES), bare_host),
    st.builds(str.upper, bare_host),
    idn_host,
    ip_host,
    st.text(max_size=12),  # anything at all where the host goes
)
port = st.one_of(
    st.just(""),
    st.sampled_from([":80", ":443", ":8080", ":", ":0", ":65535", ":65536", ":99999", ":x"]),
    st.integers(0, 70000).map(lambda n: f":{n}"),
)
path_segment = st.one_of(
    st.text(SLUG, min_size=1, max_size=12),
    st.sampled_from(["amp", "AMP", "index.html", "a.amp.html", "%2F", "%41", "..", ".", "", "~u",
                     "шос", "上合组织", "a b", "%zz", "%"]),
    st.text(max_size=6),
)
url_path = st.builds(lambda parts, slash: "/" + "/".join(parts) + slash,
                     st.lists(path_segment, max_size=5), st.sampled_from(["", "/", "//"]))
query_key = st.one_of(st.sampled_from(TRACKING_KEYS), st.text(LOWER, min_size=1, max_size=6),
                      st.text(max_size=6))
query = st.lists(st.tuples(query_key, st.text(max_size=8)), max_size=5).map(
    lambda pairs: "&".join(f"{k}={v}" for k, v in pairs))
url_ish = st.builds(
    lambda scheme, host, port, path, query, fragment: (
        f"{scheme}{host}{port}{path}{'?' + query if query else ''}{fragment}"),
    st.sampled_from(["https://", "http://", "HTTPS://", "HtTp://", "//", "ftp://", "mailto:", "",
                     " https://"]),
    any_host, port, url_path, query,
    st.one_of(st.just(""), st.text(max_size=8).map(lambda s: "#" + s)),
)
any_url = st.one_of(url_ish, st.text(max_size=60))


def is_tracking(key: str) -> bool:
    """The module's notion of a tracking parameter, restated."""
    return key.lower() in TRACKING_PARAMS or key.lower().startswith(TRACKING_PREFIXES)


ArticleUrl = tuple[str, str, list[str], dict[str, str], str]


@st.composite
def article_url(draw: st.DrawFn) -> ArticleUrl:
    """An article URL in its canonical spelling: (url, host, path segments, params, suffix)."""
    host = draw(bare_host)
    segments = draw(st.lists(st.text(SLUG, min_size=1, max_size=10)
                             .filter(lambda s: s.lower() != "amp"), min_size=1, max_size=4))
    suffix = draw(st.sampled_from(["", ".html"]))
    params = draw(st.dictionaries(st.text(LOWER, min_size=1, max_size=5).filter(
        lambda k: not is_tracking(k)), st.text(SLUG, max_size=5), max_size=3))
    query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    url = f"https://{host}/{'/'.join(segments)}{suffix}" + (f"?{query}" if query else "")
    return url, host, segments, params, suffix


@st.composite
def spelt_otherwise(draw: st.DrawFn) -> tuple[str, str]:
    """An article URL and another spelling of it that docs/dedup.md and README.md say shares its
    key: http, a www./m./amp. host in any case, the default port, an AMP path, a trailing slash,
    doubled slashes, tracking parameters, a fragment, the parameters in another order."""
    url, host, segments, params, suffix = draw(article_url())
    scheme = draw(st.sampled_from(["https", "http", "HTTPS", "Http"]))
    default_port = ":443" if scheme.lower() == "https" else ":80"
    netloc = draw(st.sampled_from(["", *HOST_PREFIXES])) + host
    netloc = "".join(c.upper() if draw(st.booleans()) else c for c in netloc)
    netloc += draw(st.sampled_from(["", default_port]))
    path = "/" + "/".join(segments) + suffix
    amp = draw(st.sampled_from(["", "suffix", "prefix", "extension"] if suffix else
                               ["", "suffix", "prefix"]))
    if amp == "suffix":
        path += draw(st.sampled_from(["/amp", "/amp/", "/AMP"]))
    elif amp == "prefix":
        path = "/amp" + path
    elif amp == "extension":
        path = path.removesuffix(".html") + ".amp.html"
    if draw(st.booleans()):
        path = path.replace("/", "//", 1)
    if suffix == "" and amp != "suffix" and draw(st.booleans()):
        path += "/"
    pairs = [(k, v) for k, v in params.items()]
    pairs += draw(st.lists(st.tuples(st.sampled_from(TRACKING_KEYS),
                                     st.text(SLUG, max_size=6)), max_size=3))
    pairs = draw(st.permutations(pairs))
    query = "&".join(f"{k}={v}" for k, v in pairs)
    fragment = draw(st.sampled_from(["", "#", "#comments", "#:~:text=SCO"]))
    variant = f"{scheme}://{netloc}{path}" + (f"?{query}" if query else "") + fragment
    return url, variant


# --- canonical_url ----------------------------------------------------------------------------

@FAST
@given(any_url)
@example("https://www.amp.astanatimes.com/2024/07/x/")  # two prefixes: both go, in one call
@example("https://astanatimes.com/2024/07/x/amp/amp/")
@example("https://astanatimes.com//amp/2024/07/x")
@example("https://astanatimes.com/2024/07/x/amp//")
@example("https://astanatimes.com:99999/2024/07/x")  # not a port: left as it is, no ValueError
@example("https://astanatimes.com:x/")
@example("http://[::1/a")
def test_canonical_url_is_total_and_idempotent(url: str) -> None:
    key = canonical_url(url)
    assert isinstance(key, str)
    assert canonical_url(key) == key


@FAST
@given(url_ish)
def test_a_canonicalised_url_has_the_promised_form(url: str) -> None:
    key = canonical_url(url)
    if key == url.strip():
        return  # not an http(s) URL with a host: left alone, as documented
    parts = urlsplit(key)
    assert parts.scheme == "https"
    assert parts.netloc == parts.netloc.lower()
    assert not parts.netloc.startswith(HOST_PREFIXES) or parts.netloc.count(".") < 2
    assert parts.port not in (80, 443)
    assert "#" not in key
    assert parts.path == "/" or not parts.path.endswith("/")
    assert "//" not in parts.path
    assert not any(is_tracking(k) for k, _ in parse_qsl(parts.query, keep_blank_values=True))


@FAST
@given(spelt_otherwise())
@example(("https://tass.com/world/2010455",
          "HTTP://WWW.Tass.com:80//world/2010455/?utm_source=x&FBCLID=y#top"))
def test_every_spelling_of_a_url_has_its_key(urls: tuple[str, str]) -> None:
    url, variant = urls
    assert canonical_url(variant) == canonical_url(url)


@FAST
@given(article_url())
def test_content_parameters_and_path_survive(parts: ArticleUrl) -> None:
    url, host, segments, params, suffix = parts
    key = urlsplit(canonical_url(url))
    assert key.netloc == host
    assert key.path == "/" + "/".join(segments) + suffix
    assert dict(parse_qsl(key.query, keep_blank_values=True)) == params


@FAST
@given(article_url(), article_url())
def test_different_articles_keep_different_keys(a: ArticleUrl, b: ArticleUrl) -> None:
    (url_a, host_a, path_a, params_a, suffix_a), (url_b, host_b, path_b, params_b, suffix_b) = a, b
    if (host_a, path_a, params_a, suffix_a) != (host_b, path_b, params_b, suffix_b):
        assert canonical_url(url_a) != canonical_url(url_b)


@FAST
@given(st.sampled_from(["mailto:a@b.c", "ftp://x.org/a/", "javascript:void(0)", "tel:+7", "",
                        "/relative/path/", "x.org/a", "https:///nohost"]),
       st.sampled_from(["", " ", "\n\t"]))
def test_what_is_not_an_http_url_is_only_stripped(url: str, space: str) -> None:
    assert canonical_url(space + url + space) == url


# --- same_site --------------------------------------------------------------------------------

@FAST
@given(any_url, st.lists(st.one_of(bare_host, st.text(max_size=10)), max_size=3))
@example("http://[::1", ("x.org",))
def test_same_site_never_raises(url: str, domains: list[str]) -> None:
    assert isinstance(same_site(url, tuple(domains)), bool)


@FAST
@given(bare_host, st.lists(label, max_size=2), st.sampled_from(["http", "https", "HTTPS"]),
       st.sampled_from(["", ":8080", ":443"]), url_path, st.booleans(), st.booleans())
def test_same_site_takes_the_domain_and_its_subdomains_in_any_case(
        domain: str, subdomains: list[str], scheme: str, port: str, path: str,
        upper_url: bool, upper_domain: bool) -> None:
    host = ".".join([*subdomains, domain])
    url = f"{scheme}://{host.upper() if upper_url else host}{port}{path}"
    assert same_site(url, ("other.example", domain.upper() if upper_domain else domain))


@FAST
@given(bare_host, st.text(LOWER + "-0123456789", min_size=1, max_size=8), url_path)
@example("astanatimes.com", "evil-", "/x")
def test_same_site_refuses_a_host_that_only_ends_like_the_domain(
        domain: str, prefix: str, path: str) -> None:
    assert not same_site(f"https://{prefix}{domain}{path}", (domain,))


# --- normalize_text, body_hash, clean_whitespace ----------------------------------------------

any_text = st.one_of(
    st.text(),
    st.text(st.characters(codec="utf-8"), max_size=200),
    # spaces of every kind, punctuation, and letters whose case or compatibility forms are tricky
    st.text(" \t\n\r\u00a0\u2028\u3000\x0b\x0c\x1c\x85.,;!?-–—«»“”…'\"" "ÀéßİıΣσςﬁ²½Ⅻ①ǅǰΐ",
            max_size=40),
)
words = st.lists(st.one_of(
    st.text(LOWER + LOWER.upper() + "0123456789", min_size=1, max_size=10),
    st.sampled_from(["ШОС", "Астана", "декларация", "上合组织", "宣言", "Şanghay", "ölkələr"]),
), min_size=1, max_size=12)
separator = st.text(" \t\n\r\u00a0\u3000.,;:!?-–—«»“”…()[]'\"/", min_size=1, max_size=4)


@FAST
@given(any_text)
@example("ǰ")  # casefold() decomposes these into a letter and a combining mark
@example("ΐ")
def test_normalize_text_is_total_and_idempotent(text: str) -> None:
    norm = normalize_text(text)
    assert normalize_text(norm) == norm


@FAST
@given(any_text)
def test_normalised_text_has_the_promised_form(text: str) -> None:
    norm = normalize_text(text)
    assert norm == norm.strip()
    assert "  " not in norm and all(c == " " or not c.isspace() for c in norm)
    assert norm.casefold() == norm
    assert unicodedata.normalize("NFKC", norm) == norm
    assert re.fullmatch(r"[\w ]*", norm)


@FAST
@given(words, st.lists(separator, min_size=12, max_size=12), st.sampled_from(["", " ", "... ",
                                                                                "\n« "]))
def test_body_hash_ignores_spacing_punctuation_and_case(
        parts: list[str], separators: list[str], edge: str) -> None:
    plain = " ".join(parts)
    spaced = edge + "".join(w + s for w, s in zip(parts, separators, strict=False)) + edge
    assert body_hash(spaced) == body_hash(plain)
    assert body_hash(plain.upper()) == body_hash(plain.lower()) == body_hash(plain)


# A small alphabet, so that two draws often normalise to the same text.
near_texts = st.text("aAbB .,-\n", max_size=8)


@FAST
@given(near_texts, near_texts)
def test_body_hashes_match_exactly_when_the_normalised_texts_do(a: str, b: str) -> None:
    assert (body_hash(a) == body_hash(b)) == (normalize_text(a) == normalize_text(b))


@FAST
@given(st.one_of(st.none(), any_text))
def test_body_hash_is_none_exactly_when_nothing_is_left_to_compare(text: str | None) -> None:
    digest = body_hash(text)
    if normalize_text(text or ""):
        assert digest is not None and len(digest) == 64
        assert body_hash(normalize_text(text or "")) == digest
    else:
        assert digest is None


@FAST
@given(st.one_of(st.none(), any_text))
def test_clean_whitespace_is_total_and_idempotent(text: str | None) -> None:
    cleaned = clean_whitespace(text)
    assert clean_whitespace(cleaned) == cleaned
    if cleaned is None:
        assert text is None or not text.strip()
        return
    for line in cleaned.split("\n"):
        assert line and line == line.strip() and "  " not in line
    assert cleaned.split() == (text or "").split()


# --- decode_html, page_encoding ---------------------------------------------------------------

CHARSETS = ["utf-8", "UTF8", "iso-8859-1", "latin-1", "windows-1251", "gb2312", "gbk", "shift_jis",
            "koi8-r", "utf-16", "utf-32", "utf-7", "x-user-defined", "nonsense", "", "idna",
            "punycode", "undefined", "rot13", "base64", "hex", "zlib", "unicode_escape"]
content_type = st.one_of(
    st.none(),
    st.sampled_from(CHARSETS).map(lambda c: f"text/html; charset={c}"),
    st.sampled_from(CHARSETS).map(lambda c: f"text/html; charset={c}".encode()),
    st.text(max_size=30),
)
meta_charset = st.sampled_from(CHARSETS).map(lambda c: f'<meta charset="{c}">'.encode())
page_bytes = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda meta, body: meta + body, meta_charset, st.binary(max_size=200)),
    st.builds(lambda bom, text, enc: bom + text.encode(enc, errors="replace"),
              st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]),
              st.text(max_size=100), st.sampled_from(["utf-8", "cp1251", "gb2312", "utf-16"])),
)


@SOME
@given(page_bytes, content_type)
@example(b"<p>x</p>", "text/html; charset=idna")  # idna decodes nothing with errors="replace"
@example(b"<p>x</p>", "text/html; charset=undefined")  # a codec that decodes nothing at all
@example(b'<meta charset="punycode"><p>\xc3\xa9</p>', None)
@example(b"a..b", b"text/html; charset=idna")
def test_decode_html_never_raises_and_picks_a_usable_codec(
        data: bytes, header: str | bytes | None) -> None:
    encoding = page_encoding(data, header)
    assert codecs.lookup(encoding)
    assert isinstance(decode_html(data, header), str)
    data.decode(encoding, errors="replace")  # what PageEncodingMiddleware makes Scrapy do


@SOME
@given(st.text(), st.sampled_from([None, "text/html", "text/html; charset=utf-8"]))
def test_undeclared_utf8_comes_back_as_it_was(text: str, header: str | None) -> None:
    if "charset" in text.lower() or "encoding" in text.lower():
        return  # a declaration in the text may name another charset that fits
    assert decode_html(text.encode("utf-8"), header) == text.removeprefix("\ufeff")


@SOME
@given(st.text())
def test_decode_html_leaves_text_alone(text: str) -> None:
    assert decode_html(text) is text
