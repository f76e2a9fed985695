#!/usr/bin/env python3
"""Renders every overlay (and the optional components on top of them) with `kubectl kustomize` and checks what no
cluster is here to check: probes, resources, security contexts, images, ports, roles, configuration references,
Services, NetworkPolicies, PDBs and autoscaling; and that docker-compose.yml and the Dockerfiles use the same images,
ports and media roles. Exits 1 with one line per problem. Needs kubectl and PyYAML.

    python3 k8s/check-manifests.py            # all overlays and variants
"""
import os
import subprocess
import sys
import tempfile

import yaml

K8S = os.path.dirname(os.path.abspath(__file__))

# What each workload must be: image, HTTP port, media role (None: not a media process).
WORKLOADS = {
    "card-service": ("memoryvault/card-service", 8081, None),
    "media-service": ("memoryvault/media-service", 8082, "api"),
    "media-worker": ("memoryvault/media-service", 8082, "worker"),
    "review-service": ("memoryvault/review-service", 8083, None),
    "gateway": ("memoryvault/gateway", 8080, None),
}
# Health and metrics on a management port of their own (Quarkus' management interface), never in the Service.
MANAGEMENT_PORTS = {"gateway": 9000}
CALLED_BY_GATEWAY = {"card-service": 8081, "media-service": 8082, "review-service": 8083}
# Who may call each service: the gateway, and card-service checks the media a card references with media-service.
CALLERS = {"card-service": ["gateway"], "media-service": ["gateway", "card-service"], "review-service": ["gateway"]}
# What each process reads from its environment in a cluster (the rest keeps the defaults of application.properties).
BACKEND_ENV = {"QUARKUS_OIDC_AUTH_SERVER_URL", "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_JDBC_URL",
               "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"}
S3_ENV = {"QUARKUS_S3_ENDPOINT_OVERRIDE", "QUARKUS_S3_AWS_REGION", "QUARKUS_S3_PATH_STYLE_ACCESS",
          "QUARKUS_S3_AWS_CREDENTIALS_TYPE", "QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID",
          "QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY", "MEMORYVAULT_MEDIA_STORAGE_BUCKET",
          "MEMORYVAULT_MEDIA_ROLE"}
REQUIRED_ENV = {
    "card-service": BACKEND_ENV | {"MEMORYVAULT_MEDIA_SERVICE_URL"},
    "review-service": BACKEND_ENV,
    "media-service": BACKEND_ENV | S3_ENV | {"MEMORYVAULT_MEDIA_LINKS_SECRET"},
    "media-worker": BACKEND_ENV | S3_ENV,
    "gateway": {"QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID", "QUARKUS_OIDC_CREDENTIALS_SECRET",
                "MEMORYVAULT_GATEWAY_UPSTREAMS_CARD", "MEMORYVAULT_GATEWAY_UPSTREAMS_MEDIA",
                "MEMORYVAULT_GATEWAY_UPSTREAMS_REVIEW"},
}
PROBES = {"startupProbe": "/q/health/started", "livenessProbe": "/q/health/live", "readinessProbe": "/q/health/ready"}
# The most connections the suite's pools may open on the managed Postgres at once (deploy/README.md: "Postgres"):
# every backend pod at its Deployment's highest count (replicas plus one surging pod in a rolling update, or the
# autoscaler's maximum) times its pool's QUARKUS_DATASOURCE_JDBC_MAX_SIZE.
POSTGRES_CONNECTION_BUDGET = 180
TOPICS = {"card-events": 6, "card-reviewed": 6, "media-processed": 6, "media-uploaded": 12}
MEDIA_UPLOADED_PARTITIONS = 12

# (name, overlay, extra components, namespace, prod-like)
VARIANTS = [
    ("dev", "overlays/dev", [], "memoryvault-dev", False),
    ("prod", "overlays/prod", [], "memoryvault", True),
    ("dev+keda", "overlays/dev", ["components/keda-media-worker"], "memoryvault-dev", False),
    ("prod+keda+strimzi", "overlays/prod", ["components/keda-media-worker", "components/strimzi-topics"],
     "memoryvault", True),
]


