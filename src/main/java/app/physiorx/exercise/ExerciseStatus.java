package app.physiorx.exercise;

public enum ExerciseStatus {
    ACTIVE, ARCHIVED
}
