package app.physiorx.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Who created and last changed a record, when, and its version for optimistic locking. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    public void createdBy(String who) {
        createdBy = who;
        createdAt = OffsetDateTime.now();
        updatedBy = who;
        updatedAt = createdAt;
    }

    public void changedBy(String who) {
        updatedBy = who;
        updatedAt = OffsetDateTime.now();
    }
}
