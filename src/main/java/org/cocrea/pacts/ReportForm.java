package org.cocrea.pacts;

/** (Public because the precompiled templates read it.) A report as typed; the photo comes as a separate part. */
public record ReportForm(
        String doneOn, String body, String hours, String materials, String materialsUnit, String imageAlt) {
    static ReportForm empty(java.time.LocalDate today) {
        return new ReportForm(today.toString(), "", "", "", "", "");
    }
}
