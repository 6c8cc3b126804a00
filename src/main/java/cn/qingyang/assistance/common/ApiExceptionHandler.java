package cn.qingyang.assistance.common;

import cn.qingyang.assistance.discovery.CaseNotFoundException;
import cn.qingyang.assistance.discovery.ReportForbiddenException;
import cn.qingyang.assistance.discovery.ReportRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Our API's errors as {@code {"error": {"code", "message", "field"}}} with a Chinese message. */
@RestControllerAdvice(basePackages = "cn.qingyang.assistance")
public class ApiExceptionHandler {

    @ExceptionHandler(ReportRejectedException.class)
    ResponseEntity<ApiError> rejected(ReportRejectedException e) {
        return ResponseEntity.badRequest().body(ApiError.of(e.code(), e.getMessage(), e.field()));
    }

    @ExceptionHandler(ReportForbiddenException.class)
    ResponseEntity<ApiError> forbidden(ReportForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of("FORBIDDEN", e.getMessage()));
    }

    @ExceptionHandler({CaseNotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ApiError> notFound(Exception e) {
        String message = e instanceof CaseNotFoundException ? e.getMessage() : "请求的地址不存在。";
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("NOT_FOUND", message));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(ApiError.of("BODY_INVALID",
                "请求体不是有效的 JSON，或字段类型不对（例如 urgent 应为 true/false）：请检查后重新提交。"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of("MEDIA_TYPE_UNSUPPORTED",
                "请以 application/json（UTF-8）提交。"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ApiError.of("METHOD_NOT_ALLOWED",
                "该地址不支持 " + e.getMethod() + " 请求。"));
    }
}
