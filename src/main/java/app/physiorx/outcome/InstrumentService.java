package app.physiorx.outcome;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.common.ConflictException;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.NotAllowedException;
import app.physiorx.outcome.OutcomeApi.InstrumentView;
import app.physiorx.outcome.OutcomeQueries.InstrumentRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instruments a clinic may use: the built-ins (stored at start-up from src/main/resources/outcome) and the
 * clinic's own imports. A stored version never changes, so its parsed definition is cached by id.
 */
@ApplicationScoped
public class InstrumentService {
    /** The built-in instruments shipped with the app (their Questionnaire files under src/main/resources/outcome). */
    static final List<String> BUILT_IN = List.of("nprs", "psfs", "groc");

    private final OutcomeQueries queries;
    private final Map<Long, Instrument> parsed = new ConcurrentHashMap<>();

    public InstrumentService(OutcomeQueries queries) {
        this.queries = queries;
    }

    /** Stores the built-in instruments that are not stored yet (at start-up; a new version is a new row). */
    @Transactional
    public int storeBuiltIns() {
        int added = 0;
        for (String code : BUILT_IN) {
            String definition = resource("outcome/" + code + ".json");
            Instrument instrument = InstrumentJson.read(definition);
            if (queries.insertInstrument(null, instrument.code(), instrument.version(), instrument.title(), definition, "physiorx")
                    .isPresent()) {
                added++;
            }
        }
        return added;
    }

    static String resource(String path) {
        try (InputStream in = OutcomeService.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InstrumentView> instruments(Account caller) {
        staffOnly(caller);
        return queries.instruments(caller.clinicId()).stream().map(this::view).toList();
    }

    /** One built-in or clinic instrument, or 404 (another clinic's import looks like none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentView get(Account caller, long id) {
        staffOnly(caller);
        return view(queries.instrument(caller.clinicId(), id).orElseThrow(() -> new app.physiorx.common.NotFoundException("Instrument")));
    }

    /** A clinic admin imports an instrument as a FHIR R4 Questionnaire; the same code and version twice is a conflict. */
    @Transactional
    public InstrumentView importInstrument(Account caller, String questionnaire) {
        if (caller.role() != Role.CLINIC_ADMIN) {
            throw new NotAllowedException("Only a clinic admin can import an instrument.");
        }
        Instrument instrument = InstrumentJson.read(questionnaire);
        if (BUILT_IN.contains(instrument.code())) {
            throw InvalidInputException.field("name", "\"" + instrument.code() + "\" is the code of a built-in instrument; choose another name.");
        }
        String normalised = InstrumentJson.write(instrument);
        long id = queries.insertInstrument(caller.clinicId(), instrument.code(), instrument.version(), instrument.title(),
                normalised, caller.subject()).orElseThrow(() -> new ConflictException("Version " + instrument.version() + " of \""
                + instrument.code() + "\" is already imported. A changed instrument needs a new version number."));
        return view(queries.instrument(caller.clinicId(), id).orElseThrow());
    }

    Instrument definition(InstrumentRow row) {
        return parsed.computeIfAbsent(row.id(), id -> InstrumentJson.read(row.definition()));
    }

    InstrumentView view(InstrumentRow row) {
        Instrument i = definition(row);
        return new InstrumentView(row.id(), i.code(), i.version(), i.title(), i.credit(), row.clinicId() == null, i.items(),
                i.scoring(), i.namedActivities());
    }

    private static void staffOnly(Account caller) {
        if (!caller.isStaff()) {
            throw new NotAllowedException("Only clinic staff can do this.");
        }
    }

    /** The built-ins and the clinic's own, by id (one query). */
    Map<Long, InstrumentRow> byId(long clinicId) {
        Map<Long, InstrumentRow> out = new java.util.HashMap<>();
        queries.instruments(clinicId).forEach(i -> out.put(i.id(), i));
        return out;
    }
}
