#!/usr/bin/env python3
"""Co-occurrence network: entities named in the same article, as CSV for Gephi or pandas.

    python3 cooccurrence_csv.py [--url URL] [--types PERSON,ORGANIZATION] [--min-weight N]
                                [--nodes nodes.csv] [--out edges.csv]

Edges CSV (stdout by default): Source,Target,Weight,source_name,target_name, one row per
pair of entities appearing together in Weight articles. --nodes also writes Id,Label,type,documents.
"""

import argparse
import collections
import csv
import itertools
import sys

from newsgraph_client import DEFAULT_URL, GraphQLError, pages, query

# Small document pages (5, see main): each asks for up to 100 entities, and the
# server bounds the cost of one query (documents x entities) at 5000.
DOCUMENTS = """
query Docs($first: Int, $after: String) {
  documents(first: $first, after: $after) {
    edges { node { id entities(first: 100) { edges { node { id name type } } pageInfo { hasNextPage endCursor } } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

MORE_ENTITIES = """
query More($id: ID!, $after: String) {
  document(id: $id) { entities(first: 100, after: $after) {
    edges { node { id name type } } pageInfo { hasNextPage endCursor } } }
}
"""


def document_entities(url, doc):
    """All entities of a document, following its entity pages past the first."""
    conn = doc["entities"]
    ents = [e["node"] for e in conn["edges"]]
    while conn["pageInfo"]["hasNextPage"]:
        conn = query(url, MORE_ENTITIES, {"id": doc["id"], "after": conn["pageInfo"]["endCursor"]})["document"]["entities"]
        ents.extend(e["node"] for e in conn["edges"])
    return ents


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default=DEFAULT_URL)
    p.add_argument("--types", default="", help="comma-separated entity types to keep, default all")
    p.add_argument("--min-weight", type=int, default=1, help="leave out pairs seen together in fewer articles")
    p.add_argument("--out", help="edges CSV file (default stdout)")
    p.add_argument("--nodes", help="also write a nodes CSV here")
    args = p.parse_args(argv)
    keep = {t.strip().upper() for t in args.types.split(",") if t.strip()}
    weights = collections.Counter()
    info = {}
    docs_of = collections.Counter()
    try:
        for doc in pages(args.url, DOCUMENTS, "documents", page_size=5):
            ents = [e for e in document_entities(args.url, doc) if not keep or e["type"] in keep]
            ids = sorted({e["id"] for e in ents})
            for e in ents:
                info[e["id"]] = e
            docs_of.update(ids)
            weights.update(itertools.combinations(ids, 2))
    except GraphQLError as e:
        print(f"cooccurrence_csv: {e}", file=sys.stderr)
        return 1
    rows = sorted(((a, b, w) for (a, b), w in weights.items() if w >= args.min_weight),
                  key=lambda r: (-r[2], r[0], r[1]))
    out = open(args.out, "w", newline="", encoding="utf-8") if args.out else sys.stdout
    try:
        w = csv.writer(out)
        w.writerow(["Source", "Target", "Weight", "source_name", "target_name"])
        for a, b, n in rows:
            w.writerow([a, b, n, info[a]["name"], info[b]["name"]])
    finally:
        if args.out:
            out.close()
    if args.nodes:
        linked = {x for a, b, _ in rows for x in (a, b)}
        with open(args.nodes, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["Id", "Label", "type", "documents"])
            for i in sorted(linked):
                w.writerow([i, info[i]["name"], info[i]["type"], docs_of[i]])
    print(f"cooccurrence_csv: {len(docs_of)} entities, {len(rows)} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
