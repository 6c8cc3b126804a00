package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.common.Texts;

import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.person.InvalidIdNumberException;
import cn.qingyang.assistance.person.ResidentIdNumber;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a report field by field and says in Chinese what to fix. Nothing is stored before a
 * report passes.
 */
@Component
public class ReportValidator {

    static final int MAX_NAME = 50;
    static final int MAX_REPORTER = 50;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_EXTERNAL_REF = 100;
    /** Mainland mobile numbers, or landlines with area code (0566 is Chizhou's). */
    /** Markup in a plain-text field: a tag (<b, </, <!, <?) or a javascript: link. "收入<1000" is text. */
    static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    /** Chinese names (with the middle dot of minority names) or Latin letters and spaces. */
    static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•]{2,20}|[A-Za-z][A-Za-z .'-]{1,49}");

    private final OrgUnitRepository orgUnits;

    public ReportValidator(OrgUnitRepository orgUnits) {
        this.orgUnits = orgUnits;
    }

    public ValidReport validate(ReportRequest request) {
        if (request == null) {
            throw reject("REPORT_MISSING", "请求体为空：请提交上报信息。", null);
        }
        Channel channel = Channel.fromCode(trim(request.channel())).orElseThrow(() -> reject("CHANNEL_UNKNOWN",
                "上报渠道“" + nullToEmpty(request.channel()) + "”无效，应为："
                        + Arrays.stream(Channel.values()).map(c -> c.code() + "（" + c.label() + "）")
                        .collect(Collectors.joining("、")) + "。", "channel"));
        OrgUnit township = township(trim(request.townshipCode()));
        OrgUnit village = village(trim(request.villageCode()), township);
        ReportRequest.PersonData person = request.person();
        if (person == null) {
            throw reject("PERSON_MISSING", "缺少遇困人员信息（person）：请填写姓名和身份证号码。", "person");
        }
        String name = trim(person.name());
        if (name == null) {
            throw reject("NAME_MISSING", "请填写遇困人员姓名。", "person.name");
        }
        if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            throw reject("NAME_INVALID", "姓名“" + Texts.abbreviate(name) + "”无效：应为 2-20 个汉字（少数民族姓名可含“·”）或拼音字母。", "person.name");
        }
        ResidentIdNumber idNumber = idNumber(person.idNumber());
        String phone = trim(person.phone());
        if (phone != null) {
            phone = phone.replace(" ", "");
            if (!PHONE.matcher(phone).matches()) {
                throw reject("PHONE_INVALID", "联系电话“" + Texts.abbreviate(phone) + "”无效：应为 11 位手机号码或带区号的固定电话（如 0566-5012345）。", "person.phone");
            }
        }
        String description = trim(request.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw reject("DESCRIPTION_TOO_LONG", "困难情况描述不能超过 " + MAX_DESCRIPTION + " 个字。", "description");
        }
        if (description != null && Texts.MARKUP.matcher(description).find()) {
            throw reject("DESCRIPTION_MARKUP", "困难情况描述中不能有 HTML 标签或脚本（如 <script>、<img>）：请只写文字。", "description");
        }
        String reporter = trim(request.reporter());
        if (reporter != null && reporter.length() > MAX_REPORTER) {
            throw reject("REPORTER_TOO_LONG", "上报人不能超过 " + MAX_REPORTER + " 个字。", "reporter");
        }
        if (reporter != null && Texts.MARKUP.matcher(reporter).find()) {
            throw reject("REPORTER_MARKUP", "上报人中不能有 HTML 标签或脚本：请只写姓名或单位。", "reporter");
        }
        String externalRef = trim(request.externalRef());
        if (externalRef != null && externalRef.length() > MAX_EXTERNAL_REF) {
            throw reject("EXTERNAL_REF_TOO_LONG", "外部编号（externalRef）不能超过 " + MAX_EXTERNAL_REF + " 个字符。", "externalRef");
        }
        return new ValidReport(channel, township, village, reporter, name, idNumber, phone, description,
                Boolean.TRUE.equals(request.urgent()), Boolean.TRUE.equals(request.relatedToStaff()), externalRef);
    }

    private OrgUnit township(String code) {
        if (code == null) {
            throw reject("TOWNSHIP_MISSING", "请填写乡镇编码（townshipCode），如乔木乡为 341723200。", "townshipCode");
        }
        return orgUnits.findActiveByCode(code).filter(u -> u.level() == OrgLevel.TOWNSHIP)
                .orElseThrow(() -> reject("TOWNSHIP_UNKNOWN", "乡镇编码“" + Texts.abbreviate(code) + "”不是本县在册的乡镇。", "townshipCode"));
    }

    private OrgUnit village(String code, OrgUnit township) {
        if (code == null) {
            return null;
        }
        OrgUnit village = orgUnits.findActiveByCode(code).filter(u -> u.level() == OrgLevel.VILLAGE)
                .orElseThrow(() -> reject("VILLAGE_UNKNOWN", "村（社区）编码“" + Texts.abbreviate(code) + "”不是本县在册的村（社区）。", "villageCode"));
        if (!village.parentCode().equals(township.code())) {
            throw reject("VILLAGE_NOT_IN_TOWNSHIP", village.name() + "不属于" + township.name() + "，请核对乡镇与村（社区）。", "villageCode");
        }
        return village;
    }

    private static ResidentIdNumber idNumber(String raw) {
        if (trim(raw) == null) {
            throw reject("ID_NUMBER_MISSING", "请填写遇困人员的 18 位居民身份证号码。", "person.idNumber");
        }
        try {
            return ResidentIdNumber.parse(raw);
        } catch (InvalidIdNumberException e) {
            throw reject(e.code(), e.getMessage(), "person.idNumber");
        }
    }

    static ReportRejectedException reject(String code, String message, String field) {
        return new ReportRejectedException(code, message, field);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : Texts.abbreviate(value);
    }

    /** Echo at most 30 characters of what the user sent. */
}
