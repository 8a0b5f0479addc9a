"""The HTTP API (FastAPI): thin routes over marsad.web.queries and the Store.

`create_app(db_url, token)` builds the app; `marsad serve` runs it with uvicorn. Reads are
open; writes (POST /api/articles) need `Authorization: Bearer <token>`, the token coming
from the argument or $MARSAD_TOKEN (without one, writes are refused). Every bad request
gets a 4xx answer {"error": "..."}.
"""

from __future__ import annotations

import hmac
import io
import json
import os
import threading
import time
import warnings
import zipfile
from collections import OrderedDict
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from starlette.exceptions import HTTPException

from marsad.errors import InputError
from marsad.export.csvfile import write_csv
from marsad.export.jsonl import write_jsonl
from marsad.store import QueryError, Store, StoreError
from marsad.store.schema import articles, events
from marsad.web import queries
from marsad.web.queries import EventFilter

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
MAX_BODY = 10 * 1024 * 1024  # bytes of one POST
MAX_UNPACKED = 100 * 1024 * 1024  # bytes inside an uploaded zip archive
MAX_ARTICLES = 1000  # articles of one POST
FORMATS = ("json", "jsonl", "csv")
MEDIA = {"json": "application/json", "jsonl": "application/x-ndjson",
         "csv": "text/csv; charset=utf-8"}


class ApiError(HTTPException):
    """A request the API refuses, with its status and a message for the caller."""


class CountCache:
    """The answers of the count endpoints (timeline, network, actors, places, summary) for a
    few seconds: dashboards ask the same counts again and again, and each reads every event.
    Articles added through the API clear it; those added by `marsad ingest` meanwhile show
    after at most `seconds`. One answer is computed at a time per request: requests asking
    the same meanwhile wait for it rather than compute it again (at once, after it expires)."""

    def __init__(self, seconds: float = 10.0, size: int = 256) -> None:
        self.seconds, self.size = seconds, size
        self.items: OrderedDict = OrderedDict()
        self.computing: dict = {}  # key -> the lock its computation holds
        self.lock = threading.Lock()

    def _fresh(self, key):
        """(True, answer) if a fresh answer is kept for `key`; call with self.lock held."""
        hit = self.items.get(key)
        if hit is not None and time.monotonic() - hit[0] < self.seconds:
            return True, hit[1]
        return False, None

    def get(self, key, compute):
        with self.lock:
            found, value = self._fresh(key)
            if found:
                return value
            computing = self.computing.setdefault(key, threading.Lock())
        with computing:
            with self.lock:  # computed by another request while this one waited?
                found, value = self._fresh(key)
            if found:
                return value
            started = time.monotonic()
            try:
                value = compute()
            except BaseException:
                with self.lock:
                    self.computing.pop(key, None)
                raise
            with self.lock:  # kept before its lock goes: a request now finds the answer
                self.items[key] = (started, value)
                self.items.move_to_end(key)
                while len(self.items) > self.size:
                    self.items.popitem(last=False)
                self.computing.pop(key, None)
            return value

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


def create_app(db_url: str | None = None, token: str | None = None) -> FastAPI:
    """The Marsad web app on the database at `db_url` ($MARSAD_DB, else sqlite:///marsad.db).

    The database is created if missing (POST /api/articles fills it).
    """
    store = Store(db_url, create=True)
    try:
        queries.prepare(store.engine)
    except SQLAlchemyError as error:  # a read-only database still serves, only slower
        warnings.warn(f"{store.shown_url}: cannot create the web's indexes ({error})")
    token = token if token is not None else os.environ.get("MARSAD_TOKEN")

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="Marsad", version="0.1.0", lifespan=lifespan,
                  description="Arabic political events (PLOVER) extracted from news articles: "
                              "query them, their articles, counts and networks; add articles.")
    app.state.store = store
    app.state.token = token or None
    _error_handlers(app)
    app.state.counts = CountCache()
    _routes(app, store, app.state.counts)
    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


# -- errors ---------------------------------------------------------------------------------

