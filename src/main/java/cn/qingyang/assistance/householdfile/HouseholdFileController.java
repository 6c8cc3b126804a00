package cn.qingyang.assistance.householdfile;

import cn.qingyang.assistance.accesslog.AccessAction;
import cn.qingyang.assistance.accesslog.AccessLog;
import cn.qingyang.assistance.common.ApiError;
import cn.qingyang.assistance.common.BadRequestException;
import cn.qingyang.assistance.common.NotFoundException;
import cn.qingyang.assistance.common.Texts;
import cn.qingyang.assistance.common.XlsxDownload;
import cn.qingyang.assistance.person.InvalidIdNumberException;
import cn.qingyang.assistance.person.ResidentIdNumber;
import cn.qingyang.assistance.security.CallerScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一户一档 for people: {@code GET /api/households/{householdId}} (the whole file over time),
 * {@code GET /api/households?idNumber=|name=|caseNumber=} (a short list to pick from) and
 * {@code GET /api/households/{householdId}/export.xlsx}. The county reads every household with full
 * ID numbers, a township team its township's and a village team its village's, masked; departments
 * and system accounts none ({@code ApiAccessRules}). A household outside the caller's work answers
 * 404, as a case does, so that its existence does not leak. Every read is in the access log.
 */
@RestController
@RequestMapping("/api/households")
@Tag(name = "一户一档", description = "家庭档案：家庭、成员、赡养义务人、变更记录，及全户的案件、救助、台账、回访和抽查")
class HouseholdFileController {

    private static final Pattern CASE_NUMBER = Pattern.compile("\\d{9}-\\d{6}-\\d{4}");

    private final HouseholdFiles files;
    private final IdentityService identity;
    private final AccessLog accessLog;
    private final Clock clock;

