package org.openics.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo's data files on the class path ({@code src/main/resources/demo/}), in the formats a real ICS imports, so that
 * each module's demo is read by the module's own importer. Plain Java: domain code may read them.
 */
public final class DemoResources {

    private DemoResources() {}

    /** The whole text of a demo file (UTF-8), e.g. {@code demo/governance.yaml}; a missing file is a broken build. */
    public static String text(String name) {
        try (InputStream in = DemoResources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo file " + name, e);
        }
    }
}
