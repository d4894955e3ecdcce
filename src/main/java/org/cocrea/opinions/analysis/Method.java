package org.cocrea.opinions.analysis;

/** The two ways of finding opinion groups (issue 16; the ADR on opinion mapping explains the choice). */
public enum Method {
    /** Polis' published method: PCA to two components, base clusters, k-means groups chosen by silhouette. */
    POLIS,
    /** Cocrea's default, better on sparse data; still drawn on the same 2D map. */
    COCREA
}
