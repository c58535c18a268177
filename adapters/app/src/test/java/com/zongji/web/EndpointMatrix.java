package com.zongji.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The rows of {@code isolation/endpoints.csv}: one request each, and the status every caller should get. */
final class EndpointMatrix {

    /** The columns of expected statuses, in file order. */
    enum Caller {
        ADMIN("admin", false), ADMIN_OTHER("admin", true), LIULI("liuli", false), LIULI_OTHER("liuli", true),
        ANALYST("analyst", false), REVIEWER("reviewer", false), ANONYMOUS(null, false);

        final String login;
        final boolean otherTenant;

        Caller(String login, boolean otherTenant) {
            this.login = login;
            this.otherTenant = otherTenant;
        }

        @Override
        public String toString() {
            return (login == null ? "anonymous" : login) + (otherTenant ? " on the other tenant's ids" : "");
        }
    }

    /**
     * @param fill     placeholder name → "@kind" (a fixture) or the literal text
     * @param expected the status per caller; null where the row names no such case
     */
    record Row(int line, String method, String path, String servedBy, Map<String, String> fill, String bodyType, String body,
               Map<Caller, Integer> expected) {

        boolean mvc() {
            return servedBy.equals("mvc");
        }

        /** The mapping as {@code METHOD /path}, as the served endpoints are listed. */
        String endpoint() {
            int query = path.indexOf('?');
            return method + " " + (query < 0 ? path : path.substring(0, query));
        }

        /** Asked for as a browser asks for a page, so that a missing login leads to the login page. */
        boolean page() {
            return servedBy.equals("page") || servedBy.equals("static");
        }

        String requestMethod() {
            return method.equals("*") ? "GET" : method;
        }

        @Override
        public String toString() {
            return "endpoints.csv line " + line + " (" + endpoint() + (body.isEmpty() ? "" : " " + body) + ")";
        }
    }

    private static final int FIXED_COLUMNS = 6;

    private EndpointMatrix() {
    }

    static List<Row> load() {
        var resource = Objects.requireNonNull(EndpointMatrix.class.getResourceAsStream("/isolation/endpoints.csv"));
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            int number = 0;
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(row(number, fields(line)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(int line, List<String> fields) {
        Caller[] callers = Caller.values();
        if (fields.size() != FIXED_COLUMNS + callers.length) {
            throw new IllegalArgumentException("endpoints.csv line " + line + ": " + fields.size() + " fields, expected "
                    + (FIXED_COLUMNS + callers.length));
        }
        Map<String, String> fill = new LinkedHashMap<>();
        Arrays.stream(fields.get(3).split(" ")).filter(pair -> !pair.isBlank()).forEach(pair -> {
            String[] nameAndValue = pair.split("=", 2);
            fill.put(nameAndValue[0], nameAndValue[1]);
        });
        Map<Caller, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < callers.length; i++) {
            String status = fields.get(FIXED_COLUMNS + i);
            if (!status.matches("-|[1-5][0-9][0-9]")) {
                throw new IllegalArgumentException("endpoints.csv line " + line + ": no status " + status);
            }
            expected.put(callers[i], status.equals("-") ? null : Integer.valueOf(status));
        }
        return new Row(line, fields.get(0), fields.get(1), fields.get(2), fill, fields.get(4), fields.get(5), expected);
    }

    /** One CSV line: fields separated by commas, quoted with double quotes where they hold commas or quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
