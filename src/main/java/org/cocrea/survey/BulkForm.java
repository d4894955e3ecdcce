package org.cocrea.survey;

/** (Public because the precompiled templates read it.) Several questions of one kind, one a line. */
public record BulkForm(String kind, String lines) {
    public BulkForm {
        kind = kind == null ? "" : kind;
        lines = lines == null ? "" : lines;
    }
}
