package org.openics.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.openics.platform.BodyLimit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses a request body larger than the limit of its path (the longest {@link BodyLimit} prefix any module declared,
 * else the platform's default) with 413 and a plain message. A body that states its length is refused before any of it
 * is read; one sent in chunks is cut off at the limit while it is read. Nothing of a refused body is kept.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    /** Thrown while reading a chunked body past its limit; answered 413 by {@link Refusals}. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String path, long limit) {
            super(message(path, limit));
        }
    }

    private final List<BodyLimit> limits;
    private final long defaultLimit;

    BodyLimitFilter(List<BodyLimit> limits, long defaultLimit) {
        this.limits = limits.stream()
                .sorted(Comparator.comparingInt((BodyLimit l) -> l.pathPrefix().length())
                        .reversed())
                .toList();
        this.defaultLimit = defaultLimit;
    }

    long limitFor(String path) {
        return limits.stream()
                .filter(l -> l.covers(path))
                .findFirst()
                .map(BodyLimit::maxBytes)
                .orElse(defaultLimit);
    }

    static String message(String path, long limit) {
        return "The request body is larger than the " + size(limit) + " that " + path
                + " accepts; nothing of it was kept.";
    }

    static String size(long bytes) {
        if (bytes >= BodyLimit.MIB && bytes % BodyLimit.MIB == 0) {
            return bytes / BodyLimit.MIB + " MiB";
        }
        if (bytes >= BodyLimit.KIB && bytes % BodyLimit.KIB == 0) {
            return bytes / BodyLimit.KIB + " KiB";
        }
        return bytes + " bytes";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, message(path, limit));
            return;
        }
        chain.doFilter(declared < 0 ? new Bounded(request, path, limit) : request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setHeader("Connection", "close"); // the client need not send the rest
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write(
                            "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Too large – OpenICS</title></head><body><main><h1>"
                                    + "What you sent is too large</h1><p>" + HtmlUtils.htmlEscape(message)
                                    + "</p></main></body></html>");
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream()
                    .write(("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\""
                                    + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request whose body stops with {@link TooLarge} once more than the limit has been read. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final String path;
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, String path, long limit) {
            super(request);
            this.path = path;
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    private void count(long n) {
                        if (n > 0) {
                            read += n;
                            if (read > limit) {
                                throw new TooLarge(path, limit);
                            }
                        }
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(n);
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }
}
