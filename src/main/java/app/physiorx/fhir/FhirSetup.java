package app.physiorx.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One R4 {@link FhirContext} for the application: it is costly to build and safe to share. */
public class FhirSetup {
    @Produces
    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }
}
