package org.openics.mutualaid;

/** A treatment site of a provider (a hospital, an independent-sector treatment centre, a community diagnostic centre). */
public record Site(
        String code,
        String name,
        String provider,
        String providerName,
        boolean independent,
        Location location,
        SiteKind kind) {

    public Site {
        if (code == null || code.isBlank() || provider == null || provider.isBlank() || location == null) {
            throw new IllegalArgumentException("a site has a code, a provider and a location");
        }
        name = name == null || name.isBlank() ? code : name;
        providerName = providerName == null || providerName.isBlank() ? provider : providerName;
        kind = kind == null ? (independent ? SiteKind.INDEPENDENT : SiteKind.HOSPITAL) : kind;
        if (independent != (kind == SiteKind.INDEPENDENT)) {
            throw new IllegalArgumentException("site " + code + ": independent exactly when its kind is INDEPENDENT");
        }
    }

    /** A hospital or, when {@code independent}, an independent-sector site. */
    public Site(
            String code, String name, String provider, String providerName, boolean independent, Location location) {
        this(code, name, provider, providerName, independent, location, null);
    }
}
