#!/usr/bin/env python3
"""The most mentioned (or most central) entities of each month.

    python3 top_entities_per_month.py [--url URL] [--first N] [--by MENTIONS|PAGERANK|DEGREE|BETWEENNESS]
                                      [--types PERSON,ORGANIZATION] [--from YYYY-MM --to YYYY-MM]

Months default to those with published articles. Prints CSV: month,rank,entity,type,score.
"""

import argparse
import calendar
import csv
import sys

from newsgraph_client import DEFAULT_URL, GraphQLError, pages, query

DOCUMENTS = """
query Docs($first: Int, $after: String) {
  documents(first: $first, after: $after) { edges { node { published } } pageInfo { hasNextPage endCursor } }
}
"""

TOP = """
query Top($by: RankMetric, $types: [EntityType!], $since: String, $until: String, $first: Int) {
  topEntities(by: $by, types: $types, since: $since, until: $until, first: $first) {
    entity { id name type } score position
  }
}
"""


def month_range(first, last):
    y, m = map(int, first.split("-"))
    ly, lm = map(int, last.split("-"))
    while (y, m) <= (ly, lm):
        yield f"{y:04d}-{m:02d}"
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default=DEFAULT_URL)
    p.add_argument("--first", type=int, default=5, help="entities per month (at most 100)")
    p.add_argument("--by", default="MENTIONS")
    p.add_argument("--types", default="", help="comma-separated entity types, default all")
    p.add_argument("--from", dest="start", help="first month YYYY-MM")
    p.add_argument("--to", dest="end", help="last month YYYY-MM")
    args = p.parse_args(argv)
    types = [t.strip().upper() for t in args.types.split(",") if t.strip()] or None
    try:
        if args.start and args.end:
            months = list(month_range(args.start, args.end))
        else:
            seen = {d["published"][:7] for d in pages(args.url, DOCUMENTS, "documents", page_size=100) if d["published"]}
            months = sorted(seen)
        out = csv.writer(sys.stdout)
        out.writerow(["month", "rank", "entity", "type", "score"])
        for month in months:
            y, m = map(int, month.split("-"))
            last_day = calendar.monthrange(y, m)[1]
            data = query(args.url, TOP, {"by": args.by.upper(), "types": types, "since": f"{month}-01",
                                         "until": f"{month}-{last_day:02d}", "first": args.first})
            for r in data["topEntities"]:
                if r["score"] == 0:
                    continue  # nothing more this month
                score = int(r["score"]) if args.by.upper() in ("MENTIONS", "DEGREE") else round(r["score"], 6)
                out.writerow([month, r["position"], r["entity"]["name"], r["entity"]["type"], score])
    except GraphQLError as e:
        print(f"top_entities_per_month: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
