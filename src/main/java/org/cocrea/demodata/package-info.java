/**
 * The demo-data generator ({@code java -jar cocrea.jar demo-data --scale small|city|region [--seed N]}): fills
 * the configured database with a synthetic city through the other modules' public bulk services, so every
 * rule the pages enforce holds for the generated data. Deterministic for a seed, resumable batch by batch.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo-data generator",
        allowedDependencies = {
            "platform",
            "accounts",
            "initiatives",
            "plans",
            "budget",
            "ledger",
            "pacts",
            "tracking",
            "shifts",
            "indicators",
            "survey",
            "rating",
            "evidence"
        })
package org.cocrea.demodata;
