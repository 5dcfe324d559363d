"""scowatch: watches the news about the Shanghai Cooperation Organisation and mails digests."""

__version__ = "0.1.0"
