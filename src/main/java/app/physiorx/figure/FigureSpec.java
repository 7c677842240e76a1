package app.physiorx.figure;

import java.util.List;

/**
 * Everything needed to draw one exercise: the view, the start and end key frames, the props, the arrow, the
 * ground ({@code floor}, {@code mat}, {@code none}), the joint that stays in place between the frames
 * ({@code anchor}; by default the figure rests on the ground in both), and a joint to zoom in on ({@code focus}).
 */
public record FigureSpec(View view, Pose start, Pose end, List<Prop> props, Arrow arrow, String ground, String anchor,
                         String focus) {
    public FigureSpec {
        props = props == null ? List.of() : List.copyOf(props);
        ground = ground == null ? "floor" : ground;
    }
}
