package app.physiorx.clinic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A clinic (tenant). Its key is the Keycloak "clinic" user attribute. */
@Entity
@Table(name = "clinic")
public class Clinic extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "external_key", nullable = false, unique = true, length = 64)
    public String externalKey;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 40)
    public String phone;

    @Column(name = "paper_size", nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    public PaperSize paperSize;

    /** The language of the clinic's staff portal: "en" or "es" (the database checks it). */
    @Column(nullable = false, length = 2)
    public String language = "en";

    @Basic(fetch = FetchType.LAZY)
    public byte[] logo;

    @Column(name = "logo_updated_at")
    public OffsetDateTime logoUpdatedAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