def render(overlay, components, namespace):
    """The overlay's manifests, with the components added (as an overlay of it would add them) when asked."""
    path = os.path.join(K8S, overlay)
    if not components:
        out = subprocess.run(["kubectl", "kustomize", path], check=True, capture_output=True, text=True).stdout
        return [d for d in yaml.safe_load_all(out) if d]
    with tempfile.TemporaryDirectory(dir=K8S, prefix=".check-") as tmp:
        kustomization = {
            "apiVersion": "kustomize.config.k8s.io/v1beta1",
            "kind": "Kustomization",
            "namespace": namespace,
            "resources": [os.path.relpath(path, tmp)],
            "components": [os.path.relpath(os.path.join(K8S, c), tmp) for c in components],
        }
        with open(os.path.join(tmp, "kustomization.yaml"), "w") as f:
            yaml.safe_dump(kustomization, f)
        out = subprocess.run(["kubectl", "kustomize", tmp], check=True, capture_output=True, text=True).stdout
        return [d for d in yaml.safe_load_all(out) if d]


def placeholder_secrets():
    """Secrets of components/placeholder-secrets: what an overlay without rendered Secrets must create out of band."""
    with open(os.path.join(K8S, "components/placeholder-secrets/secrets.yaml")) as f:
        docs = [d for d in yaml.safe_load_all(f) if d]
    return {d["metadata"]["name"]: set(d.get("stringData", {})) | set(d.get("data", {})) for d in docs}


def by_kind(docs, kind):
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def check_variant(name, docs, namespace, prod):
    problems = []

    def fail(msg):
        problems.append(f"[{name}] {msg}")

    deployments = by_kind(docs, "Deployment")
    services = by_kind(docs, "Service")
    configmaps = {cm["metadata"]["name"]: set(cm.get("data", {})) for cm in by_kind(docs, "ConfigMap").values()}
    rendered_secrets = {s["metadata"]["name"]: set(s.get("stringData", {})) | set(s.get("data", {}))
                        for s in by_kind(docs, "Secret").values()}
    # Production renders no Secret (they are created out of band, never overwritten by an apply); its Deployments
    # must still read only names and keys that the placeholder set documents. Other overlays render them.
    if prod and rendered_secrets:
        fail(f"production renders Secrets {sorted(rendered_secrets)}: an apply would overwrite the real ones")
    secrets = placeholder_secrets() if prod else rendered_secrets

    for d in docs:
        if d["kind"] != "Namespace" and d["metadata"].get("namespace") != namespace:
            fail(f"{d['kind']}/{d['metadata']['name']} is not in namespace {namespace}")

    if set(deployments) != set(WORKLOADS):
        fail(f"Deployments {sorted(deployments)} != {sorted(WORKLOADS)}")
    for dep_name, dep in deployments.items():
        missing = REQUIRED_ENV.get(dep_name, set()) - set(env_names(dep, docs))
        if missing:
            fail(f"Deployment/{dep_name} does not get {sorted(missing)}")
        found = check_deployment(dep_name, dep, configmaps, secrets)
        problems.extend(f"[{name}] Deployment/{dep_name}: {p}" for p in found)

    # media-service and media-worker: one image, two roles.
    images = {n: dep["spec"]["template"]["spec"]["containers"][0]["image"] for n, dep in deployments.items()}
    if images.get("media-service") != images.get("media-worker"):
        fail(f"media-service and media-worker run different images: {images.get('media-service')} vs "
             f"{images.get('media-worker')}")

    # Services: ClusterIP, right port, selecting a Deployment's pods; none for the worker.
    if set(services) != set(WORKLOADS) - {"media-worker"}:
        fail(f"Services {sorted(services)} != every workload but media-worker")
    for svc_name, svc in services.items():
        spec = svc["spec"]
        if spec.get("type", "ClusterIP") != "ClusterIP":
            fail(f"Service/{svc_name} is {spec.get('type')}, not ClusterIP")
        dep = deployments.get(svc_name)
        if dep is None:
            fail(f"Service/{svc_name} has no Deployment of that name")
            continue
        labels = dep["spec"]["template"]["metadata"]["labels"]
        if not spec.get("selector") or any(labels.get(k) != v for k, v in spec["selector"].items()):
            fail(f"Service/{svc_name} selector {spec.get('selector')} does not select its pods")
        if [p["port"] for p in spec["ports"]] != [WORKLOADS[svc_name][1]]:
            fail(f"Service/{svc_name} ports {[p['port'] for p in spec['ports']]} != [{WORKLOADS[svc_name][1]}]")

    card_env = env_of(deployments.get("card-service"), docs)
    if card_env.get("MEMORYVAULT_MEDIA_SERVICE_URL") != f"http://media-service:{CALLED_BY_GATEWAY['media-service']}":
        fail(f"card-service MEMORYVAULT_MEDIA_SERVICE_URL={card_env.get('MEMORYVAULT_MEDIA_SERVICE_URL')!r}, "
             "expected the media-service Service")

    # The gateway's upstreams are the Services, on their ports.
    gateway_env = env_of(deployments.get("gateway"), docs)
    for svc_name, port in CALLED_BY_GATEWAY.items():
        key = "MEMORYVAULT_GATEWAY_UPSTREAMS_" + svc_name.split("-")[0].upper()
        if gateway_env.get(key) != f"http://{svc_name}:{port}":
            fail(f"gateway {key}={gateway_env.get(key)!r}, expected http://{svc_name}:{port}")

    # Ingress: one, to the gateway only; TLS in production.
    ingresses = list(by_kind(docs, "Ingress").values())
    if len(ingresses) != 1:
        fail(f"{len(ingresses)} Ingresses, expected exactly one (the gateway's)")
    for ing in ingresses:
        backends = {p["backend"]["service"]["name"] for r in ing["spec"]["rules"] for p in r["http"]["paths"]}
        if backends != {"gateway"}:
            fail(f"Ingress/{ing['metadata']['name']} routes to {sorted(backends)}, not only the gateway")
        if prod and not ing["spec"].get("tls"):
            fail("the production Ingress has no TLS")

    problems.extend(f"[{name}] {p}" for p in check_network_policies(by_kind(docs, "NetworkPolicy")))
    problems.extend(f"[{name}] {p}" for p in check_disruption_budgets(by_kind(docs, "PodDisruptionBudget"),
                                                                       deployments, prod))
    problems.extend(f"[{name}] {p}" for p in check_scaling(docs))
    problems.extend(f"[{name}] {p}" for p in check_connection_budget(deployments, docs))

    topics = by_kind(docs, "KafkaTopic")
    if topics:
        expected = dict(TOPICS, **{f"{t}.dlq": 1 for t in TOPICS})
        actual = {n: t["spec"].get("partitions") for n, t in topics.items()}
        if actual != expected:
            fail(f"KafkaTopics {actual} != {expected}")
        if any(not t["metadata"].get("labels", {}).get("strimzi.io/cluster") for t in topics.values()):
            fail("a KafkaTopic has no strimzi.io/cluster label")
    return problems


