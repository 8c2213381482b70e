package dev.corroborate.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The module layout is the pipeline: the core stands alone, and no stage reaches up to the CLI or the report. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.corroborate");

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("dev.corroborate.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "dev.corroborate.ingest..", "dev.corroborate.extract..", "dev.corroborate.nlp..",
                "dev.corroborate.group..", "dev.corroborate.compare..", "dev.corroborate.store..",
                "dev.corroborate.pipeline..", "dev.corroborate.report..", "dev.corroborate.eval..",
                "dev.corroborate.cli..")
            .check(CLASSES);
    }

    @Test
    void coreNeedsNoLibraries() {
        noClasses().that().resideInAPackage("dev.corroborate.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "com.fasterxml..", "picocli..")
            .check(CLASSES);
    }

    @Test
    void pipelineStagesDoNotDependOnCliOrReport() {
        noClasses().that().resideInAnyPackage(
                "dev.corroborate.ingest..", "dev.corroborate.extract..", "dev.corroborate.nlp..",
                "dev.corroborate.group..", "dev.corroborate.compare..", "dev.corroborate.store..",
                "dev.corroborate.pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.corroborate.cli..", "dev.corroborate.report..",
                "dev.corroborate.eval..")
            .check(CLASSES);
    }

    @Test
    void stagesDoNotReachDownstream() {
        noClasses().that().resideInAnyPackage("dev.corroborate.ingest..", "dev.corroborate.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.corroborate.nlp..", "dev.corroborate.group..",
                "dev.corroborate.compare..", "dev.corroborate.store..", "dev.corroborate.pipeline..")
            .check(CLASSES);
    }
}
