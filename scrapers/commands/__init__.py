"""scowatch's Scrapy commands (COMMANDS_MODULE): `scrapy crawlgroup PLAN.json`."""
