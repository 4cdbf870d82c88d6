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

    /** Main navigation sections other than the dashboard at "/", which holds every other page. */
    private static final List<String> SECTIONS = List.of("/registry", "/governance", "/development", "/data-quality", "/record", "/finance", "/engagement", "/consultations");

    @ModelAttribute("navigationSection")
    String navigationSection(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SECTIONS.stream().filter(s -> path.equals(s) || path.startsWith(s + "/")).findFirst().orElse("/");
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
