#!/usr/bin/env bash
# The archive benchmark table of the README (issue #10): one `bench --json --days N` per row, each
# in its own JVM (and each serving phase in a JVM of its own with the recommended heap, so the
# peak RSS is the serving process's). A row is N days of generated pages (8 a day) plus the seed
# pages; "N" embeds every passage with the real model, "Ns" gives the generated passages synthetic
# vectors (labelled: it measures the index mechanics, not answer quality).
#   bench/run.sh                 # 1 30 365s 3650s
#   bench/run.sh 30 --compare    # real vectors, plus int8-vs-float recall@10 and hit@1/MRR
#   bench/run.sh 82 --compare    # ... on 20,191 passages, the README's comparison
# Set BENCH_JSON_DIR to keep each row's JSON there. Run from anywhere after `mvn -B package
# -DskipTests`. Ten years took 29 minutes here (2 cores) and 8 GB of heap for the one cold ingest
# of the whole decade (serving needs 1 GB); the scratch folder is deleted.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bot/target/newsbot.jar
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
compare=()
rows=()
for a in "$@"; do
  if [ "$a" = "--compare" ]; then compare=(--compare-float32); else rows+=("$a"); fi
done
[ ${#rows[@]} -gt 0 ] || rows=(1 30 365s 3650s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| days | vectors | pages | passages | cold ingest s | passages/s (model alone) | add a day s | index MB | re-open s | re-open embeddings | ask p50 / p99 ms | search p50 ms | BM25 alone p50 ms | dense alone p50 ms | serving peak RSS MB (-Xmx; anon + file at the end) | qa-dev hit@1 / MRR |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
  days=${row%s}
  synthetic=()
  [ "$row" != "$days" ] && synthetic=(--synthetic-vectors)
  heap=3g
  [ "$days" -gt 1000 ] && heap=8g
  java -Xmx$heap -jar "$jar" bench --json --days "$days" "${synthetic[@]}" "${compare[@]}" \
      --work "$work/$row" 2>"$work/$row.log" | tee "$work/$row.json" | python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
model = r["model_embeddings_per_second"]
rate = "{} ({})".format(r["ingest_passages_per_second"], model) if model else r["ingest_passages_per_second"]
print("| {days} | {v} | {pages:,} | {passages:,} | {ingest_seconds} | {rate} | {add_day_seconds} | {mb:,.0f} | {reopen_seconds} | {reopen_embeddings} | {ask_p50_ms} / {ask_p99_ms} | {search_p50_ms} | {bm25_p50_ms} | {dense_p50_ms} | {peak_rss_mb:,} ({serve_heap}; {rss_anon_mb:,} + {rss_file_mb:,}) | {hit_at_1} / {mrr} |".format(
    v="synthetic" if r["synthetic_vectors"] else "real", rate=rate,
    mb=r["index_bytes"] / 1048576, **r))
q = r.get("quantization")
if q:
    print("|   | int8 vs float32 on {queries} questions: recall@10 of the {depth} dense candidates the retriever asks for {int8_recall_at_10} vs {float32_recall_at_10} (10 asked for: {int8_graph_recall_at_10} vs {float32_graph_recall_at_10}); qa-dev hit@1 {int8_hit_at_1} vs {float32_hit_at_1}, MRR {int8_mrr} vs {float32_mrr} |".format(**q))
' || { echo "row $row failed; its log:" >&2; tail -20 "$work/$row.log" >&2; }
[ -n "${BENCH_JSON_DIR:-}" ] && cp "$work/$row.json" "$BENCH_JSON_DIR/$row.json"
rm -rf "${work:?}/$row"
done