def _error(status: int, message: str, **extra) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(QueryError)
    async def bad_query(_request, error: QueryError):
        return _error(400, str(error))

    @app.exception_handler(StoreError)
    async def store_unavailable(_request, error: StoreError):
        return _error(503, str(error))

    @app.exception_handler(OperationalError)
    async def database_busy(_request, error: OperationalError):
        # locked, disk full, connection lost: the database, not the request
        return _error(503, f"the database cannot answer now ({' '.join(str(error.orig).split())})")

    @app.exception_handler(Exception)
    async def bug(_request, error: Exception):
        return _error(500, f"internal error ({type(error).__name__}); please report it")

    @app.exception_handler(HTTPException)
    async def http_error(_request, error: HTTPException):
        return JSONResponse({"error": str(error.detail)}, status_code=error.status_code,
                            headers=getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request, error: RequestValidationError):
        problems = []
        for item in error.errors():
            where = ".".join(str(part) for part in item.get("loc", ()) if part != "query")
            problems.append(f"{where}: {item.get('msg', 'invalid')}")
        return _error(422, "; ".join(problems) or "invalid request")


# -- parameters -----------------------------------------------------------------------------

def event_filter(
    type: Annotated[str | None, Query(description="PLOVER type(s), comma-separated")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode")] = None,
    actor: Annotated[str | None, Query(
        description="source or target: code (RUS), group (ISIL) or part of its name or "
                    "Arabic text")] = None,
    country: Annotated[str | None, Query(description="ISO alpha-3 of the location, "
                                                     "comma-separated")] = None,
    since: Annotated[str | None, Query(description="YYYY-MM-DD: events ending on or after")] = None,
    until: Annotated[str | None, Query(description="YYYY-MM-DD: events starting on or before")] = None,
    place: Annotated[str | None, Query(description="part of the place name (English or Arabic)")] = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
    modality: Annotated[str | None, Query(description="modality(ies), comma-separated")] = None,
    claimant: Annotated[str | None, Query(description="claimant code or group; * for any")] = None,
    article: Annotated[str | None, Query(description="article id")] = None,
    q: Annotated[str | None, Query(
        description="words in the evidence, actors or place (Arabic-normalised)")] = None,
    canonical: Annotated[bool, Query(
        description="leave out the events of near-duplicate articles")] = False,
) -> EventFilter:
    return EventFilter(type=type, mode=mode, actor=actor, country=country, since=since,
                       until=until, place=place, bbox=bbox, modality=modality,
                       claimant=claimant, article=article, q=q, canonical=canonical)


Filters = Annotated[EventFilter, Depends(event_filter)]


def _format(request: Request, fmt: str | None) -> str:
    """?format= first, else the Accept header, else JSON."""
    if fmt:
        if fmt not in FORMATS:
            raise ApiError(400, f"format: unknown value {fmt!r} (one of: {', '.join(FORMATS)})")
        return fmt
    accept = request.headers.get("accept", "").lower()
    if "ndjson" in accept or "jsonl" in accept or "json-lines" in accept:
        return "jsonl"
    if "text/csv" in accept:
        return "csv"
    return "json"


# -- routes ---------------------------------------------------------------------------------

def _routes(app: FastAPI, store: Store, counts: CountCache) -> None:

    def counted(request: Request, compute):
        """compute(conn), or its answer to the same request a few seconds ago. The counts
        are plain JSON values: their routes answer JSONResponse, which FastAPI sends as it
        is, rather than walk them with its encoder first (tens of ms for 500 places)."""
        def run():
            with store.engine.connect() as conn:
                return compute(conn)
        return counts.get((request.url.path, request.url.query), run)

    @app.get("/", include_in_schema=False)
    def index():
        page = STATIC / "index.html"
        if page.is_file():
            return FileResponse(page, media_type="text/html")
        return HTMLResponse('<!doctype html><meta charset="utf-8"><title>Marsad</title>'
                            '<p>Marsad API: see <a href="/docs">/docs</a>.</p>')

    @app.get("/api/events", summary="Events matching the filters, one page at a time")
    def list_events(request: Request, filters: Filters,
                    sort: Annotated[str, Query(description=", ".join(queries.SORTS))] = "date",
                    cursor: Annotated[str | None, Query(description="`next` of the previous "
                                                                     "page")] = None,
                    limit: Annotated[int, Query(ge=1, le=queries.MAX_LIMIT)] = 100,
                    format: Annotated[str | None, Query(description="json, jsonl or csv "
                                                                    "(else by Accept)")] = None):
        fmt = _format(request, format)
        with store.engine.connect() as conn:
            page = queries.events_page(conn, filters, sort, cursor, limit)
        headers = {}
        if page.next:
            headers["X-Next-Cursor"] = page.next
        if page.total is not None:
            headers["X-Total-Count"] = str(page.total)
        if fmt == "json":
            return JSONResponse({"events": page.items, "next": page.next, "total": page.total},
                                headers=headers)
        out = io.StringIO(newline="")
        (write_jsonl if fmt == "jsonl" else write_csv)(page.items, out)
        return Response(out.getvalue(), media_type=MEDIA[fmt], headers=headers)

    @app.get("/api/events/{event_id}",
             summary="An event with its article, evidence and the other articles reporting it")
    def get_event(event_id: Annotated[str, PathParam(max_length=200)]):
        with store.engine.connect() as conn:
            found = queries.event_with_context(conn, event_id)
        if found is None:
            raise ApiError(404, f"no event with id {event_id!r}")
        return found

    @app.get("/api/articles", summary="Articles, or those holding every word of q")
    def list_articles(q: Annotated[str | None, Query(
                          description="words of the title or text (Arabic-normalised: "
                                      "امريكا finds أميركا)")] = None,
                      cursor: Annotated[str | None, Query(description="`next` of the "
                                                                      "previous page")] = None,
                      limit: Annotated[int, Query(ge=1, le=queries.MAX_LIMIT)] = 20):
        with store.engine.connect() as conn:
            found, after = queries.search_articles(conn, q, cursor, limit)
        return {"articles": found, "next": after}

    @app.get("/api/articles/{article_id:path}",
             summary="An article with its mentions (actors, places, times, triggers) and events")
    def get_article(article_id: str):
        with store.engine.connect() as conn:
            row = conn.execute(articles.select().where(articles.c.id == article_id)).first()
            if row is None:
                raise ApiError(404, f"no article with id {article_id!r}")
            records = [json.loads(text) for (text,) in conn.execute(
                events.select().with_only_columns(events.c.record)
                .where(events.c.article_id == article_id)
                .order_by(events.c.evidence_start, events.c.id))]
        for record in records:
            record["evidence"]["in"] = queries.evidence_place(row, record["evidence"])
        return {"article": queries.article_summary(row, text=True),
                "mentions": queries.mentions(row.text, row.published), "events": records}

    @app.get("/api/stats/timeline", summary="Event counts per day, week or month")
    def timeline(request: Request, filters: Filters,
                 interval: Annotated[str, Query(description="day, week or month")] = "day",
                 by: Annotated[str, Query(description="type or quad")] = "type"):
        series = counted(request, lambda conn: queries.timeline(conn, filters, interval, by))
        return JSONResponse({"interval": interval, "by": by, "series": series})

    @app.get("/api/network", summary="Actor-to-actor edges with event counts by type")
    def network(request: Request, filters: Filters,
                limit: Annotated[int, Query(ge=1, le=queries.MAX_LIMIT)] = 200):
        return JSONResponse(counted(request, lambda conn: queries.network(conn, filters, limit)))

    @app.get("/api/actors", summary="Actors with how often they are source and target")
    def actors(request: Request, filters: Filters,
               limit: Annotated[int, Query(ge=1, le=queries.MAX_LIMIT)] = 100):
        return JSONResponse({"actors": counted(
            request, lambda conn: queries.actor_counts(conn, filters, limit))})

    @app.get("/api/places", summary="Places with their coordinates and event counts")
    def places(request: Request, filters: Filters,
               limit: Annotated[int, Query(ge=1, le=queries.MAX_LIMIT)] = 500):
        return JSONResponse({"places": counted(
            request, lambda conn: queries.place_counts(conn, filters, limit))})

    @app.get("/api/summary", summary="Counts of articles and events, by type and modality")
    def summary(request: Request):
        return counted(request, queries.summary)

    @app.post("/api/articles", status_code=201, openapi_extra=UPLOAD_SPEC,
              summary="Add articles (JSON, JSON Lines, text or zip; a body or file uploads)",
              responses={401: {"description": "no or wrong token"},
                         403: {"description": "writes are disabled (no token configured)"},
                         413: {"description": "too large"}})
    async def post_articles(request: Request, _: Annotated[None, Depends(require_token)]):
        blobs = await _uploaded(request)
        try:
            return await run_in_threadpool(_ingest, store, blobs)
        finally:
            counts.clear()


UPLOAD_SPEC = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"oneOf": [
        {"type": "object"}, {"type": "array", "items": {"type": "object"}}]}},
    "multipart/form-data": {"schema": {"type": "object", "properties": {
        "file": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
    "text/plain": {"schema": {"type": "string"}},
}}}


