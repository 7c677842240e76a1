package app.physiorx.handout;

import jakarta.ws.rs.core.Response;

/** A handout as an HTTP answer: a download with a safe file name, never cached by shared caches. */
public final class HandoutResponse {
    private HandoutResponse() {
    }

    public static Response of(HandoutService.Pdf pdf) {
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
