package app.physiorx.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Small helpers for API tests: a request as a demo user, unique names. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().header("Authorization", Tokens.bearer(username)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