# -- writing --------------------------------------------------------------------------------

def require_token(request: Request) -> None:
    """Writes need the configured token as a Bearer token; none configured, no writes."""
    expected = request.app.state.token
    if expected is None:
        raise ApiError(403, "writes are disabled: start the server with a token "
                            "(marsad serve --token, or MARSAD_TOKEN) to add articles")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             expected.encode()):
        raise ApiError(401, "this needs the header Authorization: Bearer <token>",
                       headers={"WWW-Authenticate": "Bearer"})


async def _body(request: Request) -> bytes:
    """The request body, refused (413) beyond MAX_BODY whether or not its length is declared."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "Content-Length is not a number")
        if int(declared) > MAX_BODY:
            raise ApiError(413, f"request body over the limit of {MAX_BODY // 2**20} MB")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError(413, f"request body over the limit of {MAX_BODY // 2**20} MB")
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # Starlette's cache of the body: request.form() parses it from there
    return body


async def _uploaded(request: Request) -> list[tuple[bytes, str]]:
    """(content, name) of each input in the request: the body, or each uploaded file."""
    body = await _body(request)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        try:
            form = await request.form(max_files=100, max_fields=100)
        except Exception as error:  # the multipart parser's errors have no common type
            raise ApiError(400, f"malformed multipart body ({error})") from None
        blobs = []
        for _name, value in form.multi_items():
            if isinstance(value, UploadFile):
                blobs.append((await value.read(), Path(value.filename or "upload").name))
        if not blobs:
            raise ApiError(400, "no file in the multipart body (send files as form fields)")
        return blobs
    names = {"application/json": "request.json", "application/x-ndjson": "request.jsonl",
             "application/jsonl": "request.jsonl", "text/plain": "request.txt",
             "application/zip": "request.zip", "application/octet-stream": "request"}
    if kind not in names:
        raise ApiError(415, f"unsupported Content-Type {kind or '(none)'!r}: send JSON, "
                            "JSON Lines, text, a zip, or multipart/form-data files")
    if not body.strip():
        raise ApiError(400, "empty request body")
    return [(body, names[kind])]


def _ingest(store: Store, blobs: list[tuple[bytes, str]]) -> JSONResponse:
    """Read, extract and save the articles of the uploaded inputs; their events back."""
    from marsad.extraction.pipeline import extract_article
    from marsad.ingest import read_bytes

    errors: list[InputError] = []
    found = []
    for data, name in blobs:
        _check_archive(data, name)
        for article in read_bytes(data, name, on_error=errors.append):
            if len(found) >= MAX_ARTICLES:
                raise ApiError(413, f"more than {MAX_ARTICLES} articles in one request")
            found.append(article)
    if not found:
        reason = errors[0].reason if errors else "nothing readable"
        return _error(400, f"no article could be read: {reason}",
                      errors=[str(e) for e in errors])
    saved = []
    for article in found:
        article_events = extract_article(article)
        store.save(article, article_events)
        records = [event.to_record() for event in article_events]
        saved.append({"id": article.id, "title": article.title, "events": records})
    return JSONResponse({"articles": saved, "events": sum(len(a["events"]) for a in saved),
                         "errors": [str(e) for e in errors]}, status_code=201)


def _check_archive(data: bytes, name: str) -> None:
    """Refuse a zip that would unpack to more than MAX_UNPACKED bytes."""
    if data[:4] != b"PK\x03\x04":
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        return  # read_bytes reports it
    if unpacked > MAX_UNPACKED:
        raise ApiError(413, f"{name}: unpacks to over {MAX_UNPACKED // 2**20} MB")
