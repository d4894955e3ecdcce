package org.cocrea.pacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** (Public because the precompiled templates read it.) A party's periodic report on the work done. */
public record Report(
        long id,
        long pactId,
        long personId,
        LocalDate doneOn,
        String body,
        BigDecimal hours,
        BigDecimal materials,
        String materialsUnit,
        Long imageId,
        OffsetDateTime createdAt) {}
