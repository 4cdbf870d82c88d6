package org.openics.finance.capital;

import com.google.ortools.Loader;
import java.time.Duration;

/**
 * OR-Tools' native libraries, loaded once per JVM on first use: loading unpacks about 71 MB into java.io.tmpdir and
 * takes 0.6–1.7 s here, so nothing loads them until a round is planned.
 */
final class OrTools {

    private static volatile Duration loadTime;

    private OrTools() {}

    static void load() {
        if (loadTime == null) {
            synchronized (OrTools.class) {
                if (loadTime == null) {
                    long start = System.nanoTime();
                    Loader.loadNativeLibraries();
                    loadTime = Duration.ofNanos(System.nanoTime() - start);
                }
            }
        }
    }

    /** How long loading took, once loaded; zero before. */
    static Duration loadTime() {
        Duration t = loadTime;
        return t == null ? Duration.ZERO : t;
    }
}
