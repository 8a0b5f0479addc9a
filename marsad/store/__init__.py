"""Storage of articles and event records in a SQL database (SQLite by default)."""

from marsad.store.load import IngestResult, ingest
from marsad.store.store import DEFAULT_URL, QueryError, Store, StoreError, default_url

__all__ = ["DEFAULT_URL", "IngestResult", "QueryError", "Store", "StoreError", "default_url",
           "ingest"]
