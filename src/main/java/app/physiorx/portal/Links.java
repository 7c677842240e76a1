package app.physiorx.portal;

import app.physiorx.alert.AlertPages;
import app.physiorx.auditreport.AuditPages;
import app.physiorx.auditreport.AuditResource;
import app.physiorx.exercise.LibraryPage;
import app.physiorx.handout.HandoutPages;
import app.physiorx.handout.PortalBulkHandouts;
import app.physiorx.program.ProgramPages;
import app.physiorx.report.PortalProgressReport;
import app.physiorx.template.TemplatePages;
import app.physiorx.web.Locations;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

/**
 * Page links for the templates, built from the JAX-RS resources' {@code @Path}s so a moved path cannot
 * leave a stale link: {@code {uri:CaseloadPages.patient(p.id)}}. One object per resource, named after
 * it, with one method per resource method, named after that method. Checked templates validate these
 * expressions at build time. Query strings stay in the templates. The patient's pages are in {@link PatientLinks}.
 */
@TemplateExtension(namespace = "uri")
public final class Links {
    private static final Site SITE = new Site();
    private static final Portal PORTAL = new Portal();
    private static final Caseload CASELOAD = new Caseload();
    private static final Programs PROGRAMS = new Programs();
    private static final Templates TEMPLATES = new Templates();
    private static final Library LIBRARY = new Library();
    private static final Translations TRANSLATIONS = new Translations();
    private static final Alerts ALERTS = new Alerts();
    private static final Audit AUDIT = new Audit();
    private static final AuditApi AUDIT_API = new AuditApi();
    private static final Handouts HANDOUTS = new Handouts();
    private static final BulkHandouts BULK_HANDOUTS = new BulkHandouts();
    private static final ProgressReport PROGRESS_REPORT = new ProgressReport();

    private Links() {
    }

    static Site SiteResource() {
        return SITE;
    }

    static Portal PortalResource() {
        return PORTAL;
    }

    static Caseload CaseloadPages() {
        return CASELOAD;
    }

    static Programs ProgramPages() {
        return PROGRAMS;
    }

    static Templates TemplatePages() {
        return TEMPLATES;
    }

    static Library LibraryPage() {
        return LIBRARY;
    }

    static Translations TranslationPage() {
        return TRANSLATIONS;
    }

    static Alerts AlertPages() {
        return ALERTS;
    }

    static Audit AuditPages() {
        return AUDIT;
    }

    static AuditApi AuditResource() {
        return AUDIT_API;
    }

    static Handouts HandoutPages() {
        return HANDOUTS;
    }

    static BulkHandouts PortalBulkHandouts() {
        return BULK_HANDOUTS;
    }

    static ProgressReport PortalProgressReport() {
        return PROGRESS_REPORT;
    }

    /** The path of a resource method without its own {@code @Path} (the resource's path). */
    static String of(Class<?> resource, Object... values) {
        return Locations.of(resource, values).toString();
    }

    /** The path of a resource method with its own {@code @Path}, its templates filled in order. */
    static String of(Class<?> resource, String method, Object... values) {
        return Locations.of(resource, method, values).toString();
    }

    @TemplateData
    public static final class Site {
        public String landing() {
            return of(SiteResource.class);
        }

        public String login() {
            return of(SiteResource.class, "login");
        }
    }

    @TemplateData
    public static final class Portal {
        public String dashboard() {
            return of(PortalResource.class);
        }

        public String clinic() {
            return of(PortalResource.class, "clinic");
        }
    }

    @TemplateData
    public static final class Caseload {
        public String caseload() {
            return of(CaseloadPages.class);
        }

        public String newPatient() {
            return of(CaseloadPages.class, "newPatient");
        }

        public String create() {
            return of(CaseloadPages.class);
        }

        public String patient(long id) {
            return of(CaseloadPages.class, "patient", id);
        }

        public String edit(long id) {
            return of(CaseloadPages.class, "edit", id);
        }

        public String update(long id) {
            return of(CaseloadPages.class, "update", id);
        }

        public String access(long id) {
            return of(CaseloadPages.class, "access", id);
        }

        public String addMeasure(long id) {
            return of(CaseloadPages.class, "addMeasure", id);
        }

        public String removeMeasure(long id, long measureId) {
            return of(CaseloadPages.class, "removeMeasure", id, measureId);
        }

        public String newProgram(long id) {
            return of(CaseloadPages.class, "newProgram", id);
        }
    }

    @TemplateData
    public static final class Programs {
        public String builder(long id) {
            return of(ProgramPages.class, id);
        }

