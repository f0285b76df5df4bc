package dev.stsviz.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code -o yaml} and {@code -o json} as kubectl prints them (4-space JSON; a List wrapper for several objects). */
public final class ObjectOutput {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n"));

    /** One object as {@code kubectl get -o yaml} prints it. */
    public static String yaml(HasMetadata object) {
        return yaml(List.of(object), true);
    }

    static String yaml(List<? extends HasMetadata> objects, boolean single) {
        return write(YAML, objects, single, false);
    }

    static String json(List<? extends HasMetadata> objects, boolean single) {
        return write(JSON, objects, single, true);
    }

    private static String write(ObjectMapper mapper, List<? extends HasMetadata> objects, boolean single, boolean pretty) {
        Object value;
        if (single) {
            value = objects.get(0);
        } else {
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("apiVersion", "v1");
            list.put("items", objects);
            list.put("kind", "List");
            list.put("metadata", Map.of("resourceVersion", ""));
            value = list;
        }
        try {
            String text = pretty ? mapper.writer(PRETTY).writeValueAsString(value) : mapper.writeValueAsString(value);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new ConsoleException("error: " + e.getOriginalMessage());
        }
    }

    private ObjectOutput() {
    }
}
