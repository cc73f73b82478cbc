package com.cms.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the tests: requests as a user sends them, answers as status, headers and JSON. */
final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** An answer: the status, the raw body, the body as JSON (null when empty or not JSON), the headers. */
    record Answer(int status, String body, JsonNode json, HttpResponse<String> raw) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String text(String field) {
            JsonNode node = json == null ? null : json.path(field);
            return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
        }

        String contentType() {
            return header("Content-Type");
        }

        boolean isProblem() {
            return contentType() != null && contentType().startsWith("application/problem+json")
                    && json.hasNonNull("type") && json.hasNonNull("title") && json.hasNonNull("status")
                    && json.hasNonNull("detail") && json.path("status").asInt() == status;
        }
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    Answer delete(String path) {
        return send(request(path).DELETE().build());
    }

    Answer post(String path, String json) {
        return post(path, json, Map.of());
    }

    Answer post(String path, String json, Map<String, String> headers) {
        return send(withHeaders(request(path).header("Content-Type", "application/json"), headers)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Any method, body and headers, for the bad-input tests. */
    Answer send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return send(withHeaders(request(path), headers).method(method, publisher).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, Map<String, String> headers) {
        headers.forEach(builder::header);
        return builder;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), parse(response.body()), response);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
