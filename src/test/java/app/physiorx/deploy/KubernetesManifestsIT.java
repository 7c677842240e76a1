package app.physiorx.deploy;

import org.junit.jupiter.api.Test;

/**
 * The drift check of {@link KubernetesManifestsTest} after {@code package}: in {@code mvn verify} (bin/test, CI)
 * the unit tests run before the app is packaged, so on a fresh checkout target/kubernetes does not exist yet and
 * the unit test can only skip; here the build has just generated it from the current application.properties.
 */
class KubernetesManifestsIT {
    @Test
    void checkedInManifestsAreWhatThisBuildGenerated() throws Exception {
        KubernetesManifestsTest.load();
        new KubernetesManifestsTest().checkedInManifestsAreWhatTheBuildGenerated();
    }
}
