#!/usr/bin/env bash
# Benchmark: ingest and search on the seed corpus scaled 1x, 10x and 100x (re-dated copies).
# Each scale runs in its own JVM so peak memory is its own. The 1x run embeds everything (cold);
# 10x and 100x start from the 1x embedding cache, since re-dated copies carry the same text.
# Usage: bench/run.sh [scales...]   (run from the project root after `mvn package`)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bot/target/newsbot.jar
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
scales=("${@:-1 10 100}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| scale | pages | passages | ingest s | passages/s | embedded | model emb/s | ingest/model | query p50 ms | query p99 ms | of which query embedding p50 ms | BM25 alone p50 ms | dense alone p50 ms | index MB | peak RSS MB | re-open s | re-open embeddings |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for s in ${scales[@]}; do
  warm=()
  [ "$s" != 1 ] && [ -d "$work/1/data/embeddings" ] && warm=(--warm-cache "$work/1/data/embeddings")
  java -Xmx4g -jar "$jar" bench --scale "$s" --work "$work/$s" "${warm[@]}" 2>/dev/null | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
print("| {scale}x | {pages} | {passages} | {ingest_seconds} | {passages_per_second} | {embeddings_computed} | {model_embeddings_per_second} | {ratio} | {query_p50_ms} | {query_p99_ms} | {query_embedding_p50_ms} | {bm25_only_p50_ms} | {dense_only_p50_ms} | {mb:.1f} | {peak_rss_mb} | {reopen_seconds} | {reopen_embeddings} |".format(
    mb=r["index_bytes"] / 1048576, ratio=r["ingest_to_model_ratio"] or "cached", **r))'
done
