package org.openics.record.internal;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;

/**
 * FHIR search paging: {@code _count} (default {@value #DEFAULT_COUNT}, at most {@value #MAX_COUNT}) and an opaque
 * {@code _cursor} naming where a page starts in the search's stable order (resource id) and in which direction. Keyset
 * rather than offset paging, so that a page costs the same however deep it is and a resource stored meanwhile moves
 * nothing between pages.
 */
record SearchPaging(int count, String cursorId, boolean backwards) {

    static final String COUNT = "_count";
    static final String CURSOR = "_cursor";
    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 1_000;

    static SearchPaging of(RequestDetails request) {
        return new SearchPaging(count(first(request, COUNT)), null, false).at(first(request, CURSOR));
    }

    static int count(String given) {
        if (given == null || given.isBlank()) {
            return DEFAULT_COUNT;
        }
        try {
            int count = Integer.parseInt(given.trim());
            if (count < 1) {
                throw new InvalidRequestException(COUNT + " must be at least 1, not " + given);
            }
            return Math.min(count, MAX_COUNT);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(COUNT + " must be a number, not '" + given + "'");
        }
    }

    private SearchPaging at(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return this;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("not a paging cursor of this server: '" + cursor + "'");
        }
        if (decoded.length() < 2 || (decoded.charAt(0) != '>' && decoded.charAt(0) != '<')) {
            throw new InvalidRequestException("not a paging cursor of this server: '" + cursor + "'");
        }
        return new SearchPaging(count, decoded.substring(1), decoded.charAt(0) == '<');
    }

    boolean firstPage() {
        return cursorId == null;
    }

    /** The page after the resource with this id. */
    static String after(String id) {
        return token('>' + id);
    }

    /** The page before the resource with this id. */
    static String before(String id) {
        return token('<' + id);
    }

    private static String token(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The same search at another cursor (null: the first page), with the page size made explicit. */
    String link(RequestDetails request, String resourceType, String cursor) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, String[]> parameter : request.getParameters().entrySet()) {
            if (parameter.getKey().equals(COUNT) || parameter.getKey().equals(CURSOR)) {
                continue;
            }
            for (String value : parameter.getValue()) {
                query.add(encode(parameter.getKey()) + "=" + encode(value));
            }
        }
        query.add(COUNT + "=" + count);
        if (cursor != null) {
            query.add(CURSOR + "=" + cursor);
        }
        return request.getFhirServerBase() + "/" + resourceType + "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String first(RequestDetails request, String name) {
        String[] values = request.getParameters().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
