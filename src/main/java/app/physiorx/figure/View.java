package app.physiorx.figure;

/** How the figure is seen: from its side (facing right, its left side nearest) or from the front (facing the viewer). */
public enum View {
    SIDE, FRONT
}
