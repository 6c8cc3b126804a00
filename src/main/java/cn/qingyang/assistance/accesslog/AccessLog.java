package cn.qingyang.assistance.accesslog;

import cn.qingyang.assistance.security.CallerScope;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the access log of personal data: one row per read of a case file, full ID number
 * shown or export, in its own transaction (a read that fails afterwards is still logged; a log
 * that cannot be written fails the read, so nothing personal leaves unlogged). Each row is
 * chained to the previous one by an HMAC-SHA256 over its fields ({@link #hash}).
 */
@Service
public class AccessLog {

    /** The demo profile's key: published in the repository, so refused in production. */
    static final String DEMO_KEY = "ZGVtby1vbmx5LWFjY2Vzcy1sb2cta2V5LW5vdC1mb3ItcHJvZHVjdGlvbg==";

    private final AccessLogRepository repository;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final SecretKeySpec key;

    public AccessLog(AccessLogRepository repository, PlatformTransactionManager transactions, Clock clock,
                     AccessLogProperties properties, Environment environment) {
        this.repository = repository;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.key = key(properties.key(), environment.acceptsProfiles(Profiles.of("prod")));
    }

    static SecretKeySpec key(String base64, boolean production) {
        if (base64 == null || base64.isBlank()) {
            throw new AccessLogKeyException("未配置个人信息访问日志的密钥：请设置 QINGYANG_ACCESS_LOG_KEY"
                    + "（qingyang.access-log.key，Base64 编码、至少 32 字节的随机数，如 openssl rand -base64 32）。");
        }
        if (production && DEMO_KEY.equals(base64.trim())) {
            throw new AccessLogKeyException("个人信息访问日志的密钥是公开的演示密钥，生产环境不得使用：请设置 QINGYANG_ACCESS_LOG_KEY。");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new AccessLogKeyException("个人信息访问日志的密钥（QINGYANG_ACCESS_LOG_KEY）不是有效的 Base64 编码。");
        }
        if (bytes.length < 32) {
            throw new AccessLogKeyException("个人信息访问日志的密钥（QINGYANG_ACCESS_LOG_KEY）太短：至少需要 32 字节（Base64 编码后约 44 个字符）。");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Records that the caller did {@code action} on {@code subject}; the reason may be null. */
    public void record(CallerScope caller, AccessAction action, String subject, String townshipCode,
                       Integer recordCount, String reason) {
        String address = clientAddress();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        ownTransaction.executeWithoutResult(status -> {
            AccessLogRepository.Head head = repository.lockHead();
            long seq = head.lastSeq() + 1;
            AccessLogRepository.Row unsigned = new AccessLogRepository.Row(seq, now, caller.userId(), action.name(),
                    cut(subject, 300), townshipCode, recordCount, cut(reason, 500), cut(address, 64), head.lastHash(), null);
            repository.append(withHash(unsigned));
        });
    }

    private AccessLogRepository.Row withHash(AccessLogRepository.Row row) {
        return new AccessLogRepository.Row(row.seq(), row.accessedAt(), row.userId(), row.action(), row.subject(),
                row.townshipCode(), row.recordCount(), row.reason(), row.clientAddress(), row.prevHash(), hash(row));
    }

    /** The row's link: HMAC-SHA256 over the previous link and every field, each length-prefixed. */
    String hash(AccessLogRepository.Row row) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (Object field : new Object[] {row.prevHash(), row.seq(), row.accessedAt().toInstant().toEpochMilli(),
                    row.userId(), row.action(), row.subject(), row.townshipCode(), row.recordCount(), row.reason(),
                    row.clientAddress()}) {
                byte[] bytes = field == null ? new byte[0] : field.toString().getBytes(StandardCharsets.UTF_8);
                mac.update(String.valueOf(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
                mac.update((byte) ':');
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The chain checked from its anchor to its head. */
    public record Verification(long rows, boolean intact, Long firstBrokenSeq, String problem) {
    }

    public Verification verify() {
        AccessLogRepository.Head head = repository.head();
        long[] expectedSeq = {head.anchorSeq() + 1};
        String[] previous = {head.anchorHash()};
        long[] rows = {0};
        Verification[] broken = {null};
        repository.forEachInOrder(row -> {
            if (broken[0] != null) {
                return;
            }
            rows[0]++;
            if (row.seq() != expectedSeq[0]) {
                broken[0] = new Verification(rows[0], false, expectedSeq[0],
                        "第 " + expectedSeq[0] + " 条记录缺失（记录被删除或插入）。");
            } else if (!row.prevHash().equals(previous[0])) {
                broken[0] = new Verification(rows[0], false, row.seq(), "第 " + row.seq() + " 条记录与前一条记录的链接不符。");
            } else if (!hash(row).equals(row.rowHash())) {
                broken[0] = new Verification(rows[0], false, row.seq(), "第 " + row.seq() + " 条记录的内容被改动。");
            }
            expectedSeq[0]++;
            previous[0] = row.rowHash();
        });
        if (broken[0] != null) {
            return broken[0];
        }
        if (expectedSeq[0] - 1 != head.lastSeq() || !previous[0].equals(head.lastHash())) {
            return new Verification(rows[0], false, expectedSeq[0],
                    "日志末尾的记录缺失：应至第 " + head.lastSeq() + " 条，实际至第 " + (expectedSeq[0] - 1) + " 条。");
        }
        return new Verification(rows[0], true, null, null);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
