package app.physiorx.template;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A named, ordered list of exercises with default dosages (clinicId null: shipped with PhysioRx). */
@Entity
@Table(name = "protocol_template")
public class ProtocolTemplate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "clinic_id")
    public Long clinicId;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 2000)
    public String description;

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
}
