#!/usr/bin/env python3
"""Who met whom most often: pairs of entities by the number of meetings.

    python3 who_met_whom.py [--url URL] [--first N] [--event-types MEET,VISIT]
                            [--entity-types PERSON] [--since D] [--until D]

Prints CSV: a,b,meetings,first,last (dates empty when the events are undated).
"""

import argparse
import csv
import sys

from newsgraph_client import DEFAULT_URL, GraphQLError, query

QUERY = """
query Pairs($types: [String!], $entityTypes: [EntityType!], $since: String, $until: String, $first: Int) {
  activePairs(eventTypes: $types, entityTypes: $entityTypes, since: $since, until: $until, first: $first) {
    a { id name } b { id name } count first last
  }
}
"""


def split(s):
    return [x.strip().upper() for x in s.split(",") if x.strip()] if s else None


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default=DEFAULT_URL)
    p.add_argument("--first", type=int, default=20, help="pairs to list (at most 100)")
    p.add_argument("--event-types", default="MEET", help="comma-separated event types")
    p.add_argument("--entity-types", default="", help="comma-separated entity types, default all")
    p.add_argument("--since")
    p.add_argument("--until")
    args = p.parse_args(argv)
    try:
        data = query(args.url, QUERY, {
            "types": split(args.event_types), "entityTypes": split(args.entity_types),
            "since": args.since, "until": args.until, "first": args.first,
        })
    except GraphQLError as e:
        print(f"who_met_whom: {e}", file=sys.stderr)
        return 1
    out = csv.writer(sys.stdout)
    out.writerow(["a", "b", "meetings", "first", "last"])
    for pair in data["activePairs"]:
        out.writerow([pair["a"]["name"], pair["b"]["name"], pair["count"], pair["first"] or "", pair["last"] or ""])
    return 0


if __name__ == "__main__":
    sys.exit(main())
