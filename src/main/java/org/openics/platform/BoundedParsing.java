package org.openics.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Parsers that cannot be made to run away by their input: every YAML or JSON document OpenICS reads from a user or a
 * feed goes through a mapper built here. YAML (SnakeYAML under Jackson) stops at {@link #MAX_YAML_CODE_POINTS} code
 * points and {@link #MAX_DEPTH} levels of nesting, and {@link #readYaml} refuses aliases ({@code *name}): Jackson would
 * not expand them but read the anchor's name as the value, silently wrong, and an alias bomb (a few lines that expand
 * into billions of nodes in a loader that does) is refused before it is built. JSON stops at {@link #MAX_DEPTH}
 * levels, {@link #MAX_DOCUMENT_BYTES} and strings of {@link #MAX_STRING_CHARS}. Past a limit the parser fails at once
 * with a message naming the limit.
 */
public final class BoundedParsing {

    /**
     * Half a million characters: a scheme of delegation or a development plan is tens of kilobytes, and SnakeYAML reads
     * about a megabyte a second on a busy two-core machine, so a refusal comes well within a second.
     */
    public static final int MAX_YAML_CODE_POINTS = 500_000;

    public static final int MAX_ALIASES = 50;
    public static final int MAX_DEPTH = 100;
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    public static final int MAX_STRING_CHARS = 5_000_000;

    private BoundedParsing() {}

    /** The stream limits of every bounded mapper (JSON and YAML alike). */
    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxStringLength(MAX_STRING_CHARS)
                .build();
    }

    /** SnakeYAML's own limits: size, aliases, nesting; no recursive keys; one document per stream. */
    public static LoaderOptions yamlLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /** A YAML mapper builder with the limits in place; add features and modules as needed. */
    public static YAMLMapper.Builder yaml() {
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(yamlLoaderOptions())
                .streamReadConstraints(constraints())
                .build();
        return YAMLMapper.builder(factory);
    }

    /**
     * Reads a YAML document with a mapper from {@link #yaml()}, refusing aliases first (one pass over SnakeYAML's
     * events, within the same limits) with their line: a {@link JsonProcessingException} like any parse problem.
     */
    public static <T> T readYaml(ObjectMapper mapper, String text, Class<T> type) throws JsonProcessingException {
        checkYaml(text);
        return mapper.readValue(text, type);
    }

    /**
     * The checks {@link #readYaml} makes before parsing, for a reader that walks the document itself: the size, counted
     * before any parsing, and no aliases (with their line), as a {@link JsonProcessingException}.
     */
    public static void checkYaml(String text) throws JsonProcessingException {
        if (text.length() > MAX_YAML_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_YAML_CODE_POINTS) {
            // counted before any parsing, so that even 50 MB is refused in milliseconds
            throw new JsonParseException(
                    null, "the YAML document exceeds the limit of " + MAX_YAML_CODE_POINTS + " code points");
        }
        try {
            for (Event event : new Yaml(yamlLoaderOptions()).parse(new StringReader(text))) {
                if (event instanceof AliasEvent alias) {
                    throw new JsonParseException(
                            null,
                            "YAML aliases are not accepted (*" + alias.getAnchor() + " on line "
                                    + (alias.getStartMark().getLine() + 1) + "): write the value out in full");
                }
            }
        } catch (YAMLException e) {
            throw new JsonParseException(null, e.getMessage());
        }
    }

    /** A JSON mapper builder with the limits in place. */
    public static JsonMapper.Builder json() {
        return JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(constraints())
                .build());
    }
}
