package cn.qingyang.assistance.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error our API answers: {@code {"error": {"code", "message", "field"}}}.
 * The message is Chinese and says what to fix; the code is stable for programs.
 */
public record ApiError(Detail error) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String code, String message, String field) {
    }

    public static ApiError of(String code, String message) {
        return new ApiError(new Detail(code, message, null));
    }

    public static ApiError of(String code, String message, String field) {
        return new ApiError(new Detail(code, message, field));
    }
}
