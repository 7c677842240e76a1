package app.physiorx.alert;

/** Open until someone on the care team acknowledges it; resolved when dealt with. */
public enum AlertStatus { OPEN, ACKNOWLEDGED, RESOLVED }
