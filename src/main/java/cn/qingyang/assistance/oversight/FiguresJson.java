package cn.qingyang.assistance.oversight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** The JSON snapshot of a township's figures kept with an inspection or an assessment. */
@Component
public class FiguresJson {

    private final ObjectMapper json;

    public FiguresJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(TownshipFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures of " + figures.townshipCode() + " not serialisable", e);
        }
    }

    public TownshipFigures read(String snapshot) {
        try {
            return json.readValue(snapshot, TownshipFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored figures unreadable", e);
        }
    }
}