def check_connection_budget(deployments, docs):
    """Every backend pod sizes its pool, and all of them at their highest pod count stay within the budget."""
    problems = []
    autoscaled = {a["spec"]["scaleTargetRef"]["name"]: a["spec"]["maxReplicas"]
                  for a in by_kind(docs, "HorizontalPodAutoscaler").values()}
    autoscaled.update({so["spec"]["scaleTargetRef"]["name"]: so["spec"]["maxReplicaCount"]
                       for so in by_kind(docs, "ScaledObject").values()})
    total = 0
    for dep_name, dep in sorted(deployments.items()):
        if "QUARKUS_DATASOURCE_JDBC_URL" not in REQUIRED_ENV.get(dep_name, set()):
            continue
        pool = env_of(dep, docs).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE")
        if pool is None or not pool.isdigit():
            problems.append(f"Deployment/{dep_name} does not size its connection pool "
                            f"(QUARKUS_DATASOURCE_JDBC_MAX_SIZE={pool!r})")
            continue
        pods = autoscaled.get(dep_name, dep["spec"].get("replicas", 1) + 1)
        total += pods * int(pool)
    if total > POSTGRES_CONNECTION_BUDGET:
        problems.append(f"the pools may open {total} Postgres connections, over the budget of "
                        f"{POSTGRES_CONNECTION_BUDGET}: lower QUARKUS_DATASOURCE_JDBC_MAX_SIZE or the replicas, "
                        "or raise the budget with Postgres' max_connections")
    return problems


def env_names(dep, docs):
    """Every variable name a Deployment's first container gets, from ConfigMaps, Secrets or plain values."""
    container = dep["spec"]["template"]["spec"]["containers"][0]
    return set(env_of(dep, docs)) | {e["name"] for e in container.get("env", [])}


