package org.cocrea.evidence.population;

import java.util.List;

/** (Public for the templates.) The models of the population pages. */
public final class Pages {
    private Pages() {}

    /** An organisation's margins page: the current margins in upload order (empty before the first upload). */
    public record Margins(long organisationId, String organisation, List<Margin> margins) {}

    /** A district offered on the self-description form: its value {@code organisationId:band} and its name. */
    public record Option(String value, String label) {}

    /** The districts of one organisation. */
    public record DistrictGroup(String organisation, List<Option> options) {}

    /** The self-description page: what the person gave (null for nothing) and what they may choose from. */
    public record Me(SelfDescription current, List<String> ageBands, List<DistrictGroup> districts, int thisYear) {}

    /**
     * The comparison page of an initiative: the organisation whose population it is compared with, whether it has
     * margins, how many participants gave any data ({@code people}, shown only when {@code enough}), the dimensions,
     * whether the reader may change the margins, and whether they are signed in (to offer the self-description).
     */
    public record Comparison(
            long initiativeId,
            String initiative,
            long organisationId,
            String organisation,
            boolean hasMargins,
            long people,
            boolean enough,
            List<DimensionView> dimensions,
            boolean managesMargins,
            boolean signedIn) {}
}
