package app.physiorx.error;

import app.physiorx.common.InvalidInputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The NUL character cannot be stored in PostgreSQL text and has no place in anything a person types:
 * JSON strings holding it are refused at reading (the error names the field), and so are query and
 * path parameters (the error names the parameter), before any of it reaches a query.
 */
@Singleton
public class NoNulText implements ObjectMapperCustomizer {
    static final String MESSAGE = "must not contain the NUL character";

    /** Reading a JSON string that holds NUL. */
    public static final class NulInText extends InvalidFormatException {
        NulInText(JsonParser parser, String value) {
            super(parser, MESSAGE, value, String.class);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\0') >= 0) {
                    throw new NulInText(parser, value);
                }
                return value;
            }
        }));
    }

    @ServerRequestFilter
    public void parameters(ContainerRequestContext request) {
        for (MultivaluedMap<String, String> params : List.of(request.getUriInfo().getQueryParameters(),
                request.getUriInfo().getPathParameters())) {
            for (Map.Entry<String, List<String>> param : params.entrySet()) {
                for (String value : param.getValue()) {
                    if (value != null && value.indexOf('\0') >= 0) {
                        throw InvalidInputException.field(param.getKey(), MESSAGE);
                    }
                }
            }
        }
    }
}
