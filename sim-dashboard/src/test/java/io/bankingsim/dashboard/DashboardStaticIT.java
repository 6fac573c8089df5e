package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's files as a browser would load them: index.html, its stylesheets, its import map's
 * targets, app.js, and every module those import, resolved the way the browser resolves them
 * (relative to the importing module, bare specifiers through the import map).
 */
class DashboardStaticIT {

    private static final Pattern IMPORT_MAP = Pattern.compile(
            "<script\\s+type=\"importmap\"\\s*>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern STYLESHEET = Pattern.compile(
            "<link\\s+rel=\"stylesheet\"\\s+href=\"([^\"]+)\"");
    private static final Pattern MODULE_SCRIPT = Pattern.compile(
            "<script\\s+type=\"module\"\\s+src=\"([^\"]+)\"");
    /** Static imports and re-exports, in source or minified form: import x from"y", export * from 'z', import 'w'. */
    private static final Pattern STATIC_IMPORT = Pattern.compile(
            "(?:^|[;}\\n])\\s*(?:import|export)\\s*(?:[^'\";()]*?\\bfrom\\s*)?[\"']([^\"']+)[\"']");
    private static final String JS = "(text|application)/javascript.*";

    private static final URI PAGE = URI.create("http://dashboard/");

    private static DashboardServer server;
    private static Http http;
    private static String index;

    @BeforeAll
    static void start() {
        server = DashboardServer.builder().control(new FakeControl()).port(0).start();
        http = new Http(server);
        HttpResponse<String> r = http.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        index = r.body();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theImportMapPointsAtModulesServedAsJavaScript() {
        Map<String, String> map = importMap();

        assertThat(map).isNotEmpty();
        map.forEach((specifier, target) -> {
            HttpResponse<String> r = get(PAGE.resolve(target));
            assertThat(r.statusCode()).as(specifier + " -> " + target).isEqualTo(200);
            assertThat(contentType(r)).as(specifier + " -> " + target).matches(JS);
            assertThat(r.body()).as(specifier + " -> " + target).isNotBlank();
        });
    }

    @Test
    void theStylesheetsAreServedAsCss() {
        List<String> sheets = all(STYLESHEET, index);

        assertThat(sheets).as("stylesheet links in index.html").isNotEmpty();
        for (String href : sheets) {
            HttpResponse<String> r = get(PAGE.resolve(href));
            assertThat(r.statusCode()).as(href).isEqualTo(200);
            assertThat(contentType(r)).as(href).startsWith("text/css");
            assertThat(r.body()).as(href).isNotBlank();
        }
    }

    @Test
    void thePagesOwnModuleIsServedAsJavaScript() {
        List<String> scripts = all(MODULE_SCRIPT, index);

        assertThat(scripts).isNotEmpty();
        for (String src : scripts) {
            HttpResponse<String> r = get(PAGE.resolve(src));
            assertThat(r.statusCode()).as(src).isEqualTo(200);
            assertThat(contentType(r)).as(src).matches(JS);
        }
    }

    @Test
    void everyImportOfTheAppAndItsLibrariesResolves() {
        Map<String, String> map = importMap();
        Deque<URI> toVisit = new ArrayDeque<>();
        for (String src : all(MODULE_SCRIPT, index)) {
            toVisit.add(PAGE.resolve(src));
        }
        map.values().forEach(target -> toVisit.add(PAGE.resolve(target)));
        Set<URI> visited = new LinkedHashSet<>();
        Set<String> bare = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();

        while (!toVisit.isEmpty()) {
            URI module = toVisit.removeFirst();
            if (!visited.add(module)) {
                continue;
            }
            HttpResponse<String> r = get(module);
            if (r.statusCode() != 200 || !contentType(r).matches(JS)) {
                problems.add(module.getPath() + ": " + r.statusCode() + " " + contentType(r));
                continue;
            }
            for (String specifier : imports(r.body())) {
                if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")) {
                    toVisit.add(module.resolve(specifier));
                } else {
                    bare.add(specifier);
                    String target = mapped(map, specifier);
                    if (target == null) {
                        problems.add(module.getPath() + " imports '" + specifier + "', which the import map lacks");
                    } else {
                        toVisit.add(PAGE.resolve(target));
                    }
                }
            }
        }

        assertThat(problems).isEmpty();
        assertThat(bare).as("app.js imports its libraries by name").contains("preact", "preact/hooks", "htm", "uplot");
        assertThat(visited).extracting(URI::getPath).anyMatch(p -> p.endsWith("/app.js"))
                .anyMatch(p -> p.endsWith("hooks.module.js"));
    }

    @Test
    void theImportScannerSeesSourceAndMinifiedImports() {
        String source = "// import fake from 'comment';\nimport { h, render } from 'preact';\n"
                + "import htm from \"htm\";\nexport * from './more.js';\nimport './side-effect.js';\n"
                + "const m = import(new URL(x, location.href).href);\n";
        String minified = "import{options as n}from\"preact\";var t,r;export{t as a}from'../x.js';";

        assertThat(imports(source)).containsExactly("preact", "htm", "./more.js", "./side-effect.js");
        assertThat(imports(minified)).containsExactly("preact", "../x.js");
    }

    private static Map<String, String> importMap() {
        Matcher m = IMPORT_MAP.matcher(index);
        assertThat(m.find()).as("index.html has an import map").isTrue();
        JsonNode imports;
        try {
            imports = Http.JSON.readTree(m.group(1)).path("imports");
        } catch (java.io.IOException e) {
            throw new AssertionError("the import map is not JSON: " + m.group(1), e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = imports.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    /** What the browser would load for a bare specifier: an exact key, else the longest "prefix/" key. */
    private static String mapped(Map<String, String> map, String specifier) {
        if (map.containsKey(specifier)) {
            return map.get(specifier);
        }
        String best = null;
        for (String key : map.keySet()) {
            if (key.endsWith("/") && specifier.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best == null ? null : map.get(best) + specifier.substring(best.length());
    }

    private static List<String> imports(String js) {
        return all(STATIC_IMPORT, js.replaceAll("(?m)^\\s*//.*$", ""));
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static HttpResponse<String> get(URI uri) {
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return http.get(path);
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("content-type").orElse("");
    }
}
