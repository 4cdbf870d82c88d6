package org.openics.platform.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Optional;
import org.openics.platform.PublicPaths;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.AntPathMatcher;

/**
 * The OpenAPI 3 description of the REST API, generated from the controllers by springdoc: {@code /v3/api-docs} (JSON,
 * {@code .yaml} for YAML) and a browsable page at {@code /swagger-ui.html}, both public — they describe the interface and
 * hold no data. Only {@code /api/**} is described (settings in {@code openics-api-docs.properties}); the FHIR server at
 * {@code /fhir} describes itself in its capability statement, {@code /fhir/metadata}. Each operation is tagged with its
 * module and says how a caller authenticates: none for the paths a module declares public ({@link PublicPaths}), else a
 * session cookie (with the CSRF token for a write), HTTP Basic or a bearer token. See docs/api.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@PropertySource("classpath:openics-api-docs.properties")
class ApiDescription {

    static final String SESSION = "session";
    static final String CSRF = "csrf";
    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    /** The token endpoint takes the account's own credentials (Basic) and nothing else. */
    static final String TOKEN_PATH = "/api/auth/token";

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Bean
    PublicPaths apiDescriptionPublicPaths() {
        return PublicPaths.of(
                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**");
    }

    @Bean
    OpenAPI openIcsApi() {
        String version = Optional.ofNullable(ApiDescription.class.getPackage().getImplementationVersion())
                .orElse("development");
        return new OpenAPI()
                .info(new Info()
                        .title("OpenICS REST API")
                        .version(version)
                        .description(
                                "The REST API of the integrated care system's platform, generated from its code. Each "
                                        + "operation is tagged with its module and lists how a caller may authenticate; an operation "
                                        + "with no security requirement is public. The FHIR R4 server at /fhir is not described here: "
                                        + "its capability statement at /fhir/metadata describes it. How to read this and authenticate: "
                                        + "docs/api.md."))
                .externalDocs(new ExternalDocumentation()
                        .description("FHIR R4 capability statement of the shared care record")
                        .url("/fhir/metadata"))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        SESSION,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.APIKEY)
                                                .in(SecurityScheme.In.COOKIE)
                                                .name("JSESSIONID")
                                                .description(
                                                        "The session of a user signed in at /login (browser). A write made with it "
                                                                + "also needs the CSRF token (scheme csrf)."))
                                .addSecuritySchemes(
                                        CSRF,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.APIKEY)
                                                .in(SecurityScheme.In.HEADER)
                                                .name("X-CSRF-TOKEN")
                                                .description(
                                                        "The session's CSRF token, as every form of the signed-in pages carries it (hidden field _csrf); needed "
                                                                + "with a session cookie for every method but GET and HEAD. A write the browser "
                                                                + "marks Sec-Fetch-Site: cross-site is refused whatever it carries."))
                                .addSecuritySchemes(
                                        BASIC,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("basic")
                                                .description(
                                                        "An account's user name and password, or a registered feed's name and "
                                                                + "secret, on every request; no CSRF token. Refused on /api/** when an OIDC "
                                                                + "issuer is configured (OPENICS_OIDC_ISSUER)."))
                                .addSecuritySchemes(
                                        BEARER,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("JWT")
                                                .description(
                                                        "A token from POST " + TOKEN_PATH
                                                                + " (signed by OpenICS) or from the "
                                                                + "configured OIDC issuer (claims role, organisation, nhs_number); no CSRF token.")));
    }

    /** Tags each operation with its module (org.openics.MODULE...), unless its controller names its own tag. */
    @Bean
    OperationCustomizer moduleTags() {
        return (operation, handler) -> {
            boolean ownTag = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Tag.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), Tag.class);
            if (!ownTag) {
                operation.setTags(List.of(module(handler.getBeanType().getPackageName())));
            }
            return operation;
        };
    }

    /** Who may call each operation: nobody needs to for public paths, the rest take a session, Basic or bearer. */
    @Bean
    OpenApiCustomizer callers(List<PublicPaths> publicPaths) {
        List<String> open =
                publicPaths.stream().flatMap(p -> p.patterns().stream()).toList();
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> operation.setSecurity(security(path, method, open))));
        };
    }

    static List<SecurityRequirement> security(String path, PathItem.HttpMethod method, List<String> publicPatterns) {
        if (path.equals(TOKEN_PATH)) {
            return List.of(requirement(BASIC));
        }
        if (publicPatterns.stream().anyMatch(pattern -> PATHS.match(pattern, path))) {
            return List.of(); // public: no credentials needed (a signed-in caller is welcome too)
        }
        boolean write = !(method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD);
        SecurityRequirement session = write ? requirement(SESSION).addList(CSRF) : requirement(SESSION);
        return List.of(session, requirement(BASIC), requirement(BEARER));
    }

    private static SecurityRequirement requirement(String scheme) {
        return new SecurityRequirement().addList(scheme);
    }

    static String module(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 && parts[0].equals("org") && parts[1].equals("openics") ? parts[2] : packageName;
    }
}
