package org.cocrea.plans.privacy;

/**
 * An emergency access that was not opened for the export of the whole record asked for it (FHIR, the data
 * downloads); the attempt is in the access log before this is thrown.
 */
public class ExportRefused extends ConsentRequired {
    ExportRefused(long instanceId) {
        super(
                instanceId,
                "planprivacy.export.refused",
                "this emergency access does not include the export of the whole record");
    }
}
