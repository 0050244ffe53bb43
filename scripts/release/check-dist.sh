#!/usr/bin/env bash
# Usage: scripts/release/check-dist.sh [REPO_DIR]   (run after `npm run bundle`)
# Exits 1 when the committed dist/ differs from what src/ builds (changed, deleted or new
# files under dist/), 0 when it is identical. REPO_DIR defaults to this repository.
set -euo pipefail
cd "${1:-$(dirname "$0")/../..}"
changes="$(git status --porcelain -- dist)"
if [ -n "$changes" ]; then
  echo "dist/ is out of date with src/: run 'npm run bundle', commit dist/, and tag that commit." >&2
  printf '%s\n' "$changes" >&2
  git diff --stat -- dist >&2
  exit 1
fi
echo "dist/ matches src/."
