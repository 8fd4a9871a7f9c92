#!/usr/bin/env bash
# Refreshes the third-party scripts the exploration UI serves, so the page
# works offline: npm fetches exact versions into a scratch folder and we copy
# the browser bundles (UMD builds, usable with plain <script> tags) and their
# licences into ui/static/vendor. Run it after changing a version below, look
# at the diff, run `go test ./ui`, and commit the result.
#
#   bash ui/vendor.sh
set -euo pipefail
cd "$(dirname "$0")"

# Pinned versions. cytoscape-fcose needs cose-base, which needs layout-base;
# their UMD builds look each other up as globals, so all three are vendored.
CYTOSCAPE=3.34.4
FCOSE=2.2.0
COSE_BASE=2.2.0
LAYOUT_BASE=2.0.1
# The GraphQL playground (/playground): GraphiQL and the React it runs on, the
# versions gqlgen's playground page names, so the files match its published
# checksums.
GRAPHIQL=4.1.2
REACT=18.2.0

command -v npm >/dev/null || { echo "vendor.sh: npm is required (apt-get install -y npm)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(
  cd "$scratch"
  npm init -y >/dev/null
  npm install --no-audit --no-fund --ignore-scripts --save-exact \
    "cytoscape@$CYTOSCAPE" "cytoscape-fcose@$FCOSE" "cose-base@$COSE_BASE" "layout-base@$LAYOUT_BASE" \
    "graphiql@$GRAPHIQL" "react@$REACT" "react-dom@$REACT" >/dev/null
)

out=static/vendor
rm -rf "$out"
mkdir -p "$out"
copy() { # package, file in package, destination name
  local pkg=$1 file=$2 dest=$3
  mkdir -p "$out/$pkg"
  cp "$scratch/node_modules/$pkg/$file" "$out/$pkg/$dest"
}
copy cytoscape dist/cytoscape.min.js cytoscape.min.js
copy cytoscape LICENSE LICENSE
copy layout-base layout-base.js layout-base.js
copy layout-base LICENSE LICENSE
copy cose-base cose-base.js cose-base.js
copy cose-base LICENSE LICENSE
copy cytoscape-fcose cytoscape-fcose.js cytoscape-fcose.js
copy cytoscape-fcose LICENSE LICENSE
copy graphiql graphiql.min.js graphiql.min.js
copy graphiql graphiql.min.css graphiql.min.css
copy graphiql LICENSE LICENSE
copy react umd/react.production.min.js react.production.min.js
copy react LICENSE LICENSE
copy react-dom umd/react-dom.production.min.js react-dom.production.min.js
copy react-dom LICENSE LICENSE

{
  echo "Third-party browser libraries served by the exploration UI and the playground, fetched by ui/vendor.sh."
  echo "Each folder keeps the package's LICENSE file."
  echo
  for p in cytoscape layout-base cose-base cytoscape-fcose graphiql react react-dom; do
    v=$(node -p "require('$scratch/node_modules/$p/package.json').version")
    l=$(node -p "require('$scratch/node_modules/$p/package.json').license")
    echo "$p $v ($l)"
  done
} > "$out/VERSIONS"
cat "$out/VERSIONS"
