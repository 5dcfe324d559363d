"""Shared pieces of the scowatch DAGs: the assets that chain them and default task arguments.

No DAG lives here. Nothing here touches the database or reads the configuration at import time.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

from airflow.sdk import Asset

# Updated by sco_scrape when at least one source stored its articles.
ARTICLES_STORED = Asset(name="scowatch_articles_stored", uri="scowatch://articles/stored")
# Updated by sco_process after new articles were deduplicated, tagged and registered.
ARTICLES_PROCESSED = Asset(name="scowatch_articles_processed", uri="scowatch://articles/processed")

DEFAULT_ARGS: dict[str, Any] = {
    "owner": "scowatch",
    "retries": 2,
    "retry_delay": timedelta(minutes=2),
    "retry_exponential_backoff": True,
}

TAGS = ["scowatch"]


def config_path() -> Path:
    """The scowatch.toml the tasks use: $SCOWATCH_CONFIG, else the one beside dags/."""
    return Path(os.environ.get("SCOWATCH_CONFIG") or Path(__file__).resolve().parents[1]
                / "scowatch.toml")


def load_settings() -> Any:
    """scowatch Settings for a task (imported inside the task, never at parse time)."""
    from pipeline.config import load_settings as _load

    return _load(config_path())
