package cn.qingyang.assistance.organisation;

import cn.qingyang.assistance.common.StartupOrder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the organisation list at start into {@code org_unit} and Camunda identity, in one
 * transaction: a bad file changes nothing and stops the start with the line and the reason.
 */
@Component
@Order(StartupOrder.ORGANISATION)
class OrganisationLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganisationLoader.class);

    private final OrganisationProperties properties;
    private final OrgUnitRepository repository;
    private final IdentityMirror mirror;
    private final TransactionTemplate transaction;

    public OrganisationLoader(OrganisationProperties properties, OrgUnitRepository repository,
                              IdentityMirror mirror, TransactionTemplate transaction) {
        this.properties = properties;
        this.repository = repository;
        this.mirror = mirror;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    public List<OrgUnit> load() {
        List<OrgUnit> units = read();
        transaction.executeWithoutResult(status -> {
            units.stream().sorted(Comparator.comparing(OrgUnit::level)).forEach(repository::upsert);
            Set<String> codes = units.stream().map(OrgUnit::code).collect(Collectors.toSet());
            int deactivated = repository.deactivateAllExcept(codes);
            for (OrgUnit unit : units) {
                switch (unit.level()) {
                    case COUNTY -> mirror.mirrorCounty(unit);
                    case TOWNSHIP -> mirror.mirrorTownship(unit);
                    case VILLAGE -> { }
                }
            }
            units.stream().filter(u -> u.level() == OrgLevel.VILLAGE).forEach(mirror::mirrorVillage);
            log.info("组织机构已加载 / organisation loaded from {}: {} units ({} townships, {} villages), {} deactivated, identity {}",
                    properties.file().getDescription(), units.size(),
                    units.stream().filter(u -> u.level() == OrgLevel.TOWNSHIP).count(),
                    units.stream().filter(u -> u.level() == OrgLevel.VILLAGE).count(), deactivated, mirror.counts());
        });
        return units;
    }

    private List<OrgUnit> read() {
        var file = properties.file();
        if (!file.exists()) {
            throw new OrganisationFileException("找不到组织机构文件：" + file.getDescription()
                    + "（请检查 QINGYANG_ORGANISATION_FILE / qingyang.organisation.file）。");
        }
        try (InputStream in = file.getInputStream()) {
            return new OrgUnitCsvReader().read(in, file.getFilename() != null ? file.getFilename() : file.getDescription());
        } catch (IOException e) {
            throw new OrganisationFileException("无法读取组织机构文件 " + file.getDescription() + "：" + e.getMessage(), e);
        }
    }
}