        public String details(long id) {
            return of(ProgramPages.class, "details", id);
        }

        public String addItem(long id) {
            return of(ProgramPages.class, "addItem", id);
        }

        public String updateItem(long id, long itemId) {
            return of(ProgramPages.class, "updateItem", id, itemId);
        }

        public String up(long id, long itemId) {
            return of(ProgramPages.class, "up", id, itemId);
        }

        public String down(long id, long itemId) {
            return of(ProgramPages.class, "down", id, itemId);
        }

        public String remove(long id, long itemId) {
            return of(ProgramPages.class, "remove", id, itemId);
        }

        public String confirmPublish(long id) {
            return of(ProgramPages.class, "confirmPublish", id);
        }

        public String publish(long id) {
            return of(ProgramPages.class, "publish", id);
        }

        public String versions(long id) {
            return of(ProgramPages.class, "versions", id);
        }

        public String version(long id, int number) {
            return of(ProgramPages.class, "version", id, number);
        }
    }

    @TemplateData
    public static final class Templates {
        public String list() {
            return of(TemplatePages.class);
        }

        public String view(long id) {
            return of(TemplatePages.class, "view", id);
        }

        public String newTemplate() {
            return of(TemplatePages.class, "newTemplate");
        }

        public String edit(long id) {
            return of(TemplatePages.class, "edit", id);
        }

        public String create() {
            return of(TemplatePages.class);
        }

        public String update(long id) {
            return of(TemplatePages.class, "update", id);
        }
    }

    @TemplateData
    public static final class Library {
        public String library() {
            return of(LibraryPage.class);
        }

        public String newExercise() {
            return of(LibraryPage.class, "newExercise");
        }

        public String create() {
            return of(LibraryPage.class);
        }

        public String exercise(long id) {
            return of(LibraryPage.class, "exercise", id);
        }

        public String edit(long id) {
            return of(LibraryPage.class, "edit", id);
        }

        public String update(long id) {
            return of(LibraryPage.class, "update", id);
        }

        public String copy(long id) {
            return of(LibraryPage.class, "copy", id);
        }

        public String archive(long id) {
            return of(LibraryPage.class, "archive", id);
        }

        public String restore(long id) {
            return of(LibraryPage.class, "restore", id);
        }

        public String hide(long id) {
            return of(LibraryPage.class, "hide", id);
        }

        public String unhide(long id) {
            return of(LibraryPage.class, "unhide", id);
        }

        public String image(long id) {
            return of(LibraryPage.class, "image", id);
        }
    }

    @TemplateData
    public static final class Translations {
        public String form(long id, String language) {
            return of(app.physiorx.exercise.TranslationPage.class, (Object) id, language);
        }

        public String save(long id, String language) {
            return form(id, language);
        }

        public String remove(long id, String language) {
            return of(app.physiorx.exercise.TranslationPage.class, "remove", id, language);
        }
    }

    @TemplateData
    public static final class Alerts {
        public String list() {
            return of(AlertPages.class);
        }

        public String panel() {
            return of(AlertPages.class, "panel");
        }

        public String nav() {
            return of(AlertPages.class, "nav");
        }

        public String alert(long id) {
            return of(AlertPages.class, "alert", id);
        }

        public String acknowledge(long id) {
            return of(AlertPages.class, "acknowledge", id);
        }

        public String resolve(long id) {
            return of(AlertPages.class, "resolve", id);
        }
    }

    @TemplateData
    public static final class Audit {
        public String list() {
            return of(AuditPages.class);
        }

        public String report(long patientId) {
            return of(AuditPages.class, "report", patientId);
        }

        public String chain() {
            return of(AuditPages.class, "chain");
        }

        public String startFullWalk() {
            return of(AuditPages.class, "startFullWalk");
        }
    }

    @TemplateData
    public static final class AuditApi {
        public String export() {
            return of(AuditResource.class, "export");
        }
    }

    @TemplateData
    public static final class Handouts {
        public String handout(long id, int number) {
            return of(HandoutPages.class, "handout", id, number);
        }

        public String print(long id, int number) {
            return of(HandoutPages.class, "print", id, number);
        }
    }

    @TemplateData
    public static final class BulkHandouts {
        public String bulk() {
            return of(PortalBulkHandouts.class, "bulk");
        }
    }

    @TemplateData
    public static final class ProgressReport {
        /** The patient's progress report (the period goes in the query string). */
        public String report(long id) {
            return of(PortalProgressReport.class, id);
        }
    }
}
