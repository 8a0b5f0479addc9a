"""The web app's count cache: answers kept a few seconds, one computation per request at a time."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("fastapi")
from marsad.web.app import CountCache  # noqa: E402

KEY = ("/api/actors", "country=IRQ")
ANSWER = {"actors": [{"id": "IRQ", "name": "الحكومة العراقية", "events": 3}]}


def test_an_answer_is_kept_for_its_seconds_per_key():
    cache, calls = CountCache(seconds=60), []

    def compute():
        calls.append(1)
        return ANSWER

    assert cache.get(KEY, compute) is ANSWER
    assert cache.get(KEY, compute) is ANSWER
    assert len(calls) == 1
    cache.get(("/api/actors", "country=SYR"), compute)
    assert len(calls) == 2
    cache.clear()
    cache.get(KEY, compute)
    assert len(calls) == 3
    expired = CountCache(seconds=0)
    expired.get(KEY, compute)
    expired.get(KEY, compute)
    assert len(calls) == 5


def test_a_request_asking_what_is_being_computed_waits_for_that_answer():
    cache = CountCache(seconds=60)
    calls, entered, release = [], threading.Event(), threading.Event()

    def slow():
        calls.append("first")
        entered.set()
        assert release.wait(30)
        return ANSWER

    def again():
        calls.append("again")  # only if the second request computed it too
        return {"actors": []}

    answers = {}
    first = threading.Thread(target=lambda: answers.update(first=cache.get(KEY, slow)))
    first.start()
    assert entered.wait(30)
    second = threading.Thread(target=lambda: answers.update(second=cache.get(KEY, again)))
    second.start()  # finds no answer kept and the first computing it: waits (or, if it
    release.set()   # comes after the first is done, finds its answer)
    first.join(30)
    second.join(30)
    assert calls == ["first"]
    assert answers == {"first": ANSWER, "second": ANSWER}
    assert cache.computing == {}


def test_a_failed_computation_is_not_kept():
    cache = CountCache(seconds=60)

    def broken():
        raise RuntimeError("قاعدة البيانات مشغولة")

    with pytest.raises(RuntimeError):
        cache.get(KEY, broken)
    assert cache.computing == {}
    assert cache.get(KEY, lambda: ANSWER) is ANSWER
