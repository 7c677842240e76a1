package app.physiorx.figure;

/**
 * The movement arrow: along the path that {@code joint} travels from the start frame to the end frame, moved by
 * {@code dx}/{@code dy}; or, with {@code dir}, a straight push of {@code len} units in that direction (a hold
 * against resistance). {@code both} puts a head at each end (a movement back and forth).
 */
public record Arrow(String joint, Double dx, Double dy, Double dir, Double len, Boolean both) {
}