def env_of(dep, docs):
    """The environment a Deployment's first container gets: envFrom ConfigMaps, then its own plain values."""
    if dep is None:
        return {}
    container = dep["spec"]["template"]["spec"]["containers"][0]
    cms = by_kind(docs, "ConfigMap")
    env = {}
    for ref in container.get("envFrom", []):
        if "configMapRef" in ref:
            env.update(cms.get(ref["configMapRef"]["name"], {}).get("data", {}))
    env.update({e["name"]: e.get("value") for e in container.get("env", []) if "value" in e})
    return env


def check_deployment(name, dep, configmaps, secrets):
    problems = []
    image, port, role = WORKLOADS[name]
    health_port = MANAGEMENT_PORTS.get(name, port)
    health_port_name = "management" if name in MANAGEMENT_PORTS else "http"
    pod = dep["spec"]["template"]["spec"]
    meta = dep["spec"]["template"]["metadata"]
    if pod.get("automountServiceAccountToken") is not False:
        problems.append("automountServiceAccountToken is not false")
    psc = pod.get("securityContext", {})
    if psc.get("runAsNonRoot") is not True or psc.get("runAsUser") != 185:
        problems.append("pod securityContext must set runAsNonRoot: true and runAsUser: 185")
    if psc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
        problems.append("pod seccompProfile is not RuntimeDefault")
    ann = meta.get("annotations", {})
    if ann.get("prometheus.io/scrape") != "true" or ann.get("prometheus.io/path") != "/q/metrics" \
            or ann.get("prometheus.io/port") != str(health_port):
        problems.append(f"Prometheus annotations must scrape /q/metrics on {health_port}: {ann}")
    if meta.get("labels", {}).get("app.kubernetes.io/part-of") != "memoryvault":
        problems.append("pods lack app.kubernetes.io/part-of: memoryvault (the metrics NetworkPolicy selects it)")
    if name == "media-worker" and "replicas" in dep["spec"]:
        problems.append("media-worker sets replicas although an autoscaler owns the count")

    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    containers = pod["containers"]
    if len(containers) != 1:
        problems.append(f"{len(containers)} containers, expected 1")
    for c in containers:
        if c["image"].rsplit(":", 1)[0] != image or ":" not in c["image"]:
            problems.append(f"image {c['image']} is not a tagged {image}")
        ports = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
        expected_ports = {"http": port, health_port_name: health_port}
        if ports != expected_ports:
            problems.append(f"ports {ports} != {expected_ports}")
        for probe, path in PROBES.items():
            get = c.get(probe, {}).get("httpGet", {})
            if get.get("path") != path or get.get("port") not in (health_port_name, health_port):
                problems.append(f"{probe} must GET {path} on the {health_port_name} port, has {c.get(probe)}")
        if c.get("startupProbe"):
            sp = c["startupProbe"]
            if sp.get("periodSeconds", 10) * sp.get("failureThreshold", 3) < 120:
                problems.append("startupProbe allows under 2 minutes (Flyway migrations run before the port opens)")
        res = c.get("resources", {})
        for kind in ("requests", "limits"):
            for r in ("cpu", "memory"):
                if r not in res.get(kind, {}):
                    problems.append(f"resources.{kind}.{r} missing")
        if res.get("requests", {}).get("memory") != res.get("limits", {}).get("memory"):
            problems.append("memory request != limit (the heap is a share of the limit)")
        sc = c.get("securityContext", {})
        if sc.get("allowPrivilegeEscalation") is not False or sc.get("readOnlyRootFilesystem") is not True \
                or sc.get("capabilities", {}).get("drop") != ["ALL"] or sc.get("runAsNonRoot") is not True:
            problems.append(f"container securityContext is not non-root/read-only/no-escalation/drop ALL: {sc}")
        tmp = [m for m in c.get("volumeMounts", []) if m["mountPath"] == "/tmp"]
        if not tmp or "emptyDir" not in volumes.get(tmp[0]["name"], {}) \
                or not volumes[tmp[0]["name"]]["emptyDir"].get("sizeLimit"):
            problems.append("no size-limited emptyDir at /tmp (the root filesystem is read-only)")

        env = {e["name"]: e for e in c.get("env", [])}
        actual_role = env.get("MEMORYVAULT_MEDIA_ROLE", {}).get("value")
        if actual_role != role:
            problems.append(f"MEMORYVAULT_MEDIA_ROLE={actual_role!r}, expected {role!r}")
        for ref in c.get("envFrom", []):
            if "configMapRef" in ref and ref["configMapRef"]["name"] not in configmaps:
                problems.append(f"envFrom ConfigMap {ref['configMapRef']['name']} is not rendered")
            if "secretRef" in ref:
                problems.append("envFrom secretRef hides which keys are needed: use secretKeyRef")
        for e in env.values():
            ref = e.get("valueFrom", {}).get("secretKeyRef")
            if ref and ref["key"] not in secrets.get(ref["name"], set()):
                problems.append(f"{e['name']} reads Secret {ref['name']} key {ref['key']}, which is not defined")
            cm_ref = e.get("valueFrom", {}).get("configMapKeyRef")
            if cm_ref and cm_ref["key"] not in configmaps.get(cm_ref["name"], set()):
                problems.append(f"{e['name']} reads ConfigMap {cm_ref['name']} key {cm_ref['key']}, not defined")
        has_db = name != "gateway"
        for key in ("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"):
            if has_db and "secretKeyRef" not in env.get(key, {}).get("valueFrom", {}):
                problems.append(f"{key} does not come from a Secret")
        client_secret = env.get("QUARKUS_OIDC_CREDENTIALS_SECRET", {}).get("valueFrom", {})
        if name == "gateway" and "secretKeyRef" not in client_secret:
            problems.append("QUARKUS_OIDC_CREDENTIALS_SECRET does not come from a Secret")
    return problems


