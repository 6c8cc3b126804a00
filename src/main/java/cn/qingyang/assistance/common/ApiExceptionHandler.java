package cn.qingyang.assistance.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Our API's errors as {@code {"error": {"code", "message", "field"}}} with a Chinese message. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final long maxBodyKb;

    public ApiExceptionHandler(ApiProperties api) {
        this.maxBodyKb = api.maxBodyBytes() / 1024;
    }

    /** Every refusal of ours: its status, code, Chinese message and field, whichever feature raised it. */
    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return ResponseEntity.status(e.status()).body(ApiError.of(e.code(), e.getMessage(), e.field()));
    }

    /** Anything unforeseen: logged in full for the administrator, a plain Chinese answer for the caller. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("unexpected error in our API", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of("INTERNAL_ERROR",
                "服务器内部错误，未能完成操作，请稍后重试；如持续出现请联系系统管理员。"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of("NOT_FOUND", "请求的地址不存在。"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.BodyTooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiError.of("BODY_TOO_LARGE",
                        "请求体超过上限（" + maxBodyKb + " KB）：请分批提交，或精简过长的文字。"));
            }
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return ResponseEntity.badRequest().body(ApiError.of("FIELD_UNKNOWN", "请求中有本接口没有的字段“"
                    + Texts.abbreviate(unknown.getPropertyName(), 40) + "”：请删去或核对字段名后重新提交。", path(unknown)));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(ApiError.of("FIELD_TYPE", "字段“" + path(mismatch)
                    + "”的类型不对（例如 urgent 应为 true/false，person 应为对象）：请检查后重新提交。", path(mismatch)));
        }
        return ResponseEntity.badRequest().body(ApiError.of("BODY_INVALID",
                "请求体不是有效的 JSON（或为空）：请检查后重新提交。"));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(Texts.abbreviate(ref.getFieldName(), 40));
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * An upload over spring.servlet.multipart.max-file-size / max-request-size. Multipart requests
     * are resolved lazily (application.yaml), so this reaches our handlers with the controller known.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ApiError.of("UPLOAD_TOO_LARGE",
                "上传的文件过大（上限 20MB）：请拆分成多个较小的文件后分别上传。", "file"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> multipart(MultipartException e) {
        return ResponseEntity.badRequest().body(ApiError.of("UPLOAD_INVALID",
                "上传的内容无法读取（不是完整的 multipart/form-data 请求）：请重新选择文件上传。", "file"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(ApiError.of("PARAMETER_MISSING",
                "缺少参数 " + e.getParameterName() + "，请补充后重新请求。", e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ApiError.of("PARAMETER_INVALID",
                "参数 " + e.getName() + " 的值“" + e.getValue() + "”格式不对，请检查后重新请求。", e.getName()));
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
