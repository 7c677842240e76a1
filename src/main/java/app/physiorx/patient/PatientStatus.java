package app.physiorx.patient;

public enum PatientStatus {
    ACTIVE, DISCHARGED
}
