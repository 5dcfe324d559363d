"""Scrapy's view of the one item schema: the pipeline's Article dataclass."""

from pipeline.article import Article

__all__ = ["Article"]
