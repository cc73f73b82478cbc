package com.cms.platform.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the actor ({@code X-Actor}, until there is authentication) and the correlation id
 * ({@code X-Correlation-Id}, or a new one, echoed in the response) of each request.
 */
public class RequestOriginFilter extends OncePerRequestFilter {

    public static final String ACTOR_HEADER = "X-Actor";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}@._:/+ -]{1,200}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String actor = headerOr(request, ACTOR_HEADER, RequestOrigin.ANONYMOUS);
        String correlationId = headerOr(request, CORRELATION_HEADER, UUID.randomUUID().toString());
        if (!TOKEN.matcher(actor).matches() || !TOKEN.matcher(correlationId).matches()) {
            reject(response);
            return;
        }
        response.setHeader(CORRELATION_HEADER, correlationId);
        RequestOrigin.bind(new RequestOrigin(actor.strip(), correlationId));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.clear();
        }
    }

    private static String headerOr(HttpServletRequest request, String header, String fallback) {
        String value = request.getHeader(header);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void reject(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,"
                + "\"detail\":\"" + ACTOR_HEADER + " and " + CORRELATION_HEADER
                + " must be 1 to 200 letters, digits, spaces or @._:/+-\"}");
    }
}
