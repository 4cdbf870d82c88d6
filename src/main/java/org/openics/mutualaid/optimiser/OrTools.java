package org.openics.mutualaid.optimiser;

import com.google.ortools.Loader;

/** Loads OR-Tools' native libraries once per JVM, on first use (they are copied to java.io.tmpdir: ~70 MB, about a second). */
final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {}

    static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
