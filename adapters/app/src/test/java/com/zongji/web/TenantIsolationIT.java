package com.zongji.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zongji.support.EngineIT;
import com.zongji.web.EndpointMatrix.Caller;
import com.zongji.web.EndpointMatrix.Row;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every query is scoped to the signed-in user's enterprise, every endpoint is role-checked, and every endpoint but
 * health and the console's login page needs a login. The matrix in {@code isolation/endpoints.csv} names each
 * endpoint the engine serves with the status each role gets on its own tenant's and on another tenant's data; an
 * endpoint served without a row fails the build.
 */
class TenantIsolationIT extends EngineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ApplicationContext context;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private IsolationFixtures fixtures;

    @Test
    void everyServedEndpointHasARowInTheMatrix() {
        Set<String> served = servedEndpoints();
        Set<String> inMatrix = new TreeSet<>();
        List<String> stale = new ArrayList<>();
        for (Row row : EndpointMatrix.load()) {
            if (row.mvc()) {
                inMatrix.add(row.endpoint());
                if (!served.contains(row.endpoint())) {
                    stale.add(row.toString());
                }
            }
        }
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(inMatrix);
        assertThat(missing).as("endpoints served without a row in src/test/resources/isolation/endpoints.csv:"
                + " add one with the status each role gets on its own and on another tenant's data").isEmpty();
        assertThat(stale).as("rows of endpoints.csv marked mvc that the engine does not serve").isEmpty();
    }

    @Test
    void eachRoleGetsTheMatrixStatusOnItsOwnAndOnAnotherTenantsData() throws Exception {
        fixtures = new IsolationFixtures(context);
        List<String> wrong = new ArrayList<>();
        try {
            for (Row row : EndpointMatrix.load()) {
                wrong.addAll(mismatches(row));
            }
        } finally {
            fixtures.remove();
        }
        assertThat(wrong).as("requests answered otherwise than endpoints.csv expects").isEmpty();
    }

    private List<String> mismatches(Row row) throws IOException, InterruptedException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Caller, Integer> cell : row.expected().entrySet()) {
            if (cell.getValue() != null) {
                int status = send(row, cell.getKey());
                if (status != cell.getValue()) {
                    wrong.add(row + " as " + cell.getKey() + ": expected " + cell.getValue() + ", got " + status);
                }
            }
        }
        return wrong;
    }

    @Test
    void anAdminSeesAnEmployeeOfTheirOwnEnterprise() {
        long liuLi = employeeIdOf("liuli");
        ResponseEntity<JsonNode> response = as("admin").getForEntity("/api/employees/" + liuLi, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("name").asText()).isEqualTo("刘力");
    }

    @Test
    void anotherEnterprisesAdminGetsNotFoundForThatEmployee() {
        long liuLi = employeeIdOf("liuli");
        ResponseEntity<String> response = as("admin-b").getForEntity("/api/employees/" + liuLi, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).doesNotContain("刘力");
    }

    @Test
    void anotherEnterprisesDirectoryListsOnlyItsOwnPeople() {
        JsonNode employees = as("admin-b").getForObject("/api/employees", JsonNode.class);
        assertThat(employees).extracting(e -> e.get("name").asText()).containsExactly("孙悦");
        JsonNode contacts = as("admin-b").getForObject("/api/contacts", JsonNode.class);
        assertThat(contacts).isEmpty();
    }

    @Test
    void platformRolesAreRefusedEnterpriseData() {
        assertThat(as("reviewer").getForEntity("/api/employees", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("analyst").getForEntity("/api/departments", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anEmployeeCannotReadTheBalance() {
        assertThat(as("liuli").getForEntity("/api/account", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("admin").getForEntity("/api/account", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void withoutLoginOnlyHealthAnswers() {
        assertThat(anonymous("/api/employees", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("admin", "wrong").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> health = anonymous("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void camundaRestIsForPlatformRolesOnly() {
        assertThat(as("reviewer").getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("admin").getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** Every {@code METHOD /path} of Spring MVC's mappings (controllers and actuator); "*" for a mapping of any method. */
    private Set<String> servedEndpoints() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
                if (methods.isEmpty()) {
                    methods.add("*");
                }
                for (String pattern : info.getPatternValues()) {
                    methods.forEach(method -> served.add(method + " " + pattern));
                }
            });
        }
        return served;
    }

    private int send(Row row, Caller caller) throws IOException, InterruptedException {
        String path = row.fill().containsKey("**") ? row.path().replace("**", row.fill().get("**")) : row.path();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + fill(row, path, caller)));
        if (caller.login != null) {
            String credentials = caller.login + ":" + caller.login;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (row.page()) {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        String body = fill(row, row.body(), caller);
        HttpRequest.BodyPublisher publisher = switch (row.bodyType()) {
            case "none" -> HttpRequest.BodyPublishers.noBody();
            case "json" -> typed(request, "application/json", body);
            case "csv" -> typed(request, "text/csv", body);
            case "form" -> typed(request, "application/x-www-form-urlencoded", body);
            case "bpmn" -> multipart(request, "bpmn", "isolation.bpmn", body);
            case "xlsx" -> multipart(request, "workbook", "isolation.xlsx", body);
            case "file" -> multipart(request, "file", "isolation.xlsx", body);
            default -> throw new IllegalArgumentException(row + ": unknown body_type " + row.bodyType());
        };
        HttpResponse<InputStream> response = client.send(request.method(row.requestMethod(), publisher).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        // Not read to the end: an event stream never ends.
        response.body().close();
        return response.statusCode();
    }

    private String fill(Row row, String text, Caller caller) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = row.fill().get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException(row + ": no fill for {" + placeholder.group(1) + "}");
            }
            value = value.startsWith("@") ? fixtures.value(value.substring(1), caller.otherTenant) : value;
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(filled).toString();
    }

    private static HttpRequest.BodyPublisher typed(HttpRequest.Builder request, String contentType, String body) {
        request.header("Content-Type", contentType);
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private static HttpRequest.BodyPublisher multipart(HttpRequest.Builder request, String part, String fileName, String content) {
        String boundary = "isolation-boundary";
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
        return HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + content + "\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8);
    }

    /** A client of its own, so that no connection or state of the signed-in tests is reused. */
    private <T> ResponseEntity<T> anonymous(String path, Class<T> type) {
        return new TestRestTemplate().getForEntity(http.getRootUri() + path, type);
    }

    private long employeeIdOf(String username) {
        return as(username).getForObject("/api/me", JsonNode.class).get("employeeId").asLong();
    }

    private TestRestTemplate as(String demoUser) {
        return http.withBasicAuth(demoUser, demoUser);
    }
}
