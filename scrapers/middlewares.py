"""Project middlewares: none yet.

Scrapy's own robots.txt, retry (with 429), offsite and AutoThrottle middlewares cover what the
spiders need; parse errors are caught and counted by the spiders' base class, where a unit test
can see them. Add a middleware here only for behaviour that no spider can own.
"""
