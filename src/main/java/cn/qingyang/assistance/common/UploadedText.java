package cn.qingyang.assistance.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The text of an uploaded CSV as a county office saves it: UTF-8 ("CSV UTF-8", with or without the
 * byte-order mark), or GBK/GB18030, which Excel and WPS write for "CSV(逗号分隔)" on a Chinese
 * Windows. Valid UTF-8 is taken as UTF-8 (GBK Chinese practically never is valid UTF-8), otherwise
 * GB18030, a superset of GBK. Used by the roster and the holiday-arrangement uploads.
 */
public final class UploadedText {

    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));

    private UploadedText() {
    }

    /** The text without its byte-order mark, or empty when the bytes are neither UTF-8 nor GB18030. */
    public static Optional<String> decode(byte[] content) {
        for (Charset charset : CHARSETS) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (CharacterCodingException e) {
                // not this one: try the next
            }
        }
        return Optional.empty();
    }
}
