package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.physiorx.alert.AlertPages;
import app.physiorx.exercise.ExerciseResource;
import app.physiorx.exercise.LibraryPage;
import app.physiorx.patient.PatientResource;
import app.physiorx.portal.CaseloadPages;
import app.physiorx.program.ProgramPages;
import app.physiorx.program.ProgramResource;
import app.physiorx.progress.MySessionsResource;
import app.physiorx.progress.SessionPages;
import app.physiorx.template.TemplatePages;
import app.physiorx.template.TemplateResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Redirects and Location headers built from the resources read exactly as the paths they replaced. */
@Tag("unit")
class LocationsTest {

    @Test
    void pageRedirectsAreTheResourcesPaths() {
        assertEquals("/portal/library/7", Locations.of(LibraryPage.class, "exercise", 7L).toString());
        assertEquals("/portal/library/7/edit", Locations.of(LibraryPage.class, "edit", 7L).toString());
        assertEquals("/portal/alerts/3", Locations.of(AlertPages.class, "alert", 3L).toString());
        assertEquals("/me/sessions/9", Locations.of(SessionPages.class, "session", 9L).toString());
        assertEquals("/portal/programs/5", Locations.of(ProgramPages.class, 5L).toString());
        assertEquals("/portal/programs/5#item-12",
                Locations.withFragment(Locations.of(ProgramPages.class, 5L), "item-12").toString());
        assertEquals("/portal/programs/5/versions", Locations.of(ProgramPages.class, "versions", 5L).toString());
        assertEquals("/portal/patients/4", Locations.of(CaseloadPages.class, "patient", 4L).toString());
        assertEquals("/portal/templates/2", Locations.of(TemplatePages.class, "view", 2L).toString());
    }

    @Test
    void createdRecordsAreLocatedAtTheirApiPaths() {
        assertEquals("/api/exercises/8", Locations.of(ExerciseResource.class, "get", 8L).toString());
        assertEquals("/api/me/sessions/6", Locations.of(MySessionsResource.class, "get", 6L).toString());
        assertEquals("/api/programs/1", Locations.of(ProgramResource.class, "get", 1L).toString());
        assertEquals("/api/patients/11", Locations.of(PatientResource.class, "get", 11L).toString());
        assertEquals("/api/templates/13", Locations.of(TemplateResource.class, "get", 13L).toString());
    }

    @Test
    void aMethodTheResourceDoesNotHaveFailsAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> Locations.of(LibraryPage.class, "nothingLikeThis", 1L));
    }
}
