package org.openics.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page's address with a trailing slash ({@code /indicators/}) answers like the address without it: a permanent
 * redirect (308, so the method and body are kept) to the same path without the slash and with the same query. The
 * FHIR server ({@code /fhir/}) keeps its own rules; the root is the root.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TrailingSlash {

    @Bean
    FilterRegistrationBean<Redirect> trailingSlashRedirect() {
        FilterRegistrationBean<Redirect> registration = new FilterRegistrationBean<>(new Redirect());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5); // before security: the redirect reveals nothing
        return registration;
    }

    /** The path without its trailing slashes, or null when it has none to drop. */
    static String withoutTrailingSlash(String path) {
        if (path == null || path.length() <= 1 || !path.endsWith("/") || path.startsWith("/fhir")) {
            return null;
        }
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.isEmpty() ? null : trimmed;
    }

    static final class Redirect extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            String target = withoutTrailingSlash(path);
            if (target == null) {
                chain.doFilter(request, response);
                return;
            }
            String query = request.getQueryString();
            response.setStatus(308); // permanent redirect
            response.setHeader("Location", request.getContextPath() + target + (query == null ? "" : "?" + query));
        }
    }
}
