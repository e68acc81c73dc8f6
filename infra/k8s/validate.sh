#!/usr/bin/env bash
# Offline check of the Kubernetes manifests (NOT part of ./mvnw verify: CI has no kubectl guarantee).
#   infra/k8s/validate.sh                 # renders overlays/dev, overlays/prod and secrets/, validates them
#   infra/k8s/validate.sh extra.yaml ...  # also validates the given files
# Needs: kubectl (with kustomize) and Node 20+; installs npm deps into infra/k8s/node_modules on first run.
# Checks: Kubernetes JSON schemas (npm kubernetes-models), hand checks for Strimzi/MongoDB/Prometheus CRs,
# the platform's security baseline, the Grafana dashboard JSON, and the alert rules with promtool if installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT

# kubectl without a kubeconfig would call localhost:8080 (the gateway's port); kustomize needs no cluster.
export KUBECONFIG="$out/empty-kubeconfig"; : > "$KUBECONFIG"

if [[ ! -d node_modules/kubernetes-models ]]; then
  npm ci --no-audit --no-fund --silent
fi

files=()
for target in overlays/dev overlays/prod secrets; do
  f="$out/$(echo "$target" | tr / -).yaml"
  kubectl kustomize "$target" > "$f"
  echo "rendered $target: $(grep -c '^kind:' "$f") manifests"
  files+=("$f")
done

node validate.mjs "${files[@]}" "$@"

node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log("OK: grafana-dashboard.json parses")' \
  base/monitoring/grafana-dashboard.json

rules="$out/rules.yml"
node --input-type=module -e '
  import { readFileSync, writeFileSync } from "node:fs"; import { parse, stringify } from "yaml";
  writeFileSync(process.argv[2], stringify(parse(readFileSync(process.argv[1], "utf8")).spec));
' base/monitoring/alert-rules.yaml "$rules"
if command -v promtool >/dev/null 2>&1; then
  promtool check rules "$rules"
else
  echo "promtool not installed (apt-get install prometheus): alert rules only YAML-checked"
fi
echo "ALL CHECKS PASSED"
