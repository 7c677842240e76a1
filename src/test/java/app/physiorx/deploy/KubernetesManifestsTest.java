package app.physiorx.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.physiorx.config.SecretsPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifests in docker/kubernetes, checked offline: every YAML document is parsed (SnakeYAML, which
 * SmallRye OpenAPI already brings) and the fields that must line up between the app's Deployment, its Service,
 * Ingress and PodDisruptionBudget, the CloudNativePG clusters and the Keycloak resource are compared.
 */
@Tag("unit")
class KubernetesManifestsTest {
    static final Path DIR = Path.of("docker", "kubernetes");
    static final Path GENERATED = Path.of("target", "kubernetes", "kubernetes.yml");
    static final Path REALM = Path.of("docker", "keycloak", "physiorx-realm.json");
    static final String PUBLIC_URL = "https://physiorx.clinic.example";
    static final Map<String, String> API_VERSIONS = Map.of("Deployment", "apps/v1", "Service", "v1",
            "Ingress", "networking.k8s.io/v1", "PodDisruptionBudget", "policy/v1", "ConfigMap", "v1", "Secret", "v1",
            "Cluster", "postgresql.cnpg.io/v1", "Keycloak", "k8s.keycloak.org/v2alpha1");
    /** Values no manifest may hold: .env.example's placeholders and the dev/test defaults of application.properties. */
    static final List<String> KNOWN_SECRETS = List.of("change-me", "physiorx-dev-secret", "physiorx-dev-admin-secret",
            "dev-only-session-secret");

    record Doc(String file, Map<String, Object> body) {
        String kind() {
            return (String) body.get("kind");
        }

        String name() {
            return (String) at(body, "metadata", "name");
        }
    }

    static final List<Doc> DOCS = new ArrayList<>();
    static String allText = "";

