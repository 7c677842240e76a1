package app.physiorx.template;

import app.physiorx.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named, ordered list of exercises with default dosages (clinicId null: shipped with PhysioRx). */
@Entity
@Table(name = "protocol_template")
public class ProtocolTemplate extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "clinic_id")
    public Long clinicId;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 2000)
    public String description;

    /** The condition a shipped template suits ("Non-specific neck pain"); null for a clinic's own. */
    @Column(length = 200)
    public String condition;

}