def check_network_policies(policies):
    problems = []
    deny = [p for p in policies.values() if p["spec"].get("podSelector") == {}
            and "Ingress" in p["spec"].get("policyTypes", []) and not p["spec"].get("ingress")]
    if not deny:
        problems.append("no default-deny ingress NetworkPolicy")
    for svc, port in CALLED_BY_GATEWAY.items():
        selecting = [p for p in policies.values()
                     if p["spec"]["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/name") == svc]
        if not selecting:
            problems.append(f"no NetworkPolicy selects {svc}")
        for p in selecting:
            for rule in p["spec"].get("ingress", []):
                sources = [f.get("podSelector", {}).get("matchLabels", {}) for f in rule.get("from", [])]
                ports = [x.get("port") for x in rule.get("ports", [])]
                if sources != [{"app.kubernetes.io/name": c} for c in CALLERS[svc]] or ports != [port]:
                    problems.append(f"NetworkPolicy/{p['metadata']['name']} lets {sources or 'anyone'} reach {svc} "
                                    f"on {ports or 'any port'}; only {' and '.join(CALLERS[svc])} on {port} may")
    gateway = [p for p in policies.values()
               if p["spec"]["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/name") == "gateway"]
    if not any(f.get("namespaceSelector") for p in gateway for r in p["spec"].get("ingress", [])
               for f in r.get("from", [])):
        problems.append("no NetworkPolicy lets the ingress controller reach the gateway")
    # The ingress controller reaches the gateway's http port only, never its management port.
    for p in gateway:
        for r in p["spec"].get("ingress", []):
            ports = [x.get("port") for x in r.get("ports", [])]
            if ports != [WORKLOADS["gateway"][1]]:
                problems.append(f"NetworkPolicy/{p['metadata']['name']} opens the gateway on {ports or 'any port'}, "
                                f"not only {WORKLOADS['gateway'][1]}")
    # Prometheus (another namespace) must reach every management port, where the metrics are.
    scraped = {x.get("port") for p in policies.values()
               if not p["spec"]["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/name")
               for r in p["spec"].get("ingress", []) for x in r.get("ports", [])}
    for name, management_port in MANAGEMENT_PORTS.items():
        if management_port not in scraped:
            problems.append(f"no NetworkPolicy lets Prometheus reach {name}'s management port {management_port}")
    # Anything selecting all MemoryVault pods (e.g. metrics) must come from another namespace only, never from pods
    # of this one, or it would open the services to every pod next to them.
    for p in policies.values():
        if p["spec"]["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/name"):
            continue
        for r in p["spec"].get("ingress", []):
            for f in r.get("from", [{}]):
                if "namespaceSelector" not in f:
                    problems.append(f"NetworkPolicy/{p['metadata']['name']} opens every pod to {f or 'anyone'}")
    return problems


