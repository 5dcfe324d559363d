"""The one item schema that crosses the Scrapy/pipeline border: an extracted article."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Article:
    """One article page as a spider extracted it, before storage."""

    url: str
    source: str
    title: str | None = None
    body: str | None = None
    published_at: datetime | None = None  # always tz-aware when set
    author: str | None = None
    section: str | None = None
    language: str | None = None
    page_canonical_url: str | None = None  # rel=canonical / og:url as the page declares it
    description: str | None = None
    # which method produced each field ("selector", "jsonld", "meta", "generic"), for health
    provenance: dict[str, str] = field(default_factory=dict)

    def missing_fields(self) -> list[str]:
        """Names of the essential fields that extraction could not fill."""
        wanted = ("title", "body", "published_at", "author")
        return [name for name in wanted if not getattr(self, name)]
