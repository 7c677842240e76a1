package app.physiorx.figure;

import java.util.List;

/**
 * Everything needed to draw one exercise: the view, the start and end key frames, the props, the arrow, the
 * ground ({@code floor}, {@code mat}, {@code none}), the joint that stays in place between the frames
 * ({@code anchor}; by default the figure rests on the ground in both), a joint to zoom in on ({@code focus}) and
 * a close-up of what the whole figure cannot show ({@code detail}, see {@link Detail}: {@code hand}, {@code palm},
 * {@code sole}, {@code twist}, {@code hold}).
 */
public record FigureSpec(View view, Pose start, Pose end, List<Prop> props, Arrow arrow, String ground, String anchor,
                         String focus, String detail) {
    public FigureSpec {
        props = props == null ? List.of() : List.copyOf(props);
        ground = ground == null ? "floor" : ground;
        if (detail != null && !Detail.KINDS.contains(detail)) {
            throw new IllegalArgumentException("unknown detail " + detail);
        }
    }

    public FigureSpec(View view, Pose start, Pose end, List<Prop> props, Arrow arrow, String ground, String anchor,
                      String focus) {
        this(view, start, end, props, arrow, ground, anchor, focus, null);
    }
}
