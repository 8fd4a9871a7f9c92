"""Minimal GraphQL client for a running `newsgraph serve`, standard library only.

The example scripts in this folder import it; copy it along with them.
"""

import json
import urllib.error
import urllib.request

DEFAULT_URL = "http://127.0.0.1:8080/graphql"


class GraphQLError(Exception):
    """The server answered with GraphQL errors (or not at all)."""


def query(url, text, variables=None, timeout=60):
    """POST one GraphQL operation and return its data, raising GraphQLError on errors."""
    body = json.dumps({"query": text, "variables": variables or {}}).encode("utf-8")
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            payload = json.load(resp)
    except urllib.error.HTTPError as e:
        # gqlgen answers bad queries with 422 and a JSON body worth showing.
        detail = e.read().decode("utf-8", "replace")
        raise GraphQLError(f"{url}: HTTP {e.code}: {detail}") from e
    except urllib.error.URLError as e:
        raise GraphQLError(f"{url}: {e.reason} (is `newsgraph serve` running?)") from e
    if payload.get("errors"):
        msgs = "; ".join(err.get("message", "?") for err in payload["errors"])
        raise GraphQLError(f"{url}: {msgs}")
    return payload["data"]


def pages(url, text, field, variables=None, page_size=20):
    """Yield every node of a Relay connection at top-level `field`, page by page.

    text must take $first: Int and $after: String and select
    `edges { node { ... } } pageInfo { hasNextPage endCursor }` under field.
    """
    after = None
    while True:
        vars_ = dict(variables or {}, first=page_size, after=after)
        conn = query(url, text, vars_)[field]
        for edge in conn["edges"]:
            yield edge["node"]
        if not conn["pageInfo"]["hasNextPage"]:
            return
        after = conn["pageInfo"]["endCursor"]
