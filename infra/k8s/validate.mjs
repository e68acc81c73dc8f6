// Validates rendered Kubernetes manifests offline.
//   node validate.mjs FILE.yaml [FILE.yaml ...]      (validate.sh renders the overlays and calls this)
// Built-in kinds: the Kubernetes JSON schemas shipped in npm "kubernetes-models" (strict types, required fields).
// Custom resources (Strimzi, MongoDB operator, Prometheus operator) have no schema there: checked by hand below
// (apiVersion/kind/metadata.name and the spec fields the operators require). Unknown kinds fail.
// Plus platform rules: every Deployment container has probes, limits and the security baseline.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const errors = [];
let checked = 0;
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

const DNS1123 = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
function get(obj, path) {
  return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
}
function need(where, obj, paths) {
  for (const p of paths) {
    const v = get(obj, p);
    if (v === undefined || v === null || v === "") fail(where, `missing ${p}`);
  }
}
const isInt = (v) => Number.isInteger(v);

// --- custom resources ---------------------------------------------------------------------------------------
const custom = {
  "kafka.strimzi.io/v1beta2/Kafka": (w, d) => {
    need(w, d, ["spec.kafka.listeners"]);
    const ls = get(d, "spec.kafka.listeners") ?? [];
    if (!Array.isArray(ls) || ls.length === 0) fail(w, "spec.kafka.listeners must be a non-empty list");
    for (const [i, l] of (Array.isArray(ls) ? ls : []).entries()) {
      if (typeof l.name !== "string" || !/^[a-z0-9]{1,11}$/.test(l.name)) fail(w, `listeners[${i}].name invalid`);
      if (!isInt(l.port) || l.port < 9092) fail(w, `listeners[${i}].port must be an integer >= 9092`);
      if (!["internal", "route", "loadbalancer", "nodeport", "ingress", "cluster-ip"].includes(l.type)) fail(w, `listeners[${i}].type invalid`);
      if (typeof l.tls !== "boolean") fail(w, `listeners[${i}].tls must be boolean`);
    }
    if (get(d, "spec.kafka.authorization.type") !== "simple") fail(w, "spec.kafka.authorization.type must be simple (ACLs from KafkaUsers)");
    for (const [i, l] of (Array.isArray(ls) ? ls : []).entries()) {
      if (!l.authentication?.type) fail(w, `listeners[${i}] needs authentication (ACLs need a known principal)`);
    }
    const ann = get(d, "metadata.annotations") ?? {};
    if (ann["strimzi.io/node-pools"] !== "enabled") fail(w, "needs annotation strimzi.io/node-pools: enabled");
  },
  "kafka.strimzi.io/v1beta2/KafkaNodePool": (w, d) => {
    need(w, d, ["spec.roles", "spec.storage.type"]);
    if (!d.metadata?.labels?.["strimzi.io/cluster"]) fail(w, "missing label strimzi.io/cluster");
    if (!isInt(get(d, "spec.replicas")) || get(d, "spec.replicas") < 1) fail(w, "spec.replicas must be an integer >= 1");
    const roles = get(d, "spec.roles") ?? [];
    if (!Array.isArray(roles) || roles.some((r) => !["controller", "broker"].includes(r))) fail(w, "spec.roles must be controller/broker");
  },
  "kafka.strimzi.io/v1beta2/KafkaTopic": (w, d) => {
    if (!d.metadata?.labels?.["strimzi.io/cluster"]) fail(w, "missing label strimzi.io/cluster");
    if (!isInt(get(d, "spec.partitions")) || get(d, "spec.partitions") < 1) fail(w, "spec.partitions must be an integer >= 1");
    if (!isInt(get(d, "spec.replicas")) || get(d, "spec.replicas") < 1) fail(w, "spec.replicas must be an integer >= 1");
    const isr = get(d, "spec.config")?.["min.insync.replicas"];
    if (isr !== undefined && (!isInt(isr) || isr > get(d, "spec.replicas"))) fail(w, "min.insync.replicas must be an integer <= replicas");
  },
  "kafka.strimzi.io/v1beta2/KafkaUser": (w, d) => {
    if (!d.metadata?.labels?.["strimzi.io/cluster"]) fail(w, "missing label strimzi.io/cluster");
    if (!["scram-sha-512", "tls", "tls-external"].includes(get(d, "spec.authentication.type"))) fail(w, "spec.authentication.type must be scram-sha-512, tls or tls-external");
    if (get(d, "spec.authorization.type") !== "simple") fail(w, "spec.authorization.type must be simple");
    const acls = get(d, "spec.authorization.acls") ?? [];
    if (!Array.isArray(acls) || acls.length === 0) fail(w, "spec.authorization.acls must be a non-empty list");
    const ops = ["Read", "Write", "Create", "Delete", "Alter", "Describe", "ClusterAction", "AlterConfigs", "DescribeConfigs", "IdempotentWrite", "All"];
    for (const [i, a] of (Array.isArray(acls) ? acls : []).entries()) {
      if (!["topic", "group", "cluster", "transactionalId"].includes(a.resource?.type)) fail(w, `acls[${i}].resource.type invalid`);
      if (a.resource?.type !== "cluster" && !a.resource?.name) fail(w, `acls[${i}].resource.name missing`);
      if (a.resource?.patternType && !["literal", "prefix"].includes(a.resource.patternType)) fail(w, `acls[${i}].resource.patternType invalid`);
      if (!Array.isArray(a.operations) || a.operations.length === 0 || a.operations.some((o) => !ops.includes(o))) fail(w, `acls[${i}].operations invalid`);
      // nobody but Strimzi's components creates, deletes or reconfigures topics
      if (a.resource?.type === "topic" && a.operations.some((o) => ["Create", "Delete", "Alter", "AlterConfigs", "All"].includes(o))) fail(w, `acls[${i}]: topic administration is not granted to applications`);
    }
  },
  "mongodbcommunity.mongodb.com/v1/MongoDBCommunity": (w, d) => {
    need(w, d, ["spec.version", "spec.security.authentication.modes"]);
    if (get(d, "spec.type") !== "ReplicaSet") fail(w, "spec.type must be ReplicaSet");
    if (!isInt(get(d, "spec.members")) || get(d, "spec.members") < 1) fail(w, "spec.members must be an integer >= 1");
    for (const [i, u] of (get(d, "spec.users") ?? []).entries()) {
      for (const k of ["name", "db", "scramCredentialsSecretName"]) if (!u[k]) fail(w, `users[${i}].${k} missing`);
      if (!u.passwordSecretRef?.name) fail(w, `users[${i}].passwordSecretRef.name missing`);
      if (!Array.isArray(u.roles) || u.roles.length === 0 || u.roles.some((r) => !r.name || !r.db)) fail(w, `users[${i}].roles need name and db`);
    }
  },
  "monitoring.coreos.com/v1/PrometheusRule": (w, d) => {
    const groups = get(d, "spec.groups");
    if (!Array.isArray(groups) || groups.length === 0) return fail(w, "spec.groups must be a non-empty list");
    for (const g of groups) {
      if (!g.name) fail(w, "group without name");
      for (const r of g.rules ?? []) {
        if (!r.expr || (!r.alert && !r.record)) fail(w, `group ${g.name}: a rule needs expr and alert|record`);
      }
    }
  },
  "monitoring.coreos.com/v1/PodMonitor": (w, d) => {
    need(w, d, ["spec.selector"]);
    const eps = get(d, "spec.podMetricsEndpoints");
    if (!Array.isArray(eps) || eps.length === 0 || eps.some((e) => !e.port)) fail(w, "spec.podMetricsEndpoints need a port");
  },
};

