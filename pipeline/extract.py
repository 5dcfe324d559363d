"""Generic article extraction from HTML: body and metadata, independent of any outlet's layout."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import trafilatura


@dataclass(frozen=True)
class ExtractedPage:
    """What the generic extractor found on a page; any field may be missing."""

    title: str | None
    body: str | None
    published_at: datetime | None
    author: str | None
    language: str | None
    canonical_url: str | None
    description: str | None


def extract_page(html: str | bytes, url: str | None = None) -> ExtractedPage:
    """Extract body text and metadata from one HTML page with trafilatura."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return ExtractedPage(None, None, None, None, None, None, None)
    return ExtractedPage(
        title=doc.title,
        body=doc.text,
        published_at=None,
        author=doc.author,
        language=doc.language,
        canonical_url=doc.url,
        description=doc.description,
    )
