package app.physiorx.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of the README's "Layering", checked on the compiled classes: features form a
 * graph without cycles, each feature's tables are reached only through its own persistence classes,
 * and resources and pages speak records, never entities.
 */
@Tag("unit")
class ModularArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.physiorx");
    }

    /** The imported graph is large; the tests that run after these in the same JVM should not carry it. */
    @AfterAll
    static void releaseMainClasses() {
        main = null;
    }

    @Test
    void featuresDependOnEachOtherInOneDirectionOnly() {
        slices().matching("app.physiorx.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void anEntityIsUsedOnlyInsideItsOwnFeature() {
        classes().should(useEntitiesOfTheirOwnFeatureOnly()).check(main);
    }

    @Test
    void onlyPersistenceClassesTalkToTheDatabase() {
        noClasses().that(DescribedPredicate.not(persistenceClass()))
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(io.agroal.api.AgroalDataSource.class)
                .because("SQL lives in a feature's services, directories and named query classes")
                .check(main);
    }

    @Test
    void resourcesAndPagesNeverTouchEntities() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAssignableTo(PanacheEntityBase.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .because("resources translate HTTP to service calls and records")
                .check(main);
    }

    @Test
    void servicesSpeakTheDomainNotHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Queries")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.core.Response")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.WebApplicationException")
                .because("services throw domain exceptions that the one error handler maps")
                .check(main);
    }

    /**
     * Services, directories and named query classes (by suffix), entities, the native row mapper, and the
     * audit trail's writer, retention job, security-event recorder and chain verification, which work on their own connections.
     */
    private static DescribedPredicate<JavaClass> persistenceClass() {
        java.util.Set<String> trail = java.util.Set.of("AuditLog", "AuditRetention", "AuditSecurityEvents", "AuditVerification");
        return DescribedPredicate.describe("a persistence class", c -> {
            String top = c.getName().substring(c.getName().lastIndexOf('.') + 1).split("\\$")[0];
            return top.endsWith("Service") || top.endsWith("Queries") || top.endsWith("Directory")
                    || c.isAnnotatedWith(Entity.class) || c.isAssignableTo(PanacheEntityBase.class)
                    || top.equals("Row") || top.equals("PatientScope") || c.getPackageName().equals("app.physiorx.audit") && trail.contains(top);
        });
    }

    private static ArchCondition<JavaClass> useEntitiesOfTheirOwnFeatureOnly() {
        return new ArchCondition<>("use entities of their own feature only") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    boolean entity = target.isAnnotatedWith(Entity.class)
                            || target.isAnnotatedWith(jakarta.persistence.MappedSuperclass.class);
                    if (entity && !feature(target).equals(feature(origin)) && !feature(target).equals("common")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static String feature(JavaClass c) {
        String rest = c.getPackageName().substring("app.physiorx".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }
}
