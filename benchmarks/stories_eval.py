"""Story grouping measured on a small hand-checked set (tests/fixtures/stories/items.jsonl).

The set: 17 short Arabic news items written for this project, several events each told by two
or three outlets in different words, with distractors (the same actors on another day, the same
day and place with another event, the same donor and day in another city). Each item carries
the event records a coder reads from it, each labelled with the real event (story) it belongs
to; links.json lists the allegation -> denial and allegation -> confirmation links expected.

Two measurements, pairwise precision and recall of "these two records are one story":
- grouping: marsad.stories on the hand-coded records (the grouping rules alone);
- end to end: marsad.stories on the records the extraction pipeline reads from the texts; an
  extracted record takes the story of the hand-coded record of its article with the same type
  and modality, and one matching none is a story of its own (so extraction errors count).

    .venv/bin/python benchmarks/stories_eval.py [--no-extraction] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from marsad.stories import ArticleInfo, group_events, pairwise_scores

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "stories"


def load_items(folder: Path = FIXTURES) -> list[dict]:
    with open(folder / "items.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def article_infos(items: list[dict]) -> dict[str, ArticleInfo]:
    return {i["id"]: ArticleInfo(i["id"], date.fromisoformat(i["published"]), i["outlet"])
            for i in items}


def gold_records(items: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """The hand-coded events as event records, and each record's story label."""
    records, labels = [], {}
    for item in items:
        for n, event in enumerate(item["events"]):
            record_id = f"{item['id']}#{n}"
            place = event["place"]
            records.append({
                "id": record_id, "article_id": item["id"], "type": event["type"],
                "modality": event["modality"], "source": event["source"],
                "target": event["target"], "claimant": event["claimant"],
                "date": {"start": event["date"], "end": event["date"], "precision": "day"},
                "location": {"lat": place[0], "lon": place[1], "resolution": 4}
                if place else None,
                "evidence": {"text": item["text"], "start": 0, "end": len(item["text"])},
            })
            labels[record_id] = event["story"]
    return records, labels


def extracted_records(items: list[dict]) -> list[dict]:
    """The records the extraction pipeline reads from the items' texts."""
    from marsad.extraction.pipeline import extract_article
    from marsad.model import Article

    records = []
    for item in items:
        article = Article(id=item["id"], text=item["text"], title=item.get("title", ""),
                          published=date.fromisoformat(item["published"]),
                          source=item["outlet"])
        records += [event.to_record() for event in extract_article(article)]
    return records


def match_gold(record: dict, gold: list[dict]) -> str | None:
    """The id of the hand-coded record this extracted record tells: same article, type and
    modality (each item tells at most one event of a type and modality), if any."""
    for g in gold:
        if (g["article_id"] == record["article_id"] and g["type"] == record["type"]
                and g["modality"] == record["modality"]):
            return g["id"]
    return None


def link_scores(stories, labels: dict[str, str], expected: dict) -> dict:
    """Precision and recall of the allegation links, stories named by their members' labels."""
    def label(story) -> str | None:
        found = [labels.get(e["event_id"]) for e in story.evidence]
        found = [f for f in found if f]
        return max(set(found), key=found.count) if found else None

    names = {s.id: label(s) for s in stories}
    found = {("denials", names[s.id], names[d]) for s in stories for d in s.denied_by}
    found |= {("confirmations", names[s.id], names[c]) for s in stories for c in s.confirmed_by}
    gold = {(kind, a, b) for kind, pairs in expected.items() for a, b in pairs}
    right = found & gold
    return {"found": len(found), "expected": len(gold), "right": len(right),
            "precision": len(right) / len(found) if found else 1.0,
            "recall": len(right) / len(gold) if gold else 1.0}


def evaluate(extraction: bool = True, folder: Path = FIXTURES, **options) -> dict:
    """Every figure of the benchmark as a dict; `options` go to group_events."""
    items = load_items(folder)
    expected = json.loads((folder / "links.json").read_text(encoding="utf-8"))
    infos = article_infos(items)
    gold, labels = gold_records(items)
    stories = group_events(gold, infos, **options)
    result = {"items": len(items), "records": len(gold), "stories": len(set(labels.values())),
              "grouping": pairwise_scores(
                  [[e["event_id"] for e in s.evidence] for s in stories], labels),
              "links": link_scores(stories, labels, expected)}
    if extraction:
        extracted = extracted_records(items)
        as_gold = {r["id"]: match_gold(r, gold) or r["id"] for r in extracted}
        stories = group_events(extracted, infos, **options)
        groups = [[as_gold[e["event_id"]] for e in s.evidence] for s in stories]
        result["end_to_end"] = {
            "records": len(extracted),
            "matched": sum(1 for r in extracted if as_gold[r["id"]] in labels),
            **pairwise_scores(groups, labels)}
        story_labels = {e["event_id"]: labels.get(as_gold[e["event_id"]])
                        for s in stories for e in s.evidence}
        result["end_to_end_links"] = link_scores(
            stories, {k: v for k, v in story_labels.items() if v}, expected)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-extraction", action="store_true",
                        help="measure the grouping of the hand-coded records only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = evaluate(extraction=not args.no_extraction)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"{result['items']} items, {result['records']} hand-coded records, "
          f"{result['stories']} stories")
    for name in ("grouping", "end_to_end"):
        if name in result:
            r = result[name]
            print(f"{name:<11} pairwise P {r['precision']:.3f}  R {r['recall']:.3f}  "
                  f"({r['right']} right of {r['predicted_pairs']} predicted, "
                  f"{r['gold_pairs']} gold pairs)")
    for name in ("links", "end_to_end_links"):
        if name in result:
            r = result[name]
            print(f"{name:<16} P {r['precision']:.3f}  R {r['recall']:.3f}  "
                  f"({r['right']} right of {r['found']} found, {r['expected']} expected)")
    if "end_to_end" in result:
        r = result["end_to_end"]
        print(f"extracted records: {r['records']}, of which {r['matched']} match a hand-coded one")
    return 0


if __name__ == "__main__":
    sys.exit(main())
