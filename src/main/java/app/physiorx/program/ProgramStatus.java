package app.physiorx.program;

public enum ProgramStatus {
    DRAFT, ACTIVE, ARCHIVED
}
