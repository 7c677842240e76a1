package app.physiorx.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Every {@code physiorx.*} setting, with its default and its rules; the app refuses to start when one
 * breaks them. application.properties maps each to its environment variable (see .env.example).
 * Inject this where a setting is needed; the two schedules are read by their {@code @Scheduled} jobs.
 */
@ConfigMapping(prefix = "physiorx")
public interface PhysioRxConfig {

    /** The address patients and staff reach the app at: links in emails and on handouts. */
    @WithDefault("http://127.0.0.1:8080")
    @Pattern(regexp = "https?://[^\\s]+", message = "must be an http:// or https:// address")
    String publicUrl();

    /** The clinic's zone: what "today" is for session dates and the daily check. */
    @WithDefault("UTC")
    ZoneId timeZone();

    Inactivity inactivity();

    Mail mail();

    Audit audit();

    Keycloak keycloak();

    Alerts alerts();

    Library library();

    Partitions partitions();

    /** The monthly partitions of sessions and audit events (issue 17), made ahead of time. */
    interface Partitions {
        /** How many months after the current one must have their partitions. */
        @WithDefault("3")
        @jakarta.validation.constraints.Min(1)
        @jakarta.validation.constraints.Max(24)
        int monthsAhead();

        /** How often the app checks that they exist (once across instances). */
        @WithDefault("6h")
        @NotBlank
        String interval();
    }

    /** Limits of a library import (issue 16): refused before anything is read further. */
    interface Library {
        /** Largest JSON or CSV file accepted (bytes). */
        @WithDefault("20971520")
        long maxFileBytes();

        /** Largest ZIP accepted (bytes). */
        @WithDefault("209715200")
        long maxZipBytes();

        /** Most entries a ZIP may hold. */
        @WithDefault("2000")
        int maxZipEntries();

        /** Most bytes all entries of a ZIP may unpack to, whatever their headers say (zip-bomb guard). */
        @WithDefault("262144000")
        long maxUnpackedBytes();

        /** Most exercises, and most templates, one file may hold. */
        @WithDefault("5000")
        int maxRows();
    }

    Media media();

    interface Media {
        /**
         * The folder of the media store: clinic pictures and videos, one file per SHA-256 of its bytes.
         * Back it up with the database (the rows name the files).
         */
        @WithDefault("/var/lib/physiorx/media")
        @NotBlank
        String dir();
    }

    interface Alerts {
        /** How often an open alert stream is kept alive and its account, role and scope checked again. */
        @WithDefault("15s")
        java.time.Duration streamKeepAlive();

        /** How long the alert listener first waits before it reconnects to the database (doubling up to 10 s). */
        @WithDefault("250ms")
        java.time.Duration listenerRetry();

        /** Open alert streams per user; opening one more closes the oldest. */
        @WithDefault("5")
        @jakarta.validation.constraints.Min(1)
        int streamsPerUser();
    }

    Reminders reminders();

    /** Reminder emails (issue 20). */
    interface Reminders {
        /** How often the job looks for reminders that are due ("off" stops it; it runs once across instances). */
        @WithDefault("5m")
        @NotBlank
        String every();
    }

    interface Inactivity {
        /** When the daily check for patients who stopped logging runs (Quartz cron, clinic zone of the server). */
        @WithDefault("0 0 7 * * ?")
        @NotBlank
        String cron();
    }

    interface Mail {
        /** Email the assigned therapist about high-severity alerts (no health details in it). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Audit {
        /** Always on in service; off exists only so the benchmark can measure what the trail costs. */
        @WithDefault("true")
        boolean enabled();

        /** Keep audit events this long (an ISO period such as P8Y); empty keeps every event forever. */
        Optional<Period> retention();

        /** When the retention purge runs. */
        @WithDefault("0 30 3 * * ?")
        @NotBlank
        String retentionCron();

        /** Events per checkpoint of the hash chain; 0 writes none (the API check then walks the whole chain). */
        @WithDefault("10000")
        @jakarta.validation.constraints.PositiveOrZero
        int checkpointEvery();

        /** How often the app looks for a complete segment to checkpoint. */
        @WithDefault("60s")
        @NotBlank
        String checkpointInterval();

        /** When the background walk of the whole chain runs on its own (it can also be started on the audit page). */
        @WithDefault("0 0 4 * * ?")
        @NotBlank
        String fullWalkCron();
    }

    interface Keycloak {
        /** The realm whose patient accounts the app manages. */
        @WithDefault("physiorx")
        @NotBlank
        String realm();
    }
}
