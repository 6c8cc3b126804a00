package cn.qingyang.assistance.householdfile;

import cn.qingyang.assistance.workflow.Choices;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A household's file over time (一户一档), as its reader may see it: ID numbers full for the county,
 * masked ({@code 341723********123X}) for everyone else, phones likewise. Every closed list is
 * answered as its code and its Chinese name.
 */
public record HouseholdFile(long householdId, int version, Long mergedInto, Household household, List<Member> members,
                            List<Supporter> supporters, List<Version> versions, List<CaseFile> cases,
                            List<LedgerEntry> ledger) {

    /** A code of a closed list and its Chinese name (the code itself when the list does not know it). */
    public record Coded(String code, String label) {

        static Coded of(Choices choices, String code) {
            return code == null || code.isBlank() ? null : new Coded(code, FileLabels.label(choices, code));
        }

        static List<Coded> all(Choices choices, String codes) {
            return codes == null || codes.isBlank() ? List.of()
                    : Arrays.stream(codes.split(",")).map(String::strip).map(c -> of(choices, c)).toList();
        }
    }

    public record Household(String townshipCode, String township, String villageCode, String village, String address,
                            Coded registrationType, Coded housingType, Coded housingSafety, Integer houses,
                            Integer vehicles, Coded savingsBand, String business, boolean liftedFromPoverty,
                            boolean underMonitoring, List<Coded> focusGroups, String responsiblePerson,
                            BigDecimal monthlyIncome, BigDecimal perCapitaIncome, OffsetDateTime createdAt,
                            OffsetDateTime updatedAt) {
    }

    /** Incomes and spending are monthly, in 元. */
    public record Member(long personId, Coded relation, String name, String idNumber, String sex, Integer age,
                         String phone, Coded health, String illness, Coded disabilityCategory, Integer disabilityGrade,
                         Coded labourCapacity, Coded selfCare, Coded schooling, Coded employment, BigDecimal incomeWage,
                         BigDecimal incomeBusiness, BigDecimal incomeProperty, BigDecimal incomeTransfer,
                         BigDecimal income, BigDecimal medicalSpending, BigDecimal educationSpending,
                         List<Coded> benefits) {
    }

    public record Supporter(String name, Coded relation, boolean ableToSupport, String note) {
    }

    /** A change of the household: who, when, from which task or import, what changed. */
    public record Version(int versionNo, String changedBy, String source, String summary, OffsetDateTime changedAt) {
    }

    public record CaseFile(String caseNumber, Coded status, String personName, String idNumber, String townshipCode,
                           String villageCode, Coded channel, boolean urgent, boolean relatedToStaff, Coded category,
                           Coded householdRegistration, OffsetDateTime openedAt, OffsetDateTime closedAt,
                           List<Report> reports, List<Visit> visits, EmergencyAid emergencyAid, List<Decision> decisions,
                           Care care, List<Referral> referrals, OffsetDateTime monitoringEnrolledAt,
                           List<SpotCheck> spotChecks) {
    }

    public record Report(Coded channel, String reporter, String description, boolean urgent, Coded result,
                         OffsetDateTime receivedAt) {
    }

    public record Visit(int visitNo, LocalDate visitDate, String investigators, boolean personSeen, String notSeenReason,
                        Coded hardshipDegree, Coded selfHelpCapacity, List<Coded> causes, String findings,
                        String countermeasures, Coded conclusion, OffsetDateTime recordedAt) {
    }

    public record EmergencyAid(Coded kind, BigDecimal amount, String purpose, boolean countyApproved,
                               OffsetDateTime grantedAt, OffsetDateTime postApprovedAt) {
    }

    public record Decision(Coded kind, Coded outcome, BigDecimal amount, String detail, OffsetDateTime decidedAt) {
    }

    public record Care(Coded kind, String institutionName, LocalDate admissionDate, String caregiverName,
                       String visitFrequency, LocalDate agreementDate, OffsetDateTime recordedAt) {
    }

    public record Referral(Coded department, Coded status, String answer, OffsetDateTime referredAt,
                           OffsetDateTime answeredAt) {
    }

    public record SpotCheck(String month, Coded recipientKind, Coded outcome, String findings, OffsetDateTime checkedAt,
                            String correction, OffsetDateTime correctedAt) {
    }

    public record LedgerEntry(String caseNumber, Coded kind, Coded category, boolean urgent, List<Coded> causes,
                              String measures, LocalDate nextFollowUp, Coded status, OffsetDateTime createdAt,
                              List<FollowUp> followUps) {
    }

    public record FollowUp(int visitNo, LocalDate visitDate, Coded outcome, String note, OffsetDateTime recordedAt) {
    }

    /** One line of a search's short list. */
    public record Found(long householdId, String townshipCode, String township, String villageCode, String village,
                        String address, String headName, String headIdNumber, int members, String openCaseNumber) {
    }
}
