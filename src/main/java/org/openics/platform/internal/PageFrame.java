package org.openics.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.openics.platform.PublicPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame (templates/fragments/layout.html) needs: which main navigation entry is
 * current, and who is signed in. The NHS design system's assets under /nhsuk/ are public.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class PageFrame {

    /** Main navigation sections other than the dashboard at "/", with the paths below them. */
    private static final List<String> SECTIONS = List.of(
            "/indicators",
            "/registry",
            "/governance",
            "/development",
            "/data-quality",
            "/cohorts",
            "/finance",
            "/record",
            "/engagement",
            "/consultations");

    /**
     * The main navigation entry a page belongs to: the dashboard for "/" and its drill-down under /dashboard, a section for
     * its own paths, and none for pages outside the main navigation (sign-in, mutual aid, workforce, error pages).
     */
    @ModelAttribute("navigationSection")
    String navigationSection(HttpServletRequest request) {
        return section(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    static String section(String path) {
        if (path.isEmpty() || path.equals("/") || path.equals("/dashboard") || path.startsWith("/dashboard/")) {
            return "/";
        }
        return SECTIONS.stream()
                .filter(s -> path.equals(s) || path.startsWith(s + "/"))
                .findFirst()
                .orElse("");
    }

    @ModelAttribute("signedInAs")
    String signedInAs(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @Configuration(proxyBeanMethods = false)
    static class Assets {
        @Bean
        PublicPaths designSystemAssets() {
            return PublicPaths.of("/nhsuk/**");
        }
    }
}
