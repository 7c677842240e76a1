package app.physiorx.web;

import io.vertx.ext.web.RoutingContext;

/**
 * A signed-in user has just signed out (fired by {@link SignOutResource} before the local session ends).
 * The ID token says who is leaving; the routing context says from where.
 */
public record SignedOut(String idToken, RoutingContext routing) {
}