// --- platform rules for our own workloads -------------------------------------------------------------------
function platformRules(w, d) {
  if (d.kind !== "Deployment" || get(d, "spec.template.metadata.labels")?.["app.kubernetes.io/part-of"] !== "zhushan-plan") return;
  const pod = get(d, "spec.template.spec") ?? {};
  if (pod.securityContext?.runAsNonRoot !== true) fail(w, "pod securityContext.runAsNonRoot must be true");
  if (pod.securityContext?.seccompProfile?.type !== "RuntimeDefault") fail(w, "seccompProfile must be RuntimeDefault");
  for (const c of pod.containers ?? []) {
    const cw = `${w} container ${c.name}`;
    const sc = c.securityContext ?? {};
    if (sc.readOnlyRootFilesystem !== true) fail(cw, "readOnlyRootFilesystem must be true");
    if (sc.allowPrivilegeEscalation !== false) fail(cw, "allowPrivilegeEscalation must be false");
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) fail(cw, "capabilities must drop ALL");
    if (!c.resources?.requests?.memory || !c.resources?.limits?.memory) fail(cw, "memory requests and limits required");
    if (!c.readinessProbe || !c.livenessProbe) fail(cw, "liveness and readiness probes required");
  }
}

// --- built-in kinds via kubernetes-models -------------------------------------------------------------------
async function modelFor(apiVersion, kind) {
  try {
    const mod = await import(`kubernetes-models/${apiVersion}/${kind}`);
    return mod[kind];
  } catch {
    return undefined;
  }
}

for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  for (const [i, doc] of docs.entries()) {
    if (doc.errors.length) { fail(`${file}#${i}`, `YAML: ${doc.errors[0].message}`); continue; }
    const d = doc.toJS();
    if (d == null) continue;
    const w = `${file}: ${d.kind ?? "?"}/${d.metadata?.name ?? "?"}`;
    checked++;
    if (typeof d.apiVersion !== "string" || typeof d.kind !== "string") { fail(w, "apiVersion and kind required"); continue; }
    if (typeof d.metadata?.name !== "string" || !DNS1123.test(d.metadata.name) || d.metadata.name.length > 253) fail(w, "metadata.name missing or not a DNS-1123 name");
    const key = `${d.apiVersion}/${d.kind}`;
    if (custom[key]) { custom[key](w, d); continue; }
    const Model = await modelFor(d.apiVersion, d.kind);
    if (!Model) { fail(w, `no schema for ${key} (unknown kind: add a hand check to validate.mjs)`); continue; }
    try {
      new Model(d).validate();
    } catch (e) {
      fail(w, String(e.message ?? e).split("\n").slice(0, 5).join("; "));
    }
    platformRules(w, d);
  }
}

if (errors.length) {
  console.error(`INVALID: ${errors.length} problem(s) in ${checked} manifests`);
  for (const e of errors) console.error("  " + e);
  process.exit(1);
}
console.log(`OK: ${checked} manifests valid`);