    @BeforeAll
    static void load() throws IOException {
        DOCS.clear();
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                String content = Files.readString(file);
                text.append(content).append('\n');
                DOCS.addAll(parse(file.getFileName().toString(), content));
            }
        }
        allText = text.toString();
        assertTrue(DOCS.size() >= 10, "documents found in " + DIR.toAbsolutePath() + ": " + DOCS.size());
    }

    @SuppressWarnings("unchecked")
    static List<Doc> parse(String file, String content) {
        List<Doc> docs = new ArrayList<>();
        for (Object body : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(content)) {
            if (body == null) {
                continue; // an empty document, e.g. after a leading "---"
            }
            assertTrue(body instanceof Map, file + ": a document that is not a mapping: " + body);
            docs.add(new Doc(file, (Map<String, Object>) body));
        }
        return docs;
    }

    /** The node under the path of map keys (String) and list indexes (Integer); null when any step is missing. */
    @SuppressWarnings("unchecked")
    static Object at(Object node, Object... path) {
        for (Object step : path) {
            if (step instanceof Integer i && node instanceof List<?> list && i < list.size()) {
                node = list.get(i);
            } else if (step instanceof String key && node instanceof Map<?, ?> map) {
                node = ((Map<String, Object>) map).get(key);
            } else {
                return null;
            }
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, Object... path) {
        Object found = at(node, path);
        return found instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    static List<Doc> all(String kind) {
        return DOCS.stream().filter(d -> kind.equals(d.kind())).toList();
    }

    static Doc one(String kind, String name) {
        return DOCS.stream().filter(d -> kind.equals(d.kind()) && name.equals(d.name())).findFirst()
                .orElseGet(() -> fail("no " + kind + " named " + name + " in " + DIR));
    }

    static Doc deployment() {
        List<Doc> deployments = all("Deployment");
        assertEquals(1, deployments.size(), "one Deployment: the app");
        return deployments.get(0);
    }

    static Map<String, Object> container() {
        List<Map<String, Object>> containers = list(deployment().body(), "spec", "template", "spec", "containers");
        assertEquals(1, containers.size(), "one container in the app's pod");
        return containers.get(0);
    }

    static Map<String, Object> env(String name) {
        return list(container(), "env").stream().filter(e -> name.equals(e.get("name"))).findFirst()
                .orElseGet(() -> fail("the app's container does not set " + name));
    }

    static int containerPort(String name) {
        return list(container(), "ports").stream().filter(p -> name.equals(p.get("name")))
                .map(p -> (Integer) p.get("containerPort")).findFirst()
                .orElseGet(() -> fail("the app's container declares no port named " + name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> podLabels() {
        return (Map<String, Object>) at(deployment().body(), "spec", "template", "metadata", "labels");
    }

    static void assertSelects(Object selector, String what) {
        assertTrue(selector instanceof Map<?, ?> m && !m.isEmpty(), what + " has a selector");
        assertTrue(podLabels().entrySet().containsAll(((Map<?, ?>) selector).entrySet()),
                what + " selects the app's pods: " + selector + " within " + podLabels());
    }

    @Test
    void everyDocumentNamesItsApiVersionKindAndName() {
        Set<String> seen = new HashSet<>();
        for (Doc doc : DOCS) {
            String where = doc.file() + ": " + doc.kind() + " " + doc.name();
            assertNotNull(doc.kind(), doc.file() + ": a document without kind");
            assertNotNull(doc.name(), doc.file() + ": a " + doc.kind() + " without metadata.name");
            assertEquals(API_VERSIONS.get(doc.kind()), doc.body().get("apiVersion"), where + ": apiVersion");
            assertTrue(seen.add(doc.kind() + "/" + doc.name()), where + " appears twice");
        }
    }

    @Test
    void theAppRunsThreeReplicasOfItsImage() {
        assertEquals(3, at(deployment().body(), "spec", "replicas"));
        assertEquals("physiorx:latest", container().get("image"));
        assertSelects(at(deployment().body(), "spec", "selector", "matchLabels"), "the Deployment");
    }

    @Test
    void probesAskTheHealthEndpointsOnTheMainPort() {
        int http = containerPort("http");
        assertEquals(8080, http);
        Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready");
        paths.forEach((probe, path) -> {
            assertEquals(path, at(container(), probe, "httpGet", "path"), probe + " path");
            assertEquals(http, at(container(), probe, "httpGet", "port"), probe + " asks the main port, not 9000");
        });
    }

    @Test
    void theContainerHasResourceRequestsAndLimits() {
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertNotNull(at(container(), "resources", bound, resource), "resources." + bound + "." + resource);
            }
        }
    }

    @Test
    void everySecretReachesTheAppThroughASecretKeyRef() {
        Set<String> secrets = new LinkedHashSet<>(SecretsPolicy.SECRETS.values());
        secrets.add("PHYSIORX_SMTP_PASSWORD");
        list(container(), "env").stream().map(e -> (String) e.get("name"))
                .filter(n -> n.contains("SECRET") || n.contains("PASSWORD") || n.equals("PHYSIORX_DB_USER"))
                .forEach(secrets::add);
        for (String name : secrets) {
            Map<String, Object> env = env(name);
            assertFalse(env.containsKey("value"), name + " is written down in the Deployment");
            String secret = (String) at(env, "valueFrom", "secretKeyRef", "name");
            String key = (String) at(env, "valueFrom", "secretKeyRef", "key");
            assertNotNull(secret, name + " comes from a secretKeyRef");
            assertTrue(secretExists(secret, key), name + ": the Secret " + secret + " with the key " + key
                    + " is in secrets.example.yml or made by CloudNativePG for a Cluster here");
        }
    }

    /** In secrets.example.yml, or the Secret CloudNativePG makes for a Cluster's owner (NAME-app: username, password). */
    static boolean secretExists(String name, String key) {
        boolean example = all("Secret").stream().anyMatch(s -> s.name().equals(name)
                && at(s.body(), "stringData") instanceof Map<?, ?> data && data.containsKey(key));
        boolean cnpg = all("Cluster").stream().anyMatch(c -> name.equals(c.name() + "-app"))
                && Set.of("username", "password").contains(key);
        return example || cnpg;
    }

    @Test
    void theOtherSettingsComeFromAConfigMapWithoutSecrets() throws IOException {
        List<Map<String, Object>> envFrom = list(container(), "envFrom");
        assertEquals(1, envFrom.size(), "one envFrom: the ConfigMap");
        assertNull(at(envFrom.get(0), "secretRef"), "no whole Secret as environment");
        Doc config = one("ConfigMap", (String) at(envFrom.get(0), "configMapRef", "name"));
        Set<String> known = Files.readAllLines(Path.of(".env.example")).stream()
                .filter(l -> l.startsWith("PHYSIORX_")).map(l -> l.substring(0, l.indexOf('='))).collect(Collectors.toSet());
        Map<?, ?> data = (Map<?, ?>) at(config.body(), "data");
        for (Object key : data.keySet()) {
            assertTrue(known.contains(key), key + " is a variable .env.example lists");
            assertFalse(((String) key).matches(".*(SECRET|PASSWORD).*"), key + " is a secret in a ConfigMap");
        }
        assertTrue(data.containsKey("PHYSIORX_PUBLIC_URL") && data.containsKey("PHYSIORX_OIDC_ORIGIN"), "public URLs");
    }

    static void assertNull(Object value, String message) {
        assertTrue(value == null, message + ": " + value);
    }

    @Test
    void noSecretValueIsWrittenDownAnywhere() throws Exception {
        String text = (allText + realmImport()).toLowerCase();
        for (String known : KNOWN_SECRETS) {
            assertFalse(text.contains(known), "docker/kubernetes holds the placeholder or dev secret " + known);
        }
        for (Doc secret : all("Secret")) {
            assertNull(at(secret.body(), "data"), secret.name() + ": data (base64) in an example");
            Map<?, ?> data = (Map<?, ?>) at(secret.body(), "stringData");
            // a basic-auth Secret names its role; every secret value is left empty
            data.forEach((key, value) -> assertEquals("", "username".equals(key) ? "" : value, secret.name() + "." + key + " is left empty"));
        }
    }

    @Test
    void serviceAndIngressReachTheContainersHttpPortAndNeverTheManagementPort() {
        Doc service = one("Service", deployment().name());
        assertSelects(at(service.body(), "spec", "selector"), "the Service");
        Map<String, Object> port = list(service.body(), "spec", "ports").stream().filter(p -> "http".equals(p.get("name")))
                .findFirst().orElseGet(() -> fail("the Service has no port named http"));
        assertEquals(containerPort("http"), port.get("targetPort"), "the Service forwards to the container's http port");
        assertEquals(9000, containerPort("management"), "metrics: the management port is declared");
        assertEquals("9000", at(deployment().body(), "spec", "template", "metadata", "annotations", "prometheus.io/port"));

        Doc ingress = one("Ingress", deployment().name());
        Map<String, Object> rule = list(ingress.body(), "spec", "rules").get(0);
        Map<String, Object> path = list(rule, "http", "paths").get(0);
        assertEquals(service.name(), at(path, "backend", "service", "name"));
        assertEquals("http", at(path, "backend", "service", "port", "name"));
        Map<String, Object> tls = list(ingress.body(), "spec", "tls").get(0);
        assertTrue(list(tls, "hosts").contains(rule.get("host")), "TLS covers the Ingress host " + rule.get("host"));
        assertNotNull(tls.get("secretName"), "the Ingress names its certificate");
        assertEquals(at(one("ConfigMap", "physiorx-config").body(), "data", "PHYSIORX_PUBLIC_URL"), "https://" + rule.get("host"),
                "the app's public address is its Ingress host");
        for (Doc each : all("Ingress")) {
            String backends = String.valueOf(at(each.body(), "spec", "rules"));
            assertFalse(backends.contains("management") || backends.contains("9000"), each.name() + " routes to metrics");
        }
    }

    @Test
    void podDisruptionBudgetKeepsTwoOfTheThreePods() {
        List<Doc> budgets = all("PodDisruptionBudget");
        assertEquals(1, budgets.size(), "one PodDisruptionBudget (CloudNativePG makes its own for the databases)");
        Map<String, Object> budget = budgets.get(0).body();
        assertEquals(2, at(budget, "spec", "minAvailable"));
        assertEquals(at(deployment().body(), "spec", "selector", "matchLabels"), at(budget, "spec", "selector", "matchLabels"),
                "the budget selects what the Deployment selects");
        assertSelects(at(budget, "spec", "selector", "matchLabels"), "the PodDisruptionBudget");
    }

    @Test
    void theAppTalksToThePrimaryOfAThreeInstancePostgresCluster() {
        Doc cluster = one("Cluster", "physiorx-db");
        assertEquals(3, at(cluster.body(), "spec", "instances"));
        assertNotNull(at(cluster.body(), "spec", "storage", "size"), "storage size");
        assertEquals("physiorx", at(cluster.body(), "spec", "bootstrap", "initdb", "database"));
        assertEquals("physiorx_owner", at(cluster.body(), "spec", "bootstrap", "initdb", "owner"), "the migration owner");
        assertEquals(cluster.name() + "-rw", env("PHYSIORX_DB_HOST").get("value"),
                "the read-write service: the primary, as LISTEN/NOTIFY needs");
        assertEquals("physiorx", env("PHYSIORX_DB_NAME").get("value"));
        assertEquals(cluster.name() + "-app", at(env("PHYSIORX_DB_OWNER_PASSWORD"), "valueFrom", "secretKeyRef", "name"),
                "Flyway logs in as the cluster's owner");
        assertEquals("physiorx-db-runtime", at(env("PHYSIORX_DB_PASSWORD"), "valueFrom", "secretKeyRef", "name"),
                "the pool logs in as the managed role that owns nothing");
        List<?> roles = (List<?>) at(cluster.body(), "spec", "managed", "roles");
        Map<?, ?> app = (Map<?, ?>) roles.getFirst();
        assertEquals("physiorx", app.get("name"));
        assertEquals(false, app.get("superuser"));
        assertEquals("physiorx-db-runtime", ((Map<?, ?>) app.get("passwordSecret")).get("name"));
        assertTrue(all("Pooler").isEmpty(), "no connection pooler between the app and PostgreSQL");
    }

    @Test
    void keycloakRunsTwoInstancesOnADatabaseOfItsOwn() {
        List<Doc> keycloaks = all("Keycloak");
        assertEquals(1, keycloaks.size(), "one Keycloak resource");
        Map<String, Object> keycloak = keycloaks.get(0).body();
        assertEquals(2, at(keycloak, "spec", "instances"));
        String dbHost = (String) at(keycloak, "spec", "db", "host");
        assertTrue(all("Cluster").stream().anyMatch(c -> dbHost.equals(c.name() + "-rw") && !c.name().equals("physiorx-db")),
                "Keycloak's database is a Cluster of its own: " + dbHost);
        String service = "http://" + keycloaks.get(0).name() + "-service:8080";
        assertEquals(service + "/realms/physiorx", env("PHYSIORX_OIDC_URL").get("value"));
        assertEquals(service, env("PHYSIORX_KC_ADMIN_URL").get("value"));
        assertEquals(at(one("ConfigMap", "physiorx-config").body(), "data", "PHYSIORX_OIDC_ORIGIN"),
                at(keycloak, "spec", "hostname", "hostname"), "the issuer browsers see is the CSP's form target");
        assertTrue(secretExists((String) at(keycloak, "spec", "bootstrapAdmin", "user", "secret"), "password"));
        Doc ingress = one("Ingress", keycloaks.get(0).name());
        Object host = at(ingress.body(), "spec", "rules", 0, "host");
        assertEquals(at(keycloak, "spec", "hostname", "hostname"), "https://" + host, "Keycloak's hostname is its Ingress host");
        assertTrue(list(ingress.body(), "spec", "tls", 0, "hosts").contains(host), "TLS covers " + host);
        Set<Object> paths = list(ingress.body(), "spec", "rules", 0, "http", "paths").stream().map(p -> p.get("path"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("/realms/", "/resources/"), paths, "the public host serves sign-in, not the admin console");
    }

    @Test
    @SuppressWarnings("unchecked")
    void realmImportIsTheProductionRealmFileWithItsSecretsFromTheSecret() throws Exception {
        String output = realmImport();
        Doc importDoc = parse("realm-import.sh", output).get(0);
        assertEquals("KeycloakRealmImport", importDoc.kind());
        assertEquals("k8s.keycloak.org/v2alpha1", importDoc.body().get("apiVersion"));
        assertEquals(all("Keycloak").get(0).name(), at(importDoc.body(), "spec", "keycloakCRName"));
        String realm = Files.readString(REALM).replace("${PHYSIORX_PUBLIC_URL}", PUBLIC_URL);
        assertEquals(parse("physiorx-realm.json", realm).get(0).body(), at(importDoc.body(), "spec", "realm"),
                "the realm is the production realm file, with the public address filled in");
        Map<String, Object> placeholders = (Map<String, Object>) at(importDoc.body(), "spec", "placeholders");
        Matcher left = Pattern.compile("\\$\\{(PHYSIORX_[A-Z_]+)}").matcher(output);
        while (left.find()) {
            String variable = left.group(1);
            assertTrue(placeholders.containsKey(variable), variable + " is left in the realm but the operator does not fill it");
            Object secret = at(placeholders, variable, "secret", "name");
            Object key = at(placeholders, variable, "secret", "key");
            assertTrue(secretExists((String) secret, (String) key), variable + " from " + secret + "/" + key);
        }
    }

    static String realmImport() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", DIR.resolve("realm-import.sh").toString(), PUBLIC_URL)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "realm-import.sh ended");
        assertEquals(0, process.exitValue(), "realm-import.sh succeeded");
        return output;
    }

    @Test
    void checkedInManifestsAreWhatTheBuildGenerated() throws IOException {
        assumeTrue(Files.exists(GENERATED), GENERATED + " is absent (the app was not packaged in this checkout): the"
                + " checked-in docker/kubernetes/physiorx.yml cannot be compared; run bin/k8s-manifests");
        List<Doc> generated = normalized(Files.readString(GENERATED));
        List<Doc> checkedIn = normalized(Files.readString(DIR.resolve("physiorx.yml")));
        String hint = " in docker/kubernetes/physiorx.yml differs from what the build generated from application.properties:"
                + " run bin/k8s-manifests and commit the result";
        assertEquals(generated.stream().map(d -> d.kind() + " " + d.name()).toList(),
                checkedIn.stream().map(d -> d.kind() + " " + d.name()).toList(), "the resources" + hint);
        for (int i = 0; i < generated.size(); i++) {
            assertEquals(generated.get(i).body(), checkedIn.get(i).body(), "the " + generated.get(i).kind() + hint);
        }
    }

    /** The documents with the container's environment and ports sorted by name: the generator lists them in no fixed order. */
    static List<Doc> normalized(String yaml) {
        List<Doc> docs = parse("physiorx.yml", yaml);
        for (Doc doc : docs) {
            for (Map<String, Object> container : list(doc.body(), "spec", "template", "spec", "containers")) {
                for (String field : List.of("env", "ports")) {
                    List<Map<String, Object>> entries = new ArrayList<>(list(container, field));
                    entries.sort(Comparator.comparing(e -> (String) e.get("name")));
                    container.put(field, entries);
                }
            }
        }
        return docs;
    }
}
