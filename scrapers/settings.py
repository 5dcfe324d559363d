"""Scrapy settings for scowatch's spiders: a standard project layout with polite defaults.

Per-run values (user agent, delay, page limit, stats file) are passed by the caller with `-s`; see
pipeline.crawl. Checked against Scrapy 2.19: the asyncio reactor is the default (TWISTED_REACTOR is
left alone), REQUEST_FINGERPRINTER_IMPLEMENTATION is gone, and the new RemoteControl extension is
switched off below.
"""

BOT_NAME = "scowatch"

SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"
# `scrapy crawlgroup PLAN.json`: many sources in one process (scrapers/commands/crawlgroup.py)
COMMANDS_MODULE = "scrapers.commands"

ADDONS: dict[str, int] = {}

# Crawl responsibly: say who we are and where to complain. Operators set their own in
# scowatch.toml (`[crawl] user_agent`), with a contact address or URL, e.g.
# "scowatch/0.1 (+https://example.org/scowatch; ops@example.org)".
USER_AGENT = "scowatch/0.1 (+https://github.com/scowatch/scowatch)"
ROBOTSTXT_OBEY = True

# News sites are shared infrastructure: two requests at a time per site, at least a second
# apart, slower when the site answers slowly.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
# A news page is well under a megabyte; a 10 MB one took seconds and 600 MB of memory to extract
# and stored a 10 MB "body". Bigger answers are cancelled (DownloadCancelledError in the crawl's
# health); sitemaps may be 50 MB by the protocol and get SCOWATCH_SITEMAP_MAXSIZE instead.
DOWNLOAD_MAXSIZE = 4 * 1024 * 1024
DOWNLOAD_WARNSIZE = 1024 * 1024
SCOWATCH_SITEMAP_MAXSIZE = 50 * 1024 * 1024
# A chain this long is refused (and counted) by SiteBoundMiddleware; loops are refused at once.
REDIRECT_MAX_TIMES = 5

# Retry transient failures, including "too many requests", but not forever, and not at once:
# BackoffRetryMiddleware (replacing Scrapy's RetryMiddleware) waits for `Retry-After` or backs off
# exponentially (2 s, 4 s, ... up to 60 s), and gives up on a site asking for more than 5 minutes.
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
SCOWATCH_RETRY_BACKOFF = 2.0
SCOWATCH_RETRY_BACKOFF_MAX = 60.0
SCOWATCH_RETRY_AFTER_MAX = 300.0
# SiteBoundMiddleware replaces OffsiteMiddleware: redirects never leave the source's sites.
# PageEncodingMiddleware sits after decompression (590): it reads the page's bytes.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "scrapers.middlewares.SiteBoundMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapers.middlewares.FailureNotesMiddleware": 540,
    "scrapers.middlewares.BackoffRetryMiddleware": 550,
    "scrapers.middlewares.PageEncodingMiddleware": 585,
}
# HTTP(S) downloads through Scrapy's own handler, after a turn at the site shared by every crawler
# of the process: two sources on one host, crawled together, share that host's delay.
DOWNLOAD_HANDLERS = {
    "http": "scrapers.handlers.SharedSiteDelayHandler",
    "https": "scrapers.handlers.SharedSiteDelayHandler",
}

COOKIES_ENABLED = False
# Unattended batch crawls need no control ports: Scrapy 2.19 turns RemoteControl (an HTTP server
# that runs Python sent to it by a token holder) on by default.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# A crawl must see what the site serves now; reruns are cheap because of robots/throttling.
HTTPCACHE_ENABLED = False

ITEM_PIPELINES = {
    "scrapers.pipelines.StorePipeline": 300,
}
# Articles are stored in batches of this many, and whatever is pending every MAX_WAIT seconds.
SCOWATCH_STORE_BATCH = 25
SCOWATCH_STORE_MAX_WAIT = 2.0

EXTENSIONS = {
    # Writes the stats to SCOWATCH_STATS_FILE for the process that started the crawl.
    "scrapers.extensions.StatsFile": 500,
    # Every crawl ends: its time bound, its parent's death, a drain and a forced exit on stopping.
    "scrapers.bounds.CrawlBounds": 510,
}
# Seconds a crawl may run (0: no bound; `scowatch crawl` passes [crawl] timeout_seconds), and how
# long a stopping crawl may take to close before it is ended by force (scrapers.bounds).
SCOWATCH_TIME_BOUND = 0
SCOWATCH_STOP_GRACE = 10.0

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# scowatch's own settings (spider arguments -a source=/start_urls=/allowed_domains= win over
# SCOWATCH_SOURCE / SCOWATCH_START_URLS / SCOWATCH_ALLOWED_DOMAINS).
SCOWATCH_MAX_PAGES = 3
# Incremental crawls: skip articles already stored, fetch feeds/sitemaps conditionally (only when
# the crawl stores its items). A `since` backfill follows listings up to this many pages.
SCOWATCH_INCREMENTAL = True
# Paging stops at a listing page whose articles are all stored, except in the crawl after one
# that did not end well (`scowatch crawl` turns it off then): that one may have fetched older
# pages' articles without storing them.
SCOWATCH_STOP_AT_STORED = True
SCOWATCH_BACKFILL_MAX_PAGES = 100
