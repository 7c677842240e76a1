package app.physiorx.web;

import app.physiorx.config.PhysioRxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The app's public address for pages that hand it on, such as the sign-in sheet for a patient ({@code inject:siteAddress}). */
@ApplicationScoped
@Named("siteAddress")
public class SiteAddress {
    private final PhysioRxConfig config;

    public SiteAddress(PhysioRxConfig config) {
        this.config = config;
    }

    /** Where a patient signs in: the public address followed by /login. */
    public String getSignIn() {
        return config.publicUrl().replaceAll("/+$", "") + "/login";
    }
}
