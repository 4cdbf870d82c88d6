package org.openics.platform;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parsers that cannot be made to run away by their input: every YAML or JSON document OpenICS reads from a user or a
 * feed goes through a mapper built here. YAML (SnakeYAML under Jackson) stops at {@link #MAX_YAML_CODE_POINTS} code
 * points, {@link #MAX_ALIASES} aliases (an alias bomb expands a few lines into billions of nodes) and
 * {@link #MAX_DEPTH} levels of nesting; JSON stops at {@link #MAX_DEPTH} levels, {@link #MAX_DOCUMENT_BYTES} and
 * strings of {@link #MAX_STRING_CHARS}. Past a limit the parser fails at once with a message naming the limit.
 */
public final class BoundedParsing {

    /** About 3 MB of text: a scheme of delegation or a plan is tens of kilobytes. */
    public static final int MAX_YAML_CODE_POINTS = 3_000_000;
    public static final int MAX_ALIASES = 50;
    public static final int MAX_DEPTH = 100;
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    public static final int MAX_STRING_CHARS = 5_000_000;

    private BoundedParsing() {
    }

    /** The stream limits of every bounded mapper (JSON and YAML alike). */
    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxStringLength(MAX_STRING_CHARS).build();
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
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(yamlLoaderOptions()).streamReadConstraints(constraints()).build();
        return YAMLMapper.builder(factory);
    }

    /** A JSON mapper builder with the limits in place. */
    public static JsonMapper.Builder json() {
        return JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(constraints()).build());
    }
}
