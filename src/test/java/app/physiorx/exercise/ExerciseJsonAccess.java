package app.physiorx.exercise;

/** Exposes the exercise test bodies to tests of other features. */
public final class ExerciseJsonAccess {
    private ExerciseJsonAccess() {
    }

    public static String exercise(String name) {
        return ExerciseJson.exercise(name);
    }
}