    HouseholdFileController(HouseholdFiles files, IdentityService identity, AccessLog accessLog, Clock clock) {
        this.files = files;
        this.identity = identity;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/{householdId}")
    @Operation(summary = "查看一户一档", description = "一户的完整档案：家庭基本情况、成员（身份证号、性别、年龄、健康、残疾、劳动能力、"
            + "收入支出、享受待遇）、赡养义务人、每次变更（谁、何时、由哪项任务）、全户的每个案件（上报、入户调查、先行救助、"
            + "低保/临时救助决定、特困供养、部门转介、低收入监测、随机抽查）和分类台账及回访。县民政局可查全县（完整身份证号），"
            + "乡镇查本乡镇、村查本村（身份证号、电话隐去中间部分）；不存在和无权查看都答 404。每次查看都记入个人信息访问日志。")
    @ApiResponse(responseCode = "200", description = "家庭档案",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HouseholdFile.class)))
    @ApiResponse(responseCode = "404", description = "不存在或无权查看", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    public HouseholdFile get(@Parameter(description = "户编号（上报遇困人员的回复中的 householdId）", example = "1024")
                             @PathVariable long householdId,
                             @Parameter(description = "查阅事由（选填），记入个人信息访问日志") @RequestParam(required = false) String reason) {
        CallerScope caller = CallerScope.current(identity);
        String why = reason(reason);
        HouseholdFile file = files.file(householdId, caller).orElseThrow(() -> notFound(householdId));
        accessLog.record(caller, AccessAction.READ_HOUSEHOLD, "一户一档 户 " + householdId, file.household().townshipCode(),
                file.members().size(), why);
        return file;
    }

    @GetMapping
    @Operation(summary = "查找家庭", description = "按身份证号（idNumber）、姓名（name，包含即可）或案件编号（caseNumber）查找，"
            + "三者填一项；只列出本人工作范围内的家庭，至多 " + HouseholdFileRepository.SEARCH_LIMIT + " 户。每次查找都记入个人信息访问日志。")
    @ApiResponse(responseCode = "200", description = "找到的家庭（可能为空）")
    @ApiResponse(responseCode = "400", description = "查找条件不对", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    public List<HouseholdFile.Found> search(@RequestParam(required = false) String idNumber,
                                            @RequestParam(required = false) String name,
                                            @RequestParam(required = false) String caseNumber) {
        CallerScope caller = CallerScope.current(identity);
        List<String> given = new ArrayList<>();
        if (idNumber != null && !idNumber.isBlank()) {
            given.add("idNumber");
        }
        if (name != null && !name.isBlank()) {
            given.add("name");
        }
        if (caseNumber != null && !caseNumber.isBlank()) {
            given.add("caseNumber");
        }
        if (given.size() != 1) {
            throw new BadRequestException("SEARCH_ONE", "请填写身份证号、姓名或案件编号中的一项来查找家庭。",
                    given.isEmpty() ? "idNumber" : given.get(1));
        }
        HouseholdFiles.By by;
        String value;
        String what;
        switch (given.get(0)) {
            case "idNumber" -> {
                ResidentIdNumber number;
                try {
                    number = ResidentIdNumber.parse(idNumber);
                } catch (InvalidIdNumberException e) {
                    throw new BadRequestException(e.code(), e.getMessage() + "。", "idNumber");
                }
                by = HouseholdFiles.By.ID_NUMBER;
                value = number.value();
                what = "身份证号=" + number.masked();
            }
            case "name" -> {
                value = name.strip();
                if (value.codePointCount(0, value.length()) > 50 || Texts.hasMarkup(value)) {
                    throw new BadRequestException("NAME_INVALID", "姓名最多 50 个字，且不能含有“<”等标记符号，请核对。", "name");
                }
                by = HouseholdFiles.By.NAME;
                what = "姓名含“" + value + "”";
            }
            default -> {
                value = caseNumber.strip();
                if (!CASE_NUMBER.matcher(value).matches()) {
                    throw new BadRequestException("CASE_NUMBER_FORMAT", "案件编号“" + Texts.abbreviate(value)
                            + "”格式不对：应为乡镇编码-年月-序号，如 341723200-202611-0012。", "caseNumber");
                }
                by = HouseholdFiles.By.CASE_NUMBER;
                what = "案件编号=" + value;
            }
        }
        List<HouseholdFile.Found> found = files.search(by, value, caller);
        accessLog.record(caller, AccessAction.SEARCH_HOUSEHOLDS, "查找一户一档 " + what, null, found.size(), null);
        return found;
    }

    @GetMapping("/{householdId}/export.xlsx")
    @Operation(summary = "导出一户一档（xlsx）", description = "一户的档案，分为家庭、成员、赡养义务人、案件与救助、台账与回访、"
            + "变更记录六张表；身份证号和电话的显示与查看档案时相同。每次导出都记入个人信息访问日志。")
    @ApiResponse(responseCode = "200", description = "xlsx 文件", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @ApiResponse(responseCode = "404", description = "不存在或无权查看", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class)))
    public ResponseEntity<byte[]> export(@PathVariable long householdId,
                                         @Parameter(description = "导出事由（选填），记入个人信息访问日志")
                                         @RequestParam(required = false) String reason) {
        CallerScope caller = CallerScope.current(identity);
        String why = reason(reason);
        HouseholdFile file = files.file(householdId, caller).orElseThrow(() -> notFound(householdId));
        String fileName = "一户一档-户" + householdId + ".xlsx";
        byte[] xlsx = new HouseholdFileWorkbook(clock.getZone()).write(file, OffsetDateTime.now(clock), caller.userId());
        accessLog.record(caller, AccessAction.EXPORT, fileName, file.household().townshipCode(), file.members().size(), why);
        return XlsxDownload.attachment(xlsx, fileName);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String text = reason.strip();
        if (text.codePointCount(0, text.length()) > 200 || Texts.hasMarkup(text)) {
            throw new BadRequestException("REASON_INVALID", "事由最多 200 个字，且不能含有“<”等标记符号，请用文字说明。", "reason");
        }
        return text;
    }

    private static NotFoundException notFound(long householdId) {
        return new NotFoundException("未找到户 " + householdId + " 的档案（或您无权查看）。");
    }
}
