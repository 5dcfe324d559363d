"""Scrapy settings for scowatch's spiders: a standard project layout with polite defaults.

Per-run values (user agent, delay, page limit, stats file) are passed by the caller with `-s`; see
pipeline.crawl. Checked against Scrapy 2.19: the asyncio reactor is the default (TWISTED_REACTOR is
left alone), REQUEST_FINGERPRINTER_IMPLEMENTATION is gone, and the new RemoteControl extension is
switched off below.
"""

BOT_NAME = "scowatch"

SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

ADDONS: dict[str, int] = {}

# Crawl responsibly: say who we are and where to complain.
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

# Retry transient failures, including "too many requests", but not forever.
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]

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

EXTENSIONS = {
    # Writes the stats to SCOWATCH_STATS_FILE for the process that started the crawl.
    "scrapers.extensions.StatsFile": 500,
}

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# scowatch's own settings (spider arguments -a source=/start_urls=/allowed_domains= win over
# SCOWATCH_SOURCE / SCOWATCH_START_URLS / SCOWATCH_ALLOWED_DOMAINS).
SCOWATCH_MAX_PAGES = 3
