package app.physiorx.exercise;

/** JSON bodies for exercise tests. */
public final class ExerciseJson {
    private ExerciseJson() {
    }

    public static String exercise(String name) {
        return exercise(name, "2", "3", null);
    }

    static String exercise(String name, String setsMin, String setsMax, Integer version) {
        return """
                {"name": "%s", "group": "SHOULDER_STRENGTHENING", "bodyRegions": ["SHOULDERS"],
                 "position": "STANDING", "positionDetail": "Standing tall beside a door",
                 "equipment": ["resistance band"],
                 "dosage": {"setsMin": %s, "setsMax": %s, "repsMin": 8, "repsMax": 12, "repsMode": "PLAIN",
                            "holdMinSeconds": 2, "holdMaxSeconds": 2},
                 "steps": ["Hold the band at chest height.", "Pull back slowly and squeeze."],
                 "cues": ["Shoulders down."], "precautions": ["Stop if it hurts."],
                 "tags": ["doorway", "band"]%s}
                """.formatted(name, setsMin, setsMax, version == null ? "" : ", \"version\": " + version);
    }
}
