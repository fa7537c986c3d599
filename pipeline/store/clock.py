"""The store's clock: when a row was loaded, or a migration applied."""

from __future__ import annotations

import datetime as dt
import os


def now() -> str:
    """Now (UTC, to the second), or ``SOURCE_DATE_EPOCH`` when set (reproducible databases, as for reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch and epoch.isdigit() else dt.datetime.now(dt.timezone.utc)
    return moment.replace(microsecond=0).isoformat()
