package cn.qingyang.assistance.householdfile;

import cn.qingyang.assistance.household.HouseholdCodes;
import cn.qingyang.assistance.household.HouseholdRepository;
import cn.qingyang.assistance.householdfile.HouseholdFile.Coded;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.organisation.OrgUnitRepository;
import cn.qingyang.assistance.person.InvalidIdNumberException;
import cn.qingyang.assistance.person.ResidentIdNumber;
import cn.qingyang.assistance.security.CallerScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household file (一户一档) for people: one household's whole file, and the short list a search
 * by ID number, name or case number answers, each within what the caller may see. The county reads
 * full ID numbers and phones; townships and villages masked ones (the township asks for a full
 * number per case, with a reason: {@code POST /api/cases/{caseNumber}/id-number}).
 */
@Service
public class HouseholdFiles {

    private final HouseholdFileRepository files;
    private final HouseholdRepository households;
    private final OrgUnitRepository orgUnits;
    private final Clock clock;

    public HouseholdFiles(HouseholdFileRepository files, HouseholdRepository households, OrgUnitRepository orgUnits,
                          Clock clock) {
        this.files = files;
        this.households = households;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /** The household's file, or empty when it does not exist or the caller's work does not cover it (both 404). */
    @Transactional(readOnly = true)
    public Optional<HouseholdFile> file(long householdId, CallerScope caller) {
        Optional<HouseholdFileRepository.Place> place = files.place(householdId);
        if (place.isEmpty() || !caller.covers(place.get().township(), place.get().village())) {
            return Optional.empty();
        }
        boolean full = caller.seesFullIdNumbers();
        HouseholdRepository.HouseholdRow h = households.find(householdId).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(ResidentIdNumber.ZONE));
        List<HouseholdFile.Member> members = households.members(householdId).stream()
                .sorted(Comparator.comparing(m -> !m.head())) // the head first, on H2 and PostgreSQL alike
                .map(m -> member(m, full, today)).toList();
        BigDecimal income = members.stream().map(HouseholdFile.Member::income).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        HouseholdFile.Household household = new HouseholdFile.Household(h.townshipCode(), name(h.townshipCode()),
                h.villageCode(), name(h.villageCode()), h.address(), Coded.of(HouseholdCodes.REGISTRATION_TYPES, h.registrationType()),
                Coded.of(HouseholdCodes.HOUSING_TYPES, h.housingType()), Coded.of(HouseholdCodes.HOUSING_SAFETY, h.housingSafety()),
                h.houses(), h.vehicles(), Coded.of(HouseholdCodes.SAVINGS_BANDS, h.savingsBand()), h.business(),
                h.liftedFromPoverty(), h.underMonitoring(), Coded.all(HouseholdCodes.FOCUS_GROUPS, h.focusGroups()),
                h.responsiblePerson(), income,
                income == null || members.isEmpty() ? null
                        : income.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP),
                h.createdAt(), h.updatedAt());
        List<HouseholdFile.Supporter> supporters = households.supporters(householdId).stream()
                .map(s -> new HouseholdFile.Supporter(s.name(), Coded.of(HouseholdCodes.SUPPORTER_RELATIONS, s.relation()),
                        s.ableToSupport(), s.note())).toList();
        List<HouseholdFile.Version> versions = households.versions(householdId).stream()
                .map(v -> new HouseholdFile.Version(v.versionNo(), v.changedBy(), v.source(), v.summary(), v.changedAt()))
                .toList();
        List<HouseholdFile.CaseFile> cases = files.cases(householdId).stream().map(c -> caseFile(c, full)).toList();
        List<HouseholdFile.LedgerEntry> ledger = files.ledger(householdId).stream().map(this::ledgerEntry).toList();
        return Optional.of(new HouseholdFile(householdId, h.version(), h.mergedInto(), household, members, supporters,
                versions, cases, ledger));
    }

    /** Which of the three searches; exactly one is given. */
    public enum By { ID_NUMBER, NAME, CASE_NUMBER }

    /** The households found, at most {@value HouseholdFileRepository#SEARCH_LIMIT}, only those the caller may read. */
    @Transactional(readOnly = true)
    public List<HouseholdFile.Found> search(By by, String value, CallerScope caller) {
        var scope = new HouseholdFileRepository.Scope(caller.countyWide(), caller.townshipCodes(), caller.villageCodes());
        List<Long> ids = switch (by) {
            case ID_NUMBER -> files.byIdNumber(value, scope);
            case NAME -> files.byName(value, scope);
            case CASE_NUMBER -> files.byCaseNumber(value, scope);
        };
        boolean full = caller.seesFullIdNumbers();
        return ids.stream().map(files::summary).map(s -> new HouseholdFile.Found(s.householdId(), s.townshipCode(),
                name(s.townshipCode()), s.villageCode(), name(s.villageCode()), s.address(), s.headName(),
                idNumber(s.headIdNumber(), full), s.members(), s.openCaseNumber())).toList();
    }

    private HouseholdFile.Member member(HouseholdRepository.Member m, boolean full, LocalDate today) {
        ResidentIdNumber number = parse(m.idNumber());
        BigDecimal income = Stream.of(m.incomeWage(), m.incomeBusiness(), m.incomeProperty(), m.incomeTransfer())
                .filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
        return new HouseholdFile.Member(m.personId(), Coded.of(HouseholdCodes.RELATIONS, m.relation()), m.name(),
                idNumber(m.idNumber(), full), number == null ? null : number.sex(),
                number == null || today.isBefore(number.birthDate()) ? null : number.ageOn(today),
                full ? m.phone() : maskedPhone(m.phone()), Coded.of(HouseholdCodes.HEALTH, m.health()), m.illness(),
                Coded.of(HouseholdCodes.DISABILITY_CATEGORIES, m.disabilityCategory()), m.disabilityGrade(),
                Coded.of(HouseholdCodes.LABOUR, m.labourCapacity()), Coded.of(HouseholdCodes.SELF_CARE, m.selfCare()),
                Coded.of(HouseholdCodes.SCHOOLING, m.schooling()), Coded.of(HouseholdCodes.EMPLOYMENT, m.employment()),
                m.incomeWage(), m.incomeBusiness(), m.incomeProperty(), m.incomeTransfer(), income, m.medicalSpending(),
                m.educationSpending(), Coded.all(HouseholdCodes.BENEFITS, m.benefits()));
    }

    private HouseholdFile.CaseFile caseFile(HouseholdFileRepository.CaseRow c, boolean full) {
        long id = c.id();
        List<HouseholdFile.Report> reports = files.reports(id).stream()
                .map(r -> new HouseholdFile.Report(channel(r.channel()), r.reporter(), r.description(), r.urgent(),
                        Coded.of(FileLabels.REPORT_RESULT, r.result()), r.receivedAt())).toList();
        List<HouseholdFile.Visit> visits = files.visits(id).stream()
                .map(v -> new HouseholdFile.Visit(v.visitNo(), v.visitDate(), v.investigator1() + "、" + v.investigator2(),
                        v.personSeen(), v.notSeenReason(), Coded.of(FileLabels.HARDSHIP_DEGREE, v.hardshipDegree()),
                        Coded.of(FileLabels.SELF_HELP, v.selfHelpCapacity()), Coded.all(FileLabels.CAUSES, v.causes()),
                        v.findings(), v.countermeasures(), Coded.of(FileLabels.CONCLUSION, v.conclusion()), v.recordedAt()))
                .toList();
        HouseholdFile.EmergencyAid aid = files.emergencyAid(id)
                .map(a -> new HouseholdFile.EmergencyAid(Coded.of(FileLabels.AID_KIND, a.aidKind()), a.amount(), a.purpose(),
                        a.countyApproved(), a.grantedAt(), a.postApprovedAt())).orElse(null);
        List<HouseholdFile.Decision> decisions = files.decisions(id).stream()
                .map(d -> new HouseholdFile.Decision(Coded.of(FileLabels.DECISION_KIND, d.kind()),
                        Coded.of(FileLabels.DECISION_OUTCOME, d.outcome()), d.amount(), d.detail(), d.decidedAt())).toList();
        HouseholdFile.Care care = files.care(id)
                .map(k -> new HouseholdFile.Care(Coded.of(FileLabels.CARE_KIND, k.kind()), k.institutionName(),
                        k.admissionDate(), k.caregiverName(), k.visitFrequency(), k.agreementDate(), k.recordedAt()))
                .orElse(null);
        List<HouseholdFile.Referral> referrals = files.referrals(id).stream()
                .map(r -> new HouseholdFile.Referral(new Coded(r.department(), FileLabels.department(r.department())),
                        Coded.of(FileLabels.REFERRAL_STATUS, r.status()), r.answer(), r.referredAt(), r.answeredAt()))
                .toList();
        List<HouseholdFile.SpotCheck> spotChecks = files.spotChecks(id).stream()
                .map(s -> new HouseholdFile.SpotCheck(s.month(), Coded.of(FileLabels.DECISION_KIND, s.recipientKind()),
                        Coded.of(FileLabels.SPOT_CHECK_OUTCOME, s.outcome()), s.findings(), s.checkedAt(), s.correction(),
                        s.correctedAt())).toList();
        return new HouseholdFile.CaseFile(c.caseNumber(), Coded.of(FileLabels.CASE_STATUS, c.status()), c.personName(),
                idNumber(c.idNumber(), full), c.townshipCode(), c.villageCode(), channel(c.channel()), c.urgent(),
                c.relatedToStaff(), Coded.of(FileLabels.CATEGORY, c.category()),
                c.householdRegistration() == null ? null
                        : new Coded(c.householdRegistration(), FileLabels.registration(c.householdRegistration())),
                c.openedAt(), c.closedAt(), reports, visits, aid, decisions, care, referrals,
                files.monitoringEnrolment(id).orElse(null), spotChecks);
    }

    private HouseholdFile.LedgerEntry ledgerEntry(HouseholdFileRepository.LedgerRow l) {
        List<HouseholdFile.FollowUp> followUps = files.followUps(l.id()).stream()
                .map(f -> new HouseholdFile.FollowUp(f.visitNo(), f.visitDate(), Coded.of(FileLabels.FOLLOW_UP_OUTCOME, f.outcome()),
                        f.note(), f.recordedAt())).toList();
        return new HouseholdFile.LedgerEntry(l.caseNumber(), Coded.of(FileLabels.LEDGER_KIND, l.kind()),
                Coded.of(FileLabels.CATEGORY, l.category()), l.urgent(), Coded.all(FileLabels.CAUSES, l.causes()),
                l.measures(), l.nextFollowUp(), Coded.of(FileLabels.LEDGER_STATUS, l.status()), l.createdAt(), followUps);
    }

    private static Coded channel(String code) {
        return code == null ? null : new Coded(code, FileLabels.channel(code));
    }

    private String name(String code) {
        return code == null ? null : orgUnits.findByCode(code).map(OrgUnit::name).orElse(code);
    }

    /** The full number for the county, the masked one for everyone else; a number that is not valid is never shown whole. */
    static String idNumber(String idNumber, boolean full) {
        if (idNumber == null) {
            return null;
        }
        ResidentIdNumber number = parse(idNumber);
        if (number == null) {
            return full ? idNumber : "******************";
        }
        return full ? number.value() : number.masked();
    }

    private static ResidentIdNumber parse(String idNumber) {
        try {
            return idNumber == null ? null : ResidentIdNumber.parse(idNumber);
        } catch (InvalidIdNumberException e) {
            return null;
        }
    }

    /** 138****0000. */
    static String maskedPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
