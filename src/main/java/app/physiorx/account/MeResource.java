package app.physiorx.account;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class MeResource {
    private final CurrentUser currentUser;

    public MeResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public record MeView(String username, String displayName, String email, String role, String clinic) {
    }

    @GET
    @Operation(summary = "The signed-in user's profile (any role)")
    public MeView me() {
        Account a = currentUser.account();
        return new MeView(a.username(), a.displayName(), a.email(), a.role().claim, a.clinicName());
    }
}