def check_disruption_budgets(pdbs, deployments, prod):
    problems = []
    for name in deployments:
        pdb = [p for p in pdbs.values()
               if p["spec"]["selector"].get("matchLabels", {}).get("app.kubernetes.io/name") == name]
        if len(pdb) != 1:
            problems.append(f"{len(pdb)} PodDisruptionBudgets for {name}, expected 1")
            continue
        spec = pdb[0]["spec"]
        if "minAvailable" in spec and "maxUnavailable" in spec:
            problems.append(f"PDB for {name} sets both minAvailable and maxUnavailable")
        replicas = deployments[name]["spec"].get("replicas", 1)
        if prod and name != "media-worker":
            if spec.get("minAvailable") != 1 or replicas < 2:
                problems.append(f"prod {name}: needs 2+ replicas and minAvailable 1 (has {replicas}, {spec})")
        elif spec.get("minAvailable", 0) >= replicas:
            problems.append(f"PDB for {name} would block every eviction ({spec}, {replicas} replicas)")
    return problems


def check_scaling(docs):
    problems = []
    hpas = by_kind(docs, "HorizontalPodAutoscaler")
    scaled = by_kind(docs, "ScaledObject")
    if scaled and hpas:
        problems.append(f"both an HPA {sorted(hpas)} and a KEDA ScaledObject {sorted(scaled)}: they would fight")
    if not scaled and set(hpas) != {"media-worker"}:
        problems.append(f"HPAs {sorted(hpas)}, expected one for media-worker")
    for hpa in hpas.values():
        spec = hpa["spec"]
        if spec["scaleTargetRef"]["name"] != "media-worker" or spec.get("minReplicas") != 1 \
                or not 1 <= spec["maxReplicas"] <= MEDIA_UPLOADED_PARTITIONS:
            problems.append(f"HPA/{hpa['metadata']['name']} must scale media-worker 1..<= {MEDIA_UPLOADED_PARTITIONS}")
        if [m["resource"]["name"] for m in spec.get("metrics", [])] != ["cpu"]:
            problems.append("the media-worker HPA must scale on CPU")
    backend = next((cm for cm in by_kind(docs, "ConfigMap").values()
                    if cm["metadata"]["name"].startswith("memoryvault-backend")), {})
    for so in scaled.values():
        spec = so["spec"]
        trigger = spec["triggers"][0]
        meta = trigger["metadata"]
        if spec["scaleTargetRef"]["name"] != "media-worker" or spec.get("maxReplicaCount") != MEDIA_UPLOADED_PARTITIONS:
            problems.append("the ScaledObject must scale media-worker up to the media-uploaded partition count")
        if trigger["type"] != "kafka" or meta.get("topic") != "media-uploaded" or not meta.get("consumerGroup"):
            problems.append(f"the ScaledObject must watch media-uploaded lag of a consumer group: {meta}")
        if meta.get("bootstrapServers") != backend.get("data", {}).get("KAFKA_BOOTSTRAP_SERVERS"):
            problems.append("the ScaledObject's bootstrapServers differ from the workers' KAFKA_BOOTSTRAP_SERVERS")
    return problems


def check_sources():
    """The Dockerfiles and docker-compose.yml agree with WORKLOADS: the same images, ports and media roles."""
    problems = []
    repo = os.path.dirname(K8S)
    with open(os.path.join(repo, "docker-compose.yml")) as f:
        compose = yaml.safe_load(f)["services"]
    for name, (image, port, role) in WORKLOADS.items():
        svc = compose.get(name)
        if svc is None:
            problems.append(f"[compose] no service {name}")
            continue
        if not str(svc.get("image", "")).startswith(image + ":"):
            problems.append(f"[compose] {name} runs {svc.get('image')}, not {image}")
        if (svc.get("environment") or {}).get("MEMORYVAULT_MEDIA_ROLE") != role:
            problems.append(f"[compose] {name} MEMORYVAULT_MEDIA_ROLE is not {role!r}")
        module = image.split("/", 1)[1]
        with open(os.path.join(repo, module, "src/main/docker/Dockerfile.jvm")) as f:
            exposed = [line.split()[1] for line in f if line.startswith("EXPOSE")]
        if exposed != [str(port)]:
            problems.append(f"[image] {module}/src/main/docker/Dockerfile.jvm exposes {exposed}, not {port}")
    return problems


def main():
    problems = check_sources()
    for name, overlay, components, namespace, prod in VARIANTS:
        try:
            docs = render(overlay, components, namespace)
        except subprocess.CalledProcessError as e:
            problems.append(f"[{name}] kubectl kustomize failed: {e.stderr.strip()}")
            continue
        found = check_variant(name, docs, namespace, prod)
        problems.extend(found)
        print(f"{name}: {len(docs)} objects, {len(found)} problems")
    for p in problems:
        print("FAIL " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
