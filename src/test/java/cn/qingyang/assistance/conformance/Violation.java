package cn.qingyang.assistance.conformance;

/**
 * One breach of the house modelling rules, found by {@link ModelConformanceChecker}.
 *
 * @param file      path of the offending file, relative to the directory that was scanned
 *                  (the BPMN directory for {@code .bpmn}/{@code .dmn}, the forms directory for {@code .form})
 * @param elementId id of the offending element (BPMN/DMN element id, form id or form component id);
 *                  {@code null} when the whole file is affected, e.g. it cannot be parsed
 * @param rule      rule code, e.g. {@code DI_MISSING}
 * @param message   English explanation of what is wrong
 */
public record Violation(String file, String elementId, String rule, String message) {

    @Override
    public String toString() {
        String location = elementId == null ? file : file + " #" + elementId;
        return "[" + rule + "] " + location + ": " + message;
    }
}
