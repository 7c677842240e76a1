package app.physiorx.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The links built from the resources are exactly the paths the templates used to spell out. */
@Tag("unit")
class LinksTest {
    @Test
    void siteAndPortal() {
        assertEquals("/", Links.SiteResource().landing());
        assertEquals("/login", Links.SiteResource().login());
        assertEquals("/portal", Links.PortalResource().dashboard());
        assertEquals("/me", PatientLinks.PatientHomeResource().home());
        assertEquals("/me/media/41", PatientLinks.PatientHomeResource().media(41));
        assertEquals("/me/measures", PatientLinks.MyMeasurePages().list());
        assertEquals("/me/measures/7", PatientLinks.MyMeasurePages().form(7));
        assertEquals("/portal/patients/3/measures/7/remove", Links.CaseloadPages().removeMeasure(3, 7));
    }

    @Test
    void caseload() {
        Links.Caseload c = Links.CaseloadPages();
        assertEquals("/portal/patients", c.caseload());
        assertEquals("/portal/patients", c.create());
        assertEquals("/portal/patients/new", c.newPatient());
        assertEquals("/portal/patients/7", c.patient(7));
        assertEquals("/portal/patients/8", c.patient(8)); // the cached path template stays a template
        assertEquals("/portal/patients/7", c.update(7));
        assertEquals("/portal/patients/7/edit", c.edit(7));
        assertEquals("/portal/patients/7/access", c.access(7));
        assertEquals("/portal/patients/7/programs", c.newProgram(7));
    }

    @Test
    void programsWithAPathParameterOnTheClass() {
        Links.Programs p = Links.ProgramPages();
        assertEquals("/portal/programs/3", p.builder(3));
        assertEquals("/portal/programs/3/details", p.details(3));
        assertEquals("/portal/programs/3/items", p.addItem(3));
        assertEquals("/portal/programs/3/items/12", p.updateItem(3, 12));
        assertEquals("/portal/programs/3/items/12/up", p.up(3, 12));
        assertEquals("/portal/programs/3/items/12/down", p.down(3, 12));
        assertEquals("/portal/programs/3/items/12/remove", p.remove(3, 12));
        assertEquals("/portal/programs/3/publish", p.confirmPublish(3));
        assertEquals("/portal/programs/3/publish", p.publish(3));
        assertEquals("/portal/programs/3/versions", p.versions(3));
        assertEquals("/portal/programs/3/versions/2", p.version(3, 2));
        assertEquals("/portal/programs/3/versions/2/handout.pdf", Links.HandoutPages().handout(3, 2));
        assertEquals("/portal/programs/3/versions/2/print", Links.HandoutPages().print(3, 2));
        assertEquals("/portal/programs/1234567890123/versions/10", p.version(1234567890123L, 10));
    }

    @Test
    void templatesAndLibrary() {
        Links.Templates t = Links.TemplatePages();
        assertEquals("/portal/templates", t.list());
        assertEquals("/portal/templates", t.create());
        assertEquals("/portal/templates/new", t.newTemplate());
        assertEquals("/portal/templates/5", t.view(5));
        assertEquals("/portal/templates/5", t.update(5));
        assertEquals("/portal/templates/5/edit", t.edit(5));
        Links.Library l = Links.LibraryPage();
        assertEquals("/portal/library", l.library());
        assertEquals("/portal/library", l.create());
        assertEquals("/portal/library/new", l.newExercise());
        assertEquals("/portal/library/9", l.exercise(9));
        assertEquals("/portal/library/9", l.update(9));
        assertEquals("/portal/library/9/edit", l.edit(9));
        assertEquals("/portal/library/9/copy", l.copy(9));
        assertEquals("/portal/library/9/archive", l.archive(9));
        assertEquals("/portal/library/9/restore", l.restore(9));
        assertEquals("/portal/library/9/image", l.image(9));
    }

    @Test
    void patientPages() {
        assertEquals("/me/sessions", PatientLinks.SessionPages().history());
        assertEquals("/me/sessions", PatientLinks.SessionPages().log());
        assertEquals("/me/sessions/new", PatientLinks.SessionPages().form());
        assertEquals("/me/sessions/4", PatientLinks.SessionPages().session(4));
        assertEquals("/me/handout.pdf", PatientLinks.PatientHandoutPage().handout());
    }

    @Test
    void alertsAuditAndHandouts() {
        Links.Alerts a = Links.AlertPages();
        assertEquals("/portal/alerts", a.list());
        assertEquals("/portal/alerts/panel", a.panel());
        assertEquals("/portal/alerts/nav", a.nav());
        assertEquals("/portal/alerts/8", a.alert(8));
        assertEquals("/portal/alerts/8/acknowledge", a.acknowledge(8));
        assertEquals("/portal/alerts/8/resolve", a.resolve(8));
        assertEquals("/portal/audit", Links.AuditPages().list());
        assertEquals("/portal/audit/patients/6", Links.AuditPages().report(6));
        assertEquals("/api/audit/export.csv", Links.AuditResource().export());
        assertEquals("/portal/handouts/bulk.zip", Links.PortalBulkHandouts().bulk());
    }
}
